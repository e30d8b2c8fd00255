// CLI.md "input forms": German words for areas and absence codes in any case, short dates and the
// day words, in options, roster exceptions and timesheets, ISO weeks in any case; output always uses the codes.
import { describe, expect, test } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';

const opts = { today: '2026-11-25' };

describe('the office types German words and short dates', () => {
  const dir = tempDataDir();
  ok(dir, ['init'], opts);
  const id = suitableApplicant(dir, 'Erika Küchner', opts);
  ok(
    dir,
    ['enrol', id, '--area', 'Küche', '--start', '02.11.26', '--until', '31.10.2027', '--hours-per-week', '20'],
    opts,
  );

  test('an area by its German name, a start as dd.MM.yy', () => {
    expect(ok(dir, ['participant', 'show', id, '--json'], opts).json()).toMatchObject({
      area: 'kueche',
      start: '2026-11-02',
    });
    expect(ok(dir, ['participant', 'list', '--area', 'KÜCHE', '--json'], opts).stdout).toContain(id);
  });

  test('gestern and heute, absence codes in German', () => {
    ok(dir, ['hours', 'book', id, '--date', 'gestern', '--absent', 'Krank'], opts);
    ok(dir, ['hours', 'book', id, '--date', 'heute', '--absent', 'krank-au'], opts);
    const days = ok(dir, ['hours', 'list', '--participant', id, '--json'], opts)
      .json()
      .bookings.map((b: { date: string; absence: string }) => `${b.date} ${b.absence}`);
    expect(days).toEqual(['2026-11-24 sick', '2026-11-25 sick-certified']);
  });

  test('a roster exception and a timesheet with German codes', () => {
    ok(
      dir,
      ['hours', 'book', '--area', 'kueche', '--date', '23.11.26', '--as-planned', '--except', `${id}=Urlaub`],
      opts,
    );
    const sheet = join(mkdtempSync(join(tmpdir(), 'insat-forms-')), 'sheet.csv');
    writeFileSync(
      sheet,
      `Teilnehmer;Datum;Stunden;Code\n${id};20.11.2026;;Entschuldigt\n${id};19.11.2026;;unentschuldigt\n`,
    );
    ok(dir, ['hours', 'import', sheet], opts);
    const days = ok(dir, ['hours', 'list', '--from', '2026-11-19', '--to', '2026-11-23', '--json'], opts)
      .json()
      .bookings.map((b: { date: string; absence: string }) => `${b.date} ${b.absence}`);
    expect(days).toEqual(['2026-11-19 unexcused', '2026-11-20 excused', '2026-11-23 holiday']);
  });

  test('an ISO week in lower case, wherever a week is taken', () => {
    const upper = ok(dir, ['occupancy', '--week', '2026-W47', '--json'], opts).json();
    expect(upper).toMatchObject({ period: '2026-W47', from: '2026-11-16', to: '2026-11-22' });
    expect(ok(dir, ['occupancy', '--week', '2026-w47', '--json'], opts).json()).toEqual(upper);
    expect(ok(dir, ['hours', 'missing', '--week', '2026-w47', '--json'], opts).json()).toMatchObject({
      from: '2026-11-16',
      to: '2026-11-22',
    });
    expect(ok(dir, ['export', 'occupancy', '--week', '2026-w47', '--format', 'json'], opts).json()).toEqual(upper);
  });
});

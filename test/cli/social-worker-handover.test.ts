// A dated handover of the social worker (`participant edit ID --social-worker S --from D`): the
// assignment keeps who was in charge before D, so the caseload of an earlier day, the progress
// report and the staff rules still tell the past as it was; one undoable step, refusals change nothing.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { dataBytes } from '../helpers/edit-steps.js';
import { pdfText } from '../helpers/pdf.js';

type Row = { id: string; participants: string[] };
const caseload = (dir: string, date: string) =>
  Object.fromEntries(
    (ok(dir, ['caseload', '--date', date, '--json']).json().socialWorkers as Row[]).map((r) => [r.id, r.participants]),
  );

describe('social worker handover', () => {
  const dir = tempDataDir();
  let p: string;
  beforeAll(() => {
    ok(dir, ['init']);
    ok(dir, ['staff', 'add', '--name', 'Julia Terhoeven', '--role', 'social-worker', '--from', '2026-01-01']);
    ok(dir, ['staff', 'add', '--name', 'Timo Brackelmann', '--role', 'social-worker', '--from', '2026-01-01']);
    ok(dir, ['staff', 'add', '--name', 'Anna Anfang', '--role', 'social-worker', '--from', '2026-12-01']);
    ok(dir, [
      'staff',
      'add',
      '--name',
      'Bernd Kuhlmann',
      '--role',
      'instructor',
      '--area',
      'holz',
      '--from',
      '2026-01-01',
    ]);
    p = suitableApplicant(dir, 'Paula Wechsel');
    ok(dir, [
      'enrol',
      p,
      '--area',
      'holz',
      '--start',
      '2026-09-01',
      '--until',
      '2027-06-30',
      '--hours-per-week',
      '20',
      '--social-worker',
      's001',
    ]);
  });

  test('a handover keeps who was in charge before; show, check and undo agree', () => {
    const before = dataBytes(dir);
    ok(dir, ['participant', 'edit', p, '--social-worker', 's002', '--from', '2026-11-01']);
    expect(caseload(dir, '2026-10-15')).toEqual({ s001: [p], s002: [] });
    expect(caseload(dir, '2026-11-01')).toEqual({ s001: [], s002: [p] });
    const shown = ok(dir, ['participant', 'show', p, '--json']).json();
    expect(shown).toMatchObject({
      socialWorkerId: 's002',
      socialWorkerChanges: [{ from: '2026-11-01', socialWorkerId: 's002' }],
    });
    expect(ok(dir, ['participant', 'show', p]).stdout).toContain(
      's001 Julia Terhoeven; from 2026-11-01 s002 Timo Brackelmann',
    );
    expect(insat(dir, ['check']).code).toBe(0);
    ok(dir, ['undo']);
    expect(dataBytes(dir)).toEqual(before);
  });

  test('the progress report names the social worker in charge at the end of its period', () => {
    ok(dir, ['participant', 'edit', p, '--social-worker', 's002', '--from', '2026-11-01']);
    const out = mkdtempSync(join(tmpdir(), 'insat-handover-'));
    const text = (to: string) => {
      const file = join(out, `${to}.pdf`);
      ok(dir, ['report', 'progress', p, '--to', to, '--out', file]);
      return pdfText(file).replace(/\s+/g, ' ');
    };
    expect(text('2026-10-30')).toContain('Sozialpädagogische Fachkraft Julia Terhoeven');
    expect(text('2026-11-20')).toContain('Sozialpädagogische Fachkraft Timo Brackelmann');
    ok(dir, ['undo']);
  });

  test('without --from the social worker is corrected from the first day', () => {
    const before = dataBytes(dir);
    ok(dir, ['participant', 'edit', p, '--social-worker', 's002']);
    expect(caseload(dir, '2026-10-15')).toEqual({ s001: [], s002: [p] });
    ok(dir, ['undo']);
    expect(dataBytes(dir)).toEqual(before);
  });

  test.each([
    ['a day before the assignment', ['--social-worker', 's002', '--from', '2026-08-31']],
    ['a day after it', ['--social-worker', 's002', '--from', '2027-07-01']],
    ['someone not yet in the team on the day', ['--social-worker', 's003', '--from', '2026-11-30']],
    ['an instructor', ['--social-worker', 's004', '--from', '2026-11-30']],
  ])('refused (exit 3), store unchanged: %s', (_what, args) => {
    const before = storeBytes(dir);
    const r = insat(dir, ['participant', 'edit', p, ...args]);
    expect(r.code).toBe(3);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a handover after the end the same edit sets is refused, not dropped (exit 3, store unchanged)', () => {
    const before = storeBytes(dir);
    const r = insat(dir, [
      'participant',
      'edit',
      p,
      '--social-worker',
      's002',
      '--from',
      '2026-12-01',
      '--until',
      '2026-11-30',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('2026-12-01 is not a day of the assignment 2026-09-01 – 2026-11-30');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('--from without --social-worker is a usage error', () => {
    const before = storeBytes(dir);
    expect(insat(dir, ['participant', 'edit', p, '--from', '2026-11-01']).code).toBe(2);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a handover from the day after the leave frees the social worker who left', () => {
    ok(dir, ['staff', 'leave', 's001', '--date', '2026-10-31']);
    const warned = insat(dir, ['check', '--json']);
    expect(warned.stdout + warned.stderr).toContain('social-worker-left');
    expect(warned.stdout + warned.stderr).toContain('--from 2026-11-01');
    ok(dir, ['participant', 'edit', p, '--social-worker', 's002', '--from', '2026-11-01']);
    const r = insat(dir, ['check', '--json']);
    expect(r.stdout + r.stderr).not.toContain('social-worker-left');
    // the past stays: s001 was in charge in October
    expect(caseload(dir, '2026-10-15')).toEqual({ s001: [p], s002: [] });
    // the first day of s002 cannot move behind the day they took over
    const before = storeBytes(dir);
    expect(insat(dir, ['staff', 'edit', 's002', '--from', '2026-11-15']).code).toBe(3);
    expect(storeBytes(dir)).toEqual(before);
  });
});

describe('handovers changed by hand', () => {
  test('out of order or outside the assignment: check names them (exit 3)', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    ok(dir, ['staff', 'add', '--name', 'Julia Terhoeven', '--role', 'social-worker', '--from', '2026-01-01']);
    ok(dir, ['staff', 'add', '--name', 'Timo Brackelmann', '--role', 'social-worker', '--from', '2026-01-01']);
    const p = suitableApplicant(dir, 'Paula Wechsel');
    ok(dir, ['enrol', p, '--area', 'holz', '--start', '2026-10-01', '--until', '2027-09-30', '--hours-per-week', '20']);
    ok(dir, ['participant', 'edit', p, '--social-worker', 's001', '--integration-officer', 'Frau Schulte']);
    ok(dir, ['participant', 'edit', p, '--social-worker', 's002', '--from', '2026-11-02']);
    expect(ok(dir, ['check']).code).toBe(0);
    const file = join(dir, 'insat.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.assignments[0].socialWorkerChanges.push({ from: '2026-10-15', socialWorkerId: 's001' });
    writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
    const r = insat(dir, ['check']);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain(
      `social-worker-date: ${p}: the handovers to another social worker in the assignment 2026-10-01 – 2027-09-30 must lie after its first day and within it, oldest first, one a day — 2026-10-15 does not`,
    );
  });
});

// The AGH time cap on the command line: the decision is its own flag, needed and recorded only
// when an assignment crosses 24 months; a free-text reason never becomes a decision.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

function pdfText(file: string): string {
  return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
}

/** A suitable applicant (decided 2026-01-20) with an earlier AGH period elsewhere. */
function applicantWithPrior(dir: string, prior: string): string {
  const id = ok(dir, [
    'applicant',
    'add',
    '--name',
    'Max Muster',
    '--birth-date',
    '1980-05-01',
    '--referred-by',
    'jobcenter',
    '--contact-date',
    '2026-01-05',
    '--prior',
    prior,
    '--json',
  ]).json().id;
  ok(dir, ['applicant', 'schedule', id, '--info-date', '2026-01-12']);
  ok(dir, ['applicant', 'attended', id]);
  ok(dir, ['applicant', 'decide', id, '--suitable', '--by', 'Frau Schulte', '--date', '2026-01-20']);
  return id;
}

function enrolledFor(dir: string, start: string, until: string, prior?: string): string {
  const id = prior ? applicantWithPrior(dir, prior) : suitableApplicant(dir);
  ok(dir, ['enrol', id, '--area', 'holz', '--start', start, '--until', until, '--hours-per-week', '20']);
  return id;
}

describe('AGH time cap: the Jobcenter decision is its own flag', () => {
  test('refuses an enrolment beyond 24 months, naming --cap-decision; exit 3, store unchanged', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = suitableApplicant(dir);
    const before = storeBytes(dir);
    const r = insat(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-02-01',
      '--until',
      '2028-02-01',
      '--hours-per-week',
      '20',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: .*more than 24 months .* --cap-decision TEXT \[--decided DATE\]/m);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('refuses a decision for an assignment that stays within 24 months: exit 3, store unchanged', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = suitableApplicant(dir);
    const before = storeBytes(dir);
    const r = insat(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-02-01',
      '--until',
      '2027-01-31',
      '--hours-per-week',
      '20',
      '--cap-decision',
      'JC',
    ]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('leave out --cap-decision');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('--decided without --cap-decision is a usage error (exit 2)', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = suitableApplicant(dir);
    const before = storeBytes(dir);
    const r = insat(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-02-01',
      '--until',
      '2027-01-31',
      '--hours-per-week',
      '20',
      '--decided',
      '2026-11-01',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--cap-decision');
    expect(storeBytes(dir)).toEqual(before);
  });

  test('extend --reason stays free text: no decision, no "Entscheidung des Jobcenters" in the progress report', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolledFor(dir, '2026-06-01', '2026-12-31');
    ok(dir, ['participant', 'extend', id, '--until', '2027-05-31', '--reason', 'Folgezuweisung']);
    const shown = ok(dir, ['participant', 'show', id, '--json']).json();
    expect(shown.extensions[0]).toMatchObject({ reason: 'Folgezuweisung', beyondCap: false });
    expect(shown.agh).toMatchObject({ limitMonths: 24, decision: null });
    const out = mkdtempSync(join(tmpdir(), 'insat-cap-pdf-'));
    ok(dir, ['report', 'progress', id, '--out', join(out, 'r.pdf')]);
    const text = pdfText(join(out, 'r.pdf'));
    expect(text).toContain('Verlängerung');
    expect(text).not.toContain('Entscheidung des Jobcenters');
  });

  test('an extension across 24 months needs the decision; with it, it is recorded and the report names it', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolledFor(dir, '2026-02-01', '2026-12-31', '2024-01-01:2024-12-31:AWO'); // 12 + 11 months
    const before = storeBytes(dir);
    const r = insat(dir, ['participant', 'extend', id, '--until', '2027-06-30', '--reason', 'Folgezuweisung']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('--cap-decision');
    expect(r.stderr).not.toContain('--cap-reason');
    expect(storeBytes(dir)).toEqual(before);
    const done = ok(dir, [
      'participant',
      'extend',
      id,
      '--until',
      '2027-06-30',
      '--cap-decision',
      'JC Bochum Az. 4711',
      '--decided',
      '2026-11-20',
    ]);
    expect(done.stderr).toBe('');
    const shown = ok(dir, ['participant', 'show', id, '--json']).json();
    expect(shown.extensions[0]).toMatchObject({
      beyondCap: true,
      capDecision: { text: 'JC Bochum Az. 4711', decided: '2026-11-20' },
    });
    expect(shown.agh).toMatchObject({ limitMonths: 36, decision: { decided: '2026-11-20' } });
    expect(shown.agh.plannedMonths).toBe(29);
    const out = mkdtempSync(join(tmpdir(), 'insat-cap-pdf-'));
    ok(dir, ['report', 'progress', id, '--out', join(out, 'r.pdf')]);
    expect(pdfText(join(out, 'r.pdf')).replace(/\s+/g, ' ')).toContain('Entscheidung des Jobcenters vom 20.11.2026');
  });

  test('warns 8 weeks ahead of 24 months on enrol, in participant show and in check (exit 0)', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = applicantWithPrior(dir, '2024-02-01:2025-01-31:AWO'); // 12 months
    const r = ok(dir, [
      'enrol',
      id,
      '--area',
      'holz',
      '--start',
      '2026-02-01',
      '--until',
      '2027-01-15',
      '--hours-per-week',
      '20',
    ]);
    expect(r.stderr).toMatch(/^warning: .* less than 8 weeks left/m);
    expect(ok(dir, ['participant', 'show', id]).stdout).toMatch(/^warning +.*less than 8 weeks left/m);
    const c = ok(dir, ['check']);
    expect(c.stderr).toMatch(/^warning: agh-cap-near: /m);
    expect(insat(dir, ['check', '--strict']).code).toBe(3);
  });
});

describe('AGH time: the terminal and the PDF print the same months for the same days', () => {
  test('35 days from 1 October: 1,1 months so far in participant show and in the progress report', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolledFor(dir, '2026-10-01', '2027-03-31');
    const today = { today: '2026-11-04' };
    expect(ok(dir, ['participant', 'show', id], today).stdout).toMatch(
      /AGH time +1\.1 months used so far, 6\.0 planned/,
    );
    const out = mkdtempSync(join(tmpdir(), 'insat-cap-pdf-'));
    // the report's own default ends yesterday: the same day as participant show
    ok(dir, ['report', 'progress', id, '--to', '2026-11-04', '--out', join(out, 'r.pdf')], today);
    expect(pdfText(join(out, 'r.pdf')).replace(/\s+/g, ' ')).toContain('1,1 Monate bis 04.11.2026 genutzt');
  });
});

describe('repairing an older store: a decision taken from a free text', () => {
  test('check reports it; extend to the same end re-records the facts and check is clean', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const id = enrolledFor(dir, '2026-02-02', '2026-06-30');
    ok(dir, ['participant', 'extend', id, '--until', '2026-12-31', '--reason', 'Folgezuweisung']);
    // what an older version wrote: the free text taken as the decision
    const file = join(dir, 'insat.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.assignments[0].capExtensionReason = 'Folgezuweisung';
    data.assignments[0].extensions[0].beyondCap = true;
    writeFileSync(file, JSON.stringify(data));
    // Nobody booked hours in this store, nor named a social worker: leave those warnings aside.
    const capProblems = () =>
      ok(dir, ['check', '--json'])
        .json()
        .problems.filter((p: { rule: string }) => !['unbooked-days', 'assignment-contacts'].includes(p.rule));
    expect(ok(dir, ['check', '--json']).json().ok).toBe(true);
    expect(capProblems()).toEqual([
      expect.objectContaining({ rule: 'agh-cap-decision', severity: 'warning', ids: [id] }),
    ]);
    ok(dir, ['participant', 'extend', id, '--until', '2026-12-31']);
    expect(capProblems()).toEqual([]);
    expect(ok(dir, ['participant', 'show', id, '--json']).json().extensions[0].beyondCap).toBe(false);
  });
});

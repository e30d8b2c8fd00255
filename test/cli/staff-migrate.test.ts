// A store from before staff records: names typed as free text in the settings and on assignments.
// It still loads; check warns until `insat staff migrate` turns the names into records (one undoable step).
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

/** Rewrites the main file as an older version wrote it: no staff records, names as free text. */
function makeOld(dir: string, names: Record<string, string>): void {
  const file = join(dir, 'insat.json');
  const main = JSON.parse(readFileSync(file, 'utf8'));
  delete main.staff;
  delete main.counters.staff;
  main.settings.staff = {
    instructors: { holz: ['Bernd Kuhlmann'], kueche: ['Gabriele Strotmann'], gestaltung: [] },
    socialWorkers: ['Julia Terhoeven'],
  };
  for (const a of main.assignments) {
    delete a.socialWorkerId;
    delete a.instructorId;
    a.socialWorker = names[a.personId] ?? '';
  }
  writeFileSync(file, JSON.stringify(main, null, 1) + '\n');
}

describe('staff migrate: names typed before become staff records', () => {
  const dir = tempDataDir();
  let p1: string, p2: string;
  beforeAll(() => {
    ok(dir, ['init']);
    p1 = enrolled(dir, 'holz', '2026-02-02', '2027-02-01');
    p2 = enrolled(dir, 'kueche', '2026-03-02', '2027-03-01');
    makeOld(dir, { [p1]: 'Julia Terhoeven', [p2]: 'Timo Brackelmann' });
  });

  test('the old store loads; check warns about the unlinked names and passes', () => {
    expect(ok(dir, ['participant', 'show', p1, '--json']).json().socialWorker).toBe('Julia Terhoeven');
    const r = ok(dir, ['check']);
    expect(r.stderr).toContain(
      "warning: staff-unlinked: 5 staff names are free text from an older version, not linked to a staff record — run 'insat staff migrate'",
    );
    expect(ok(dir, ['staff', 'list', '--json']).json().staff).toEqual([]);
  });

  test('--dry-run tells what it would do and changes nothing', () => {
    const before = storeBytes(dir);
    const r = ok(dir, ['staff', 'migrate', '--dry-run']);
    expect(r.stdout).toMatch(
      /^dry run: would create 4 staff records \(s001 Bernd Kuhlmann, .*\) and link 2 assignments/,
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('migrate makes one record per name and links the assignments; check is quiet; undo restores the old store', () => {
    const before = storeBytes(dir);
    expect(ok(dir, ['staff', 'migrate', '--json']).json()).toEqual({
      created: ['s001', 's002', 's003', 's004'],
      linked: ['a001', 'a002'],
      dryRun: false,
    });
    expect(
      ok(dir, ['staff', 'list', '--json'])
        .json()
        .staff.map((s: { id: string; name: string; role: string; area: string | null; from: string }) => [
          s.id,
          s.name,
          s.role,
          s.area,
          s.from,
        ]),
    ).toEqual([
      ['s001', 'Bernd Kuhlmann', 'instructor', 'holz', '2026-02-02'],
      ['s002', 'Gabriele Strotmann', 'instructor', 'kueche', '2026-02-02'],
      ['s003', 'Julia Terhoeven', 'social-worker', null, '2026-02-02'],
      ['s004', 'Timo Brackelmann', 'social-worker', null, '2026-02-02'],
    ]);
    expect(ok(dir, ['participant', 'show', p2, '--json']).json()).toMatchObject({
      socialWorkerId: 's004',
      socialWorker: 'Timo Brackelmann',
    });
    const rules = ok(dir, ['check', '--json'])
      .json()
      .problems.map((p: { rule: string }) => p.rule);
    expect(rules).not.toContain('staff-unlinked');
    expect(rules).not.toContain('unknown-staff');
    expect(ok(dir, ['staff', 'migrate']).stdout).toBe(
      'nothing to migrate: every staff name is a staff record already\n',
    );
    ok(dir, ['undo']);
    // the names and links as before; the id counter stays where it was (ids are never handed out twice)
    const [then, now] = [before, storeBytes(dir)].map((b) => JSON.parse(b.get('/insat.json')!));
    expect(now.settings).toEqual(then.settings);
    expect(now.assignments).toEqual(then.assignments);
    expect(now.staff).toEqual([]);
  });
});

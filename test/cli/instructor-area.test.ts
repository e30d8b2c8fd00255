// No command leaves a participant with an instructor of another area, and `insat check` finds one a
// hand edit left: `staff edit --area` refuses while it would leave people without an instructor of
// their area (naming them), `participant move` refuses unless the new instructor is named in the same
// step (--instructor), and warns about a move still to come.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
const opts = { today: TODAY };

/** s001 instructs in Holz, s002 in Küche; p001 and p002 work in Holz with s001, p003 in Küche with s002. */
let base: string;

beforeAll(() => {
  base = tempDataDir('insat-instructor-area-');
  ok(base, ['init'], opts);
  ok(
    base,
    ['staff', 'add', '--name', 'Anna Holz', '--role', 'instructor', '--area', 'holz', '--from', '2026-01-01'],
    opts,
  );
  ok(
    base,
    ['staff', 'add', '--name', 'Karl Koch', '--role', 'instructor', '--area', 'kueche', '--from', '2026-01-01'],
    opts,
  );
  for (const [area, instructor] of [
    ['holz', 's001'],
    ['holz', 's001'],
    ['kueche', 's002'],
  ] as const) {
    const id = enrolled(base, area, '2026-10-01', '2027-03-31', 20, opts);
    ok(base, ['participant', 'edit', id, '--instructor', instructor], opts);
  }
  expect(ok(base, ['check'], opts).code).toBe(0);
});

/** A fresh copy of the store, and its bytes as they are now. */
function store(): { dir: string; before: Map<string, string> } {
  const dir = copyStore(base, 'insat-instructor-area-run-');
  return { dir, before: storeBytes(dir) };
}

describe('staff edit --area', () => {
  test('refused while the instructor’s participants would lose an instructor of their area: named, with how to go on', () => {
    const { dir, before } = store();
    const r = insat(dir, ['staff', 'edit', 's001', '--area', 'kueche'], opts);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      `error: moving s001 (Anna Holz) to Küche would leave p001 and p002 without an instructor of Holz — first give each another one with 'insat participant edit ID --instructor ID'; if s001 instructs in Küche from a day on, record that with 'insat staff leave s001 --date DAY' and 'insat staff add --name "Anna Holz" --role instructor --area kueche --from NEXT-DAY'\n`,
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('German: the same refusal in the catalogue’s words', () => {
    const { dir } = store();
    const r = insat(dir, ['staff', 'edit', 's001', '--area', 'kueche'], { ...opts, env: { INSAT_LANG: 'de' } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('wechselt s001 (Anna Holz) in den Bereich Küche, haben p001 und p002 keine Anleiterin');
  });

  test('accepted once nobody is left behind, and check passes', () => {
    const { dir } = store();
    for (const p of ['p001', 'p002']) ok(dir, ['participant', 'edit', p, '--clear', 'instructor'], opts);
    ok(dir, ['staff', 'edit', 's001', '--area', 'kueche'], opts);
    expect(ok(dir, ['check'], opts).code).toBe(0);
  });

  test('a new name alone changes nobody’s area and is accepted', () => {
    const { dir } = store();
    ok(dir, ['staff', 'edit', 's001', '--name', 'Anna Holz-Berger'], opts);
    expect(ok(dir, ['check'], opts).code).toBe(0);
  });
});

describe('participant move', () => {
  test('refused when the instructor would stay in the old area from today on: store unchanged, the way on named', () => {
    const { dir, before } = store();
    const r = insat(dir, ['participant', 'move', 'p001', '--area', 'kueche', '--from', '2026-11-02'], opts);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      "error: from 2026-11-02 p001 works in Küche, but their instructor s001 (Anna Holz) instructs in Holz — name the new instructor in the same step with --instructor ID (an instructor of Küche, see 'insat staff list'), or first remove the old one with 'insat participant edit p001 --clear instructor'\n",
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('with --instructor of the new area: moved and the instructor changed in one step, check passes, one undo', () => {
    const { dir } = store();
    const args = ['participant', 'move', 'p001', '--area', 'kueche', '--from', '2026-11-02', '--instructor', 's002'];
    expect(ok(dir, [...args, '--json'], opts).json()).toEqual({
      id: 'p001',
      area: 'kueche',
      from: '2026-11-02',
      instructorId: 's002',
      dryRun: false,
    });
    expect(ok(dir, ['participant', 'show', 'p001', '--json'], opts).json()).toMatchObject({
      area: 'kueche',
      instructorId: 's002',
    });
    expect(ok(dir, ['check'], opts).code).toBe(0);
    ok(dir, ['undo'], opts);
    expect(ok(dir, ['participant', 'show', 'p001', '--json'], opts).json()).toMatchObject({
      area: 'holz',
      instructorId: 's001',
    });
  });

  test('with --instructor of another area than the new one: refused, store unchanged', () => {
    const { dir, before } = store();
    const args = ['participant', 'move', 'p001', '--area', 'kueche', '--from', '2026-11-02', '--instructor', 's001'];
    const r = insat(dir, args, opts);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      'error: s001 (Anna Holz) is an instructor in Holz, not in Küche — choose an instructor of Küche\n',
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a move still to come is done with a warning; check warns until that day and reports it from then', () => {
    const { dir } = store();
    const r = ok(dir, ['participant', 'move', 'p001', '--area', 'kueche', '--from', '2026-12-01'], opts);
    expect(r.stderr).toBe(
      "warning: from 2026-12-01 p001 works in Küche, and their instructor s001 (Anna Holz) instructs in Holz — on that day name an instructor of Küche with 'insat participant edit p001 --instructor ID'\n",
    );
    const now = ok(dir, ['check'], opts);
    expect(now.stderr).toContain('warning: instructor-area-ahead: from 2026-12-01 p001 works in Küche');
    expect(insat(dir, ['check', '--strict'], opts).code).toBe(3);
    const then = insat(dir, ['check', '--json'], { today: '2026-12-01' });
    expect(then.code).toBe(3);
    expect((then.json().problems as { rule: string }[]).map((p) => p.rule)).toContain('instructor-area');
  });

  test('--instructor with a move still to come: refused, the new instructor is named on that day', () => {
    const { dir, before } = store();
    const args = ['participant', 'move', 'p001', '--area', 'kueche', '--from', '2026-12-01', '--instructor', 's002'];
    const r = insat(dir, args, opts);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      'p001 moves to Küche only on 2026-12-01, but --instructor takes effect today — leave out',
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('--dry-run answers what the move would do and changes nothing', () => {
    const { dir, before } = store();
    const args = ['participant', 'move', 'p001', '--area', 'kueche', '--from', '2026-11-02', '--instructor', 's002'];
    expect(ok(dir, [...args, '--dry-run'], opts).stdout).toBe(
      'dry run: would move p001 to kueche from 2026-11-02 — nothing was changed\n',
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a participant without an instructor moves as before', () => {
    const { dir } = store();
    ok(dir, ['participant', 'edit', 'p002', '--clear', 'instructor'], opts);
    const r = ok(dir, ['participant', 'move', 'p002', '--area', 'kueche', '--from', '2026-11-02'], opts);
    expect(r.stderr).toBe('');
    expect(ok(dir, ['check'], opts).code).toBe(0);
  });
});

describe('insat check on a store edited by hand', () => {
  test('an instructor moved to another area in insat.json is reported once per participant, and the fix works', () => {
    const { dir } = store();
    const path = join(dir, 'insat.json');
    const main = JSON.parse(readFileSync(path, 'utf8')) as { staff: { id: string; area: string }[] };
    main.staff.find((s) => s.id === 's001')!.area = 'gestaltung';
    writeFileSync(path, JSON.stringify(main, null, 1) + '\n');
    const r = insat(dir, ['check', '--json'], opts);
    expect(r.code).toBe(3);
    const problems = (r.json().problems as { rule: string; ids: string[]; message: string }[]).filter(
      (p) => p.rule === 'instructor-area',
    );
    expect(problems.map((p) => p.ids)).toEqual([
      ['p001', 's001'],
      ['p002', 's001'],
    ]);
    expect(problems[0]!.message).toBe(
      "the instructor of p001, s001 (Anna Holz), instructs in Gestaltung, but p001 works in Holz on 2026-11-25 — name an instructor of Holz with 'insat participant edit p001 --instructor ID' (see 'insat staff list'), or none with 'insat participant edit p001 --clear instructor'",
    );
    const german = insat(dir, ['check'], { ...opts, env: { INSAT_LANG: 'de' } });
    expect(german.stdout).toContain(
      'instructor-area: Anleiter/in s001 (Anna Holz) von p001 leitet im Bereich Gestaltung an, p001 arbeitet am 25.11.2026 aber im Bereich Holz',
    );
    for (const p of ['p001', 'p002']) ok(dir, ['participant', 'edit', p, '--clear', 'instructor'], opts);
    expect(ok(dir, ['check'], opts).code).toBe(0);
  });
});

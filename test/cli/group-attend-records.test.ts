// `group attend` records what happened: without names, someone booked absent that day is recorded
// absent with the booked reason (not present); recording an offer again replaces its whole list, so
// it needs --replace (as a second booking of a day does) and says what it replaces; a booking that
// contradicts a recorded presence is warned about, by `hours book` and by `check`.
import { beforeEach, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

const DAY = '2026-11-24';
let dir = '';
let p1 = '';
let p2 = '';
let p3 = '';

beforeEach(() => {
  dir = tempDataDir();
  ok(dir, ['init']);
  p1 = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
  p2 = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
  p3 = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
  ok(dir, ['hours', 'book', p2, '--date', DAY, '--absent', 'sick']);
  ok(dir, ['hours', 'book', p3, '--date', DAY, '--absent', 'excused']);
  ok(
    dir,
    ['group', 'add', '--date', DAY, '--topic', 'Bewerbungstraining', '--kind', 'lesson'].concat([
      '--from',
      '10:00',
      '--to',
      '12:00',
      '--led-by',
      'Frau Kaya',
    ]),
  );
});

const attendance = () =>
  ok(dir, ['group', 'list', '--json']).json().offers[0].attendance as {
    participantId: string;
    absence: string | null;
  }[];

describe('group attend without names: the day as booked', () => {
  test('records people booked absent that day as absent with the booked code, and says so', () => {
    const r = ok(dir, ['group', 'attend', 'u001']);
    expect(r.stdout).toContain('recorded offer u001: 1 present, 2 absent');
    expect(r.stdout).toContain(`absent as booked that day: ${p2} (sick), ${p3} (excused)`);
    expect(attendance()).toEqual([
      { participantId: p1, absence: null },
      { participantId: p2, absence: 'sick' },
      { participantId: p3, absence: 'excused' },
    ]);
    expect(ok(dir, ['check']).stderr).not.toContain('recorded present');
  });
  test('--absent still says the reason for those it names', () => {
    ok(dir, ['group', 'attend', 'u001', '--absent', `${p2}=sick-certified`]);
    expect(attendance().map((a) => a.absence)).toEqual([null, 'sick-certified', 'excused']);
  });
  test('a closing day booked for the area is no reason to miss an offer: recorded present', () => {
    const d = tempDataDir();
    ok(d, ['init']);
    const p = enrolled(d, 'holz', '2026-11-02', '2027-10-31');
    ok(d, ['hours', 'book', '--area', 'holz', '--date', DAY, '--absent', 'closed']);
    ok(
      d,
      ['group', 'add', '--date', DAY, '--topic', 'T', '--kind', 'lesson', '--from', '10:00', '--to', '11:00'].concat([
        '--led-by',
        'X',
      ]),
    );
    expect(ok(d, ['group', 'attend', 'u001', '--json']).json()).toMatchObject({ present: 1, absent: 0 });
    expect(insat(d, ['hours', 'book', p, '--date', DAY, '--absent', 'closed', '--replace']).stderr).toBe('');
  });
  test('naming someone present who is booked absent is recorded, with a warning', () => {
    const r = ok(dir, ['group', 'attend', 'u001', p1, p2]);
    expect(r.stderr).toMatch(
      new RegExp(`^warning: ${p2} is recorded present at offer u001 but booked sick on ${DAY} — `, 'm'),
    );
    expect(insat(dir, ['check']).stderr).toContain(`${p2} is recorded present at offer u001 but booked sick`);
  });
});

describe('group attend again: --replace, and it says what it replaces', () => {
  test('refuses to record an offer a second time without --replace (exit 3), store unchanged', () => {
    ok(dir, ['group', 'attend', 'u001']);
    const before = storeBytes(dir);
    const r = insat(dir, ['group', 'attend', 'u001', p1]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(
      /^error: the attendance of offer u001 is already recorded \(1 present, 2 absent\) — pass --replace/m,
    );
    expect(storeBytes(dir)).toEqual(before);
  });
  test('--dry-run and the run itself name the list they replace: 3 → 1', () => {
    ok(dir, ['group', 'attend', 'u001']);
    const before = storeBytes(dir);
    const dry = ok(dir, ['group', 'attend', 'u001', p1, '--replace', '--dry-run']);
    expect(dry.stdout).toContain('replaces the attendance recorded for u001: 3 → 1 participants');
    expect(storeBytes(dir)).toEqual(before);
    const r = ok(dir, ['group', 'attend', 'u001', p1, '--replace']);
    expect(r.stdout).toContain(
      'recorded offer u001: 1 present, 0 absent (replaces the attendance recorded for u001: 3 → 1 participants)',
    );
    expect(ok(dir, ['undo']).code).toBe(0);
    expect(attendance()).toHaveLength(3);
  });
  test('--json gives what was replaced', () => {
    ok(dir, ['group', 'attend', 'u001']);
    expect(ok(dir, ['group', 'attend', 'u001', p1, '--replace', '--json']).json()).toMatchObject({
      id: 'u001',
      present: 1,
      absent: 0,
      replaced: { present: 1, absent: 2 },
    });
  });
});

describe('hours book: an absence on a day recorded present at an offer is warned about', () => {
  test('sick booked after the offer recorded the person present: a warning naming the offer', () => {
    ok(dir, ['group', 'attend', 'u001']);
    const r = ok(dir, ['hours', 'book', p1, '--date', DAY, '--absent', 'sick']);
    expect(r.stderr).toMatch(
      new RegExp(`^warning: ${p1} is booked sick on ${DAY} but recorded present at offer u001 that day — `, 'm'),
    );
    const worked = ok(dir, ['hours', 'book', p1, '--date', DAY, '--hours', '4', '--replace']);
    expect(worked.stderr).toBe('');
  });
});

describe('an assignment change keeps the seat on the days of offers attended', () => {
  test('an exit dated before an offer the person attended is refused (exit 3), store unchanged', () => {
    ok(dir, ['group', 'attend', 'u001']);
    const before = storeBytes(dir);
    const r = insat(dir, ['participant', 'exit', p1, '--date', '2026-11-10', '--reason', 'job']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${p1} has no seat on ${DAY}, the day of offer u001`);
    expect(storeBytes(dir)).toEqual(before);
    ok(dir, ['participant', 'exit', p1, '--date', DAY, '--reason', 'job']);
    ok(dir, ['check']);
  });
});

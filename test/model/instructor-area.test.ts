// The instructor named on an assignment instructs the area the participant works in on the day they
// are in charge (today, kept within the assignment). The same functions serve `insat check`, the
// re-check of every write, `staff edit --area` and `participant move`.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { sayViolation as say } from '../../src/i18n/active.js';
import { storeViolations } from '../../src/model/check.js';
import {
  inChargeDay,
  instructorAfterMove,
  instructorAreaViolations,
  instructorAreaWarnings,
  instructorMisfits,
  peopleLosingInstructor,
} from '../../src/model/instructor-area.js';
import type { Area, MainData, StaffMember } from '../../src/model/types.js';
import { enrol, mainData, type AssignmentSpec } from '../helpers/main-data.js';

const TODAY = '2026-11-25';

function instructor(id: string, area: Area | null, over: Partial<StaffMember> = {}): StaffMember {
  return { id, name: `Anleiter ${id}`, role: 'instructor', area, from: '2026-01-01', left: null, ...over };
}

/** A store with Anna (s001, Holz) and Karl (s002, Küche). */
function team(): MainData {
  const data = mainData();
  data.staff.push(instructor('s001', 'holz'), instructor('s002', 'kueche'));
  return data;
}

function assigned(data: MainData, person: string, area: Area, instructorId: string, spec: AssignmentSpec = {}) {
  return Object.assign(enrol(data, person, area, '2026-10-01', '2027-03-31', spec), { instructorId });
}

describe('the day the instructor is in charge on', () => {
  test('today, or the first day of an assignment still to come, or the last day of one that is over', () => {
    const data = mainData();
    const a = enrol(data, 'p1', 'holz', '2026-10-01', '2027-03-31');
    expect(inChargeDay(a, TODAY)).toBe(TODAY);
    expect(inChargeDay(a, '2026-09-01')).toBe('2026-10-01');
    expect(inChargeDay(a, '2027-05-01')).toBe('2027-03-31');
    const left = enrol(data, 'p2', 'holz', '2026-10-01', '2027-03-31', { exit: { date: '2026-11-10', reason: 'job' } });
    expect(inChargeDay(left, TODAY)).toBe('2026-11-10');
  });
});

describe('check: an instructor of another area than the participant’s', () => {
  test('an instructor of the participant’s area is no problem', () => {
    const data = team();
    assigned(data, 'p1', 'holz', 's001');
    expect(instructorAreaViolations(data, TODAY)).toEqual([]);
  });

  test('a participant who moved to Küche while the Holz instructor stays named is reported, with how to fix it', () => {
    const data = team();
    assigned(data, 'p1', 'holz', 's001', { moves: [['2026-11-02', 'kueche']] });
    const problems = instructorAreaViolations(data, TODAY);
    expect(problems.map((v) => [v.rule, v.ids])).toEqual([['instructor-area', ['p1', 's001']]]);
    expect(say(problems[0]!)).toBe(
      "the instructor of p1, s001 (Anleiter s001), instructs in Holz, but p1 works in Küche on 2026-11-25 — name an instructor of Küche with 'insat participant edit p1 --instructor ID' (see 'insat staff list'), or none with 'insat participant edit p1 --clear instructor'",
    );
  });

  test('an instructor whose own area was changed to another is reported for each of their participants', () => {
    const data = team();
    assigned(data, 'p1', 'holz', 's001');
    assigned(data, 'p2', 'holz', 's001');
    data.staff[0]!.area = 'gestaltung';
    expect(instructorAreaViolations(data, TODAY).map((v) => v.ids)).toEqual([
      ['p1', 's001'],
      ['p2', 's001'],
    ]);
  });

  test('a move still to come is not yet a problem; on its first day it is', () => {
    const data = team();
    assigned(data, 'p1', 'holz', 's001', { moves: [['2026-12-01', 'kueche']] });
    expect(instructorMisfits(data, TODAY)).toEqual([]);
    expect(instructorMisfits(data, '2026-12-01').map((x) => [x.area, x.day])).toEqual([['kueche', '2026-12-01']]);
  });

  test('an assignment that is over is judged by its last area, one still to come by its first', () => {
    const data = team();
    const over = { exit: { date: '2026-11-20', reason: 'job' }, moves: [['2026-11-02', 'kueche']] } as AssignmentSpec;
    assigned(data, 'p1', 'holz', 's002', over);
    Object.assign(enrol(data, 'p2', 'kueche', '2027-01-04', '2027-06-30'), { instructorId: 's001' });
    expect(instructorMisfits(data, TODAY).map((x) => [x.assignment.personId, x.area])).toEqual([['p2', 'kueche']]);
  });

  test('an unknown id, a social worker or an instructor without area is left to the other staff rules', () => {
    const data = team();
    data.staff.push({ ...instructor('s003', null), role: 'social-worker' }, instructor('s004', null));
    assigned(data, 'p1', 'holz', 's009');
    assigned(data, 'p2', 'holz', 's003');
    assigned(data, 'p3', 'holz', 's004');
    expect(instructorAreaViolations(data, TODAY)).toEqual([]);
  });

  test('insat check lists it with the store’s other problems', () => {
    const data = team();
    assigned(data, 'p1', 'gestaltung', 's002');
    expect(storeViolations(data, [], TODAY).filter((v) => v.rule === 'instructor-area')).toHaveLength(1);
  });
});

describe('check warns ahead of a move into another area than the instructor’s', () => {
  test('from today until the move’s first day; then the error takes over', () => {
    const data = team();
    assigned(data, 'p1', 'holz', 's001', { moves: [['2026-12-01', 'kueche']] });
    const warnings = instructorAreaWarnings(data, TODAY);
    expect(warnings.map((w) => [w.rule, w.ids])).toEqual([['instructor-area-ahead', ['p1', 's001']]]);
    expect(say(warnings[0]!)).toBe(
      "from 2026-12-01 p1 works in Küche, and their instructor s001 (Anleiter s001) instructs in Holz — on that day name an instructor of Küche with 'insat participant edit p1 --instructor ID'",
    );
    expect(instructorAreaWarnings(data, '2026-12-01')).toEqual([]);
    expect(instructorAreaViolations(data, '2026-12-01')).toHaveLength(1);
  });

  test('no warning for a move back into the instructor’s area, nor for one after the exit', () => {
    const data = team();
    assigned(data, 'p1', 'kueche', 's001', {
      moves: [
        ['2026-11-02', 'holz'],
        ['2026-12-01', 'holz'],
      ],
    });
    const exit = { date: '2026-11-30', reason: 'job' };
    assigned(data, 'p2', 'holz', 's001', { moves: [['2026-12-01', 'kueche']], exit });
    expect(instructorAreaWarnings(data, TODAY)).toEqual([]);
  });
});

describe('the people an instructor’s new area leaves without an instructor of theirs', () => {
  test('those the instructor fits now, each once and sorted; not those of other instructors or already misfitting', () => {
    const data = team();
    assigned(data, 'p3', 'holz', 's001');
    assigned(data, 'p1', 'holz', 's001');
    enrol(data, 'p1', 'holz', '2027-04-01', '2027-09-30').instructorId = 's001';
    assigned(data, 'p2', 'holz', 's002');
    assigned(data, 'p4', 'kueche', 's001');
    expect(peopleLosingInstructor(data, data.staff[0]!, 'kueche', TODAY)).toEqual(['p1', 'p3']);
    expect(peopleLosingInstructor(data, data.staff[0]!, 'holz', TODAY)).toEqual([]);
  });
});

describe('a move and the instructor in charge', () => {
  test('a move from today or before leaves the instructor in another area: lost', () => {
    const data = team();
    const a = assigned(data, 'p1', 'holz', 's001', { moves: [['2026-11-02', 'kueche']] });
    expect(instructorAfterMove(data, a, '2026-11-02', TODAY)).toMatchObject({ kind: 'lost', area: 'kueche' });
  });

  test('a move still to come: the instructor fits until then, and not from that day on', () => {
    const data = team();
    const a = assigned(data, 'p1', 'holz', 's001', { moves: [['2026-12-01', 'kueche']] });
    expect(instructorAfterMove(data, a, '2026-12-01', TODAY)).toMatchObject({
      kind: 'later',
      area: 'kueche',
      from: '2026-12-01',
    });
  });

  test('a move back into the instructor’s area, or of someone without an instructor: nothing', () => {
    const data = team();
    const back = assigned(data, 'p1', 'holz', 's001', {
      moves: [
        ['2026-11-02', 'kueche'],
        ['2026-11-16', 'holz'],
      ],
    });
    expect(instructorAfterMove(data, back, '2026-11-16', TODAY)).toBeNull();
    const none = assigned(data, 'p2', 'holz', '', { moves: [['2026-11-02', 'kueche']] });
    expect(instructorAfterMove(data, none, '2026-11-02', TODAY)).toBeNull();
  });
});

import '../helpers/english.js';
import { sayViolation } from '../../src/i18n/active.js';
import { describe, expect, test } from '@jest/globals';
import { idViolations, pipelineViolations, referenceViolations, storeViolations } from '../../src/model/check.js';
import { applyPurge } from '../../src/model/purge.js';
import type { MainData } from '../../src/model/types.js';
import { absent, enrol, mainData, person, worked } from '../helpers/main-data.js';

const TODAY = '2026-11-25';
const rules = (data: MainData, bookings = [] as ReturnType<typeof worked>[]) =>
  storeViolations(data, bookings, TODAY).map((v) => v.rule);

function cleanStore(): MainData {
  const data = mainData();
  enrol(data, 'p001', 'holz', '2026-01-05', '2026-12-31');
  enrol(data, 'p002', 'kueche', '2025-06-02', '2026-06-01', { exit: { date: '2026-03-31', reason: 'job' } });
  data.people.push(person('p003', { decision: null, attended: false, infoAppointment: null }));
  data.goals.push({
    id: 'g001',
    personId: 'p001',
    text: 'Pünktlich beginnen',
    due: '2026-12-31',
    created: '2026-02-01',
    status: 'open',
    reviews: [],
  });
  data.notes.push({
    id: 'n001',
    personId: 'p001',
    date: '2026-02-01',
    text: 'Erstgespräch',
    visibility: 'internal',
    author: 'Frau Kaya',
  });
  data.counters = { person: 3, assignment: 2, goal: 1, note: 1 };
  // assignments from the helper have ids like a-p001-1; give them store ids
  data.assignments.forEach((a, i) => {
    a.id = `a00${i + 1}`;
  });
  return data;
}

describe('a consistent store has no problems', () => {
  test('people, assignments, goals, notes and bookings that keep every rule', () => {
    const data = cleanStore();
    expect(
      storeViolations(data, [worked('p001', '2026-11-23', 240), absent('p001', '2026-11-24', 'sick')], TODAY),
    ).toEqual([]);
  });
});

describe('ids: every id once, and the counters ahead of them', () => {
  test('two people with the same id are reported with the id', () => {
    const data = cleanStore();
    data.people.push(person('p001'));
    const v = idViolations(data);
    expect(v).toContainEqual(expect.objectContaining({ rule: 'duplicate-id', ids: ['p001'] }));
  });

  test('a counter behind the highest id would hand out an old id again', () => {
    const data = cleanStore();
    data.counters.person = 1;
    expect(idViolations(data).map((v) => v.rule)).toEqual(['id-counter']);
  });
});

describe('references: goals, notes and assignments of unknown people', () => {
  test('each dangling record is reported with its id and the missing person', () => {
    const data = cleanStore();
    data.goals.push({
      id: 'g009',
      personId: 'p777',
      text: 'x',
      due: null,
      created: '2026-02-01',
      status: 'open',
      reviews: [],
    });
    data.notes.push({
      id: 'n009',
      personId: 'p778',
      date: '2026-02-01',
      text: 'x',
      visibility: 'internal',
      author: '',
    });
    const v = referenceViolations(data);
    expect(v.map((x) => x.ids)).toEqual([
      ['g009', 'p777'],
      ['n009', 'p778'],
    ]);
    expect(v.every((x) => x.rule === 'unknown-person')).toBe(true);
  });
});

describe('entry pipeline: an assignment needs the appointment and a suitable decision', () => {
  test('an enrolled person who never attended is reported', () => {
    const data = cleanStore();
    data.people[0]!.attended = false;
    expect(pipelineViolations(data)).toEqual([expect.objectContaining({ rule: 'entry-pipeline', ids: ['p001'] })]);
  });

  test('an enrolled person decided unsuitable is reported', () => {
    const data = cleanStore();
    data.people[0]!.decision = { suitable: false, by: 'X', date: '2020-01-15' };
    expect(pipelineViolations(data).map((v) => v.ids)).toEqual([['p001']]);
  });

  test('a purged person is exempt', () => {
    const data = cleanStore();
    data.people[1]!.attended = false;
    data.people[1]!.purged = true;
    expect(pipelineViolations(data)).toEqual([]);
  });
});

describe('the same rules as the commands', () => {
  test('more seats taken than the area has, over the whole span of the store', () => {
    const data = mainData();
    data.settings.seats = [{ from: '2006-01-01', total: 33, areas: { holz: 2, kueche: 11, gestaltung: 10 } }];
    enrol(data, 'p1', 'holz', '2020-01-01', '2020-12-31');
    enrol(data, 'p2', 'holz', '2020-03-01', '2020-12-31');
    enrol(data, 'p3', 'holz', '2020-06-01', '2020-12-31');
    const v = storeViolations(data, [], TODAY).filter((x) => x.rule === 'capacity');
    expect(v).toHaveLength(1);
    expect(v[0]!.ids.sort()).toEqual(['p1', 'p2', 'p3']);
    expect(sayViolation(v[0]!)).toContain('2020-06-01');
  });

  test('overlapping assignments and weekly hours outside the bounds', () => {
    const data = cleanStore();
    enrol(data, 'p001', 'holz', '2026-06-01', '2027-05-31', { hoursPerWeek: 40 });
    const r = rules(data);
    expect(r).toContain('assignment-overlap');
    expect(r).toContain('weekly-hours');
  });

  test('bookings outside the assignment and above the daily maximum', () => {
    const data = cleanStore();
    const r = rules(data, [worked('p002', '2026-05-04', 240), worked('p001', '2026-11-23', 600)]);
    expect(r).toContain('booking-period');
    expect(r).toContain('daily-maximum');
  });

  test('settings that contradict the programme', () => {
    const data = cleanStore();
    data.settings.weeklyHours = { min: 30, max: 15 };
    expect(rules(data)).toContain('weekly-hours-bounds');
  });

  test('every problem is listed, not just the first', () => {
    const data = cleanStore();
    data.people.push(person('p001'));
    data.notes.push({
      id: 'n009',
      personId: 'p778',
      date: '2026-02-01',
      text: 'x',
      visibility: 'internal',
      author: '',
    });
    data.people[0]!.attended = false;
    const r = rules(data, [worked('p002', '2026-05-04', 240)]);
    expect(new Set(r)).toEqual(
      new Set(['duplicate-id', 'id-counter', 'unknown-person', 'entry-pipeline', 'booking-period']),
    );
  });
});

describe('purged people carry no personal data', () => {
  test('a correctly purged person passes; a purged flag with data left is reported', () => {
    const data = cleanStore();
    applyPurge(data, new Set(['p002']), (id) => `TN-${id}`);
    expect(storeViolations(data, [], TODAY, (id) => `TN-${id}`)).toEqual([]);
    data.people[1]!.phone = '0234 123456';
    expect(storeViolations(data, [], TODAY, (id) => `TN-${id}`)).toEqual([
      expect.objectContaining({ rule: 'purge-incomplete', ids: ['p002'] }),
    ]);
  });

  test('a name that is not the pseudonym is reported', () => {
    const data = cleanStore();
    applyPurge(data, new Set(['p002']), () => 'Erika Muster');
    expect(storeViolations(data, [], TODAY, (id) => `TN-${id}`).map((v) => v.rule)).toEqual(['purge-incomplete']);
  });
});

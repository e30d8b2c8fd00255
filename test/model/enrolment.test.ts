import '../helpers/english.js';
import { sayViolation } from '../../src/i18n/active.js';
import { describe, expect, test } from '@jest/globals';
import { capUse, capViolations } from '../../src/model/agh-cap.js';
import { capacityViolations, occupiedOn } from '../../src/model/capacity.js';
import {
  enrolViolations,
  exitViolations,
  extendViolations,
  moveViolations,
  weeklyHoursViolations,
} from '../../src/model/enrolment.js';
import { seatSummary } from '../../src/model/seats.js';
import type { Area, Assignment, MainData, Person, Settings } from '../../src/model/types.js';

const settings: Settings = {
  seats: [{ from: '2006-01-01', total: 3, areas: { holz: 2, kueche: 1, gestaltung: 0 } }],
  weeklyHours: { min: 15, max: 30 },
  dailyMaxMinutes: 480,
  rates: [
    { from: '2006-01-01', centsPerHour: 150 },
    { from: '2020-03-01', centsPerHour: 200 },
  ],
  closingDays: [],
  leaveDaysPerFullMonth: 2,
  aghCap: { months: 24, extendedMonths: 36, frameYears: 5, countsFrom: '2012-04-01', warnMonthsAhead: 3 },
  provider: {
    name: 'P',
    measureName: 'M',
    measureNumber: '',
    street: '',
    city: '',
    phone: '',
    email: '',
    contactPerson: '',
  },
  jobcenter: { name: 'J', street: '', city: '', phone: '', email: '', contactPerson: '' },
  staff: { instructors: { holz: [], kueche: [], gestaltung: [] }, socialWorkers: [] },
  flatRatesPerSeatMonth: {},
  retention: { notesYearsAfterExit: 3, recordsYearsAfterFundingYear: 6, applicantsMonthsAfterDecision: 6 },
};

function person(id: string, extra: Partial<Person> = {}): Person {
  return {
    id,
    name: id,
    birthDate: '1980-01-01',
    phone: '',
    email: '',
    address: '',
    addictionStatus: 'unknown',
    jobcenterCustomerNo: '',
    referredBy: 'jobcenter',
    contactDate: '2025-01-01',
    infoAppointment: '2025-01-10',
    attended: true,
    decision: { suitable: true, by: 'X', date: '2025-01-15' },
    priorPeriods: [],
    ...extra,
  };
}

function assignment(
  personId: string,
  area: Area,
  start: string,
  until: string,
  extra: Partial<Assignment> = {},
): Assignment {
  return {
    id: `a-${personId}-${start}`,
    personId,
    start,
    until,
    hoursPerWeek: 20,
    areas: [{ from: start, area }],
    jobcenterRef: '',
    integrationOfficer: '',
    socialWorker: '',
    extensions: [],
    exit: null,
    capExtensionReason: '',
    ...extra,
  };
}

function store(people: Person[], assignments: Assignment[]): MainData {
  return {
    settings,
    people,
    assignments,
    goals: [],
    notes: [],
    staff: [],
    customers: [],
    orders: [],
    groupOffers: [],
    certifications: [],
    counters: { person: 9, assignment: 9, goal: 0, note: 0 },
  };
}

describe('seats: no seat beyond the area or programme capacity', () => {
  const full = store(
    [person('p1'), person('p2'), person('p3')],
    [assignment('p1', 'holz', '2026-01-01', '2026-12-31'), assignment('p2', 'holz', '2026-01-01', '2026-06-30')],
  );
  test('refuses a third seat in an area of two while both are taken', () => {
    const v = enrolViolations(full, {
      person: person('p3'),
      assignment: assignment('p3', 'holz', '2026-03-01', '2026-09-30'),
    });
    expect(v.map((x) => x.rule)).toEqual(['capacity']);
    expect(sayViolation(v[0]!)).toContain('holz on 2026-03-01');
  });
  test('a seat freed by the end of an assignment is free from the next day', () => {
    expect(
      enrolViolations(full, { person: person('p3'), assignment: assignment('p3', 'holz', '2026-06-30', '2026-09-30') }),
    ).toHaveLength(1);
    expect(
      enrolViolations(full, { person: person('p3'), assignment: assignment('p3', 'holz', '2026-07-01', '2026-09-30') }),
    ).toEqual([]);
  });
  test('a seat freed by an exit is free from the next day', () => {
    const exited = store(full.people, [
      full.assignments[0]!,
      { ...full.assignments[1]!, exit: { date: '2026-03-15', reason: 'job', text: '' } },
    ]);
    expect(
      enrolViolations(exited, {
        person: person('p3'),
        assignment: assignment('p3', 'holz', '2026-03-15', '2026-09-30'),
      }),
    ).toHaveLength(1);
    expect(
      enrolViolations(exited, {
        person: person('p3'),
        assignment: assignment('p3', 'holz', '2026-03-16', '2026-09-30'),
      }),
    ).toEqual([]);
  });
  test('a future enrolment already made counts for the days it covers', () => {
    const withFuture = store(
      [...full.people, person('p4')],
      [...full.assignments, assignment('p4', 'holz', '2026-08-01', '2026-12-31')],
    );
    // p2 leaves after 30 June; p4 takes the seat from 1 August: July is free, August is not
    expect(
      enrolViolations(withFuture, {
        person: person('p3'),
        assignment: assignment('p3', 'holz', '2026-07-01', '2026-07-31'),
      }),
    ).toEqual([]);
    expect(
      enrolViolations(withFuture, {
        person: person('p3'),
        assignment: assignment('p3', 'holz', '2026-07-01', '2026-08-01'),
      }),
    ).toHaveLength(1);
  });
  test('the programme total limits too, even when an area has room', () => {
    const s = store(
      [person('p1'), person('p2'), person('p3'), person('p4')],
      [
        assignment('p1', 'holz', '2026-01-01', '2026-12-31'),
        assignment('p2', 'holz', '2026-01-01', '2026-12-31'),
        assignment('p3', 'kueche', '2026-01-01', '2026-12-31'),
      ],
    );
    const plan = {
      ...settings,
      seats: [{ from: '2006-01-01', total: 3, areas: { holz: 2, kueche: 2, gestaltung: 0 } }],
    };
    const v = enrolViolations(
      { ...s, settings: plan },
      { person: person('p4'), assignment: assignment('p4', 'kueche', '2026-05-01', '2026-06-30') },
    );
    expect(sayViolation(v[0]!)).toContain('the programme has 3');
  });
  test('a capacity change in the middle of a period applies from its day', () => {
    const dated = {
      ...settings,
      seats: [...settings.seats, { from: '2026-07-01', total: 3, areas: { holz: 1, kueche: 1, gestaltung: 1 } }],
    };
    const s = store(
      [person('p1'), person('p2')],
      [assignment('p1', 'holz', '2026-01-01', '2026-12-31'), assignment('p2', 'holz', '2026-01-01', '2026-12-31')],
    );
    const v = capacityViolations(s.assignments, dated, '2026-01-01', '2026-12-31');
    expect(v).toHaveLength(1);
    expect(sayViolation(v[0]!)).toContain('2026-07-01');
  });
  test('counts seats per area on a day', () => {
    expect(occupiedOn(full.assignments, '2026-07-01')).toEqual({
      total: 1,
      areas: { holz: 1, kueche: 0, gestaltung: 0 },
    });
  });
});

describe('entry pipeline: only attended and suitable applicants get a seat', () => {
  const empty = store([], []);
  test('refuses an applicant who did not attend an information appointment', () => {
    const p = person('p1', { attended: false, decision: null });
    expect(
      enrolViolations(empty, { person: p, assignment: assignment('p1', 'kueche', '2026-01-01', '2026-06-30') })[0]!
        .rule,
    ).toBe('entry-pipeline');
  });
  test('refuses an applicant decided unsuitable', () => {
    const p = person('p1', { decision: { suitable: false, by: 'X', date: '2025-01-15' } });
    expect(
      sayViolation(
        enrolViolations(empty, { person: p, assignment: assignment('p1', 'kueche', '2026-01-01', '2026-06-30') })[0]!,
      ),
    ).toContain('not been decided suitable');
  });
  test('accepts a suitable applicant', () => {
    expect(
      enrolViolations(empty, {
        person: person('p1'),
        assignment: assignment('p1', 'kueche', '2026-01-01', '2026-06-30'),
      }),
    ).toEqual([]);
  });
});

describe('AGH time cap: 24 months within 5 years, 36 with a recorded reason', () => {
  const empty = store([], []);
  test('refuses 25 months for a new person', () => {
    const v = enrolViolations(empty, {
      person: person('p1'),
      assignment: assignment('p1', 'holz', '2026-01-01', '2028-01-31'),
    });
    expect(v.map((x) => x.rule)).toEqual(['agh-cap']);
  });
  test('accepts 24 months (two calendar years)', () => {
    expect(
      enrolViolations(empty, {
        person: person('p1'),
        assignment: assignment('p1', 'holz', '2026-01-01', '2027-12-31'),
      }),
    ).toEqual([]);
  });
  test('earlier AGH periods elsewhere count', () => {
    const p = person('p1', { priorPeriods: [{ from: '2024-01-01', to: '2024-12-31', provider: 'Diakonie' }] });
    expect(
      enrolViolations(empty, { person: p, assignment: assignment('p1', 'holz', '2026-01-01', '2026-12-31') }),
    ).toEqual([]);
    expect(
      enrolViolations(empty, { person: p, assignment: assignment('p1', 'holz', '2026-01-01', '2027-03-31') })[0]!.rule,
    ).toBe('agh-cap');
  });
  test('periods before 1 April 2012 do not count', () => {
    const p = person('p1', { priorPeriods: [{ from: '2010-01-01', to: '2012-03-31', provider: 'alt' }] });
    expect(
      capViolations(settings, 'p1', p.priorPeriods, [assignment('p1', 'holz', '2012-04-01', '2014-03-31')]),
    ).toEqual([]);
  });
  test('a new 5-year frame starts at the first entry after the old frame', () => {
    const a1 = assignment('p1', 'holz', '2015-01-01', '2016-12-31');
    const a2 = assignment('p1', 'holz', '2020-01-01', '2021-12-31');
    expect(capViolations(settings, 'p1', [], [a1, a2])).toEqual([]);
  });
  test('up to 36 months with a recorded Jobcenter decision, never more', () => {
    const ok = assignment('p1', 'holz', '2026-01-01', '2028-12-31', {
      capDecision: { text: 'JC decision', decided: '2027-11-02' },
    });
    expect(capViolations(settings, 'p1', [], [ok])).toEqual([]);
    const tooLong = assignment('p1', 'holz', '2026-01-01', '2029-01-01', {
      capDecision: { text: 'JC decision', decided: '2027-11-02' },
    });
    expect(sayViolation(capViolations(settings, 'p1', [], [tooLong])[0]!)).toContain('at most 36 months');
  });
  test('reports the time used so far and planned', () => {
    const use = capUse(settings, [], [assignment('p1', 'holz', '2026-01-01', '2026-12-31')], '2026-06-01');
    expect(use).toMatchObject({
      usedDays: 152,
      plannedDays: 365,
      usedSoFar: { months: 5, days: 1 },
      planned: { months: 12, days: 0 },
      limitMonths: 24,
    });
  });
});

describe('weekly hours and coherent dates', () => {
  test('weekly hours within the configured bounds', () => {
    expect(weeklyHoursViolations(settings, 14, ['p1'])).toHaveLength(1);
    expect(weeklyHoursViolations(settings, 31, ['p1'])).toHaveLength(1);
    expect(weeklyHoursViolations(settings, 15, ['p1'])).toEqual([]);
    expect(weeklyHoursViolations(settings, 30, ['p1'])).toEqual([]);
  });
  test('refuses an assignment that ends before it starts', () => {
    const v = enrolViolations(store([], []), {
      person: person('p1'),
      assignment: assignment('p1', 'holz', '2026-06-01', '2026-05-31'),
    });
    expect(v[0]!.rule).toBe('assignment-dates');
  });
  test('exit within the assignment, with a known reason, never twice', () => {
    const a = assignment('p1', 'holz', '2026-01-01', '2026-12-31');
    expect(exitViolations(person('p1'), a, '2027-01-05', 'job', '')[0]!.rule).toBe('exit-date');
    expect(exitViolations(person('p1'), a, '2026-05-05', 'lottery', '')[0]!.rule).toBe('exit-reason');
    expect(sayViolation(exitViolations(person('p1'), a, '2026-05-05', 'other', '')[0]!)).toContain('needs a text');
    expect(exitViolations(person('p1'), a, '2026-05-05', 'job', '')).toEqual([]);
    const gone = { ...a, exit: { date: '2026-05-05', reason: 'job', text: '' } };
    expect(exitViolations(person('p1'), gone, '2026-05-06', 'job', '')[0]!.rule).toBe('exit-final');
  });
  test('an extension must end later and respect the cap and seats', () => {
    const a = assignment('p1', 'holz', '2026-01-01', '2026-12-31');
    const s = store([person('p1')], [a]);
    expect(extendViolations(s, person('p1'), a, { ...a, until: '2026-12-01' })[0]!.rule).toBe('extend-dates');
    expect(extendViolations(s, person('p1'), a, { ...a, until: '2028-06-30' })[0]!.rule).toBe('agh-cap');
    expect(extendViolations(s, person('p1'), a, { ...a, until: '2027-06-30' })).toEqual([]);
  });
  test('a move needs a free seat in the new area', () => {
    const a = assignment('p1', 'holz', '2026-01-01', '2026-12-31');
    const b = assignment('p2', 'kueche', '2026-01-01', '2026-12-31');
    const s = store([person('p1'), person('p2')], [a, b]);
    expect(moveViolations(s, person('p1'), a, 'kueche', '2026-06-01')[0]!.rule).toBe('capacity');
    expect(moveViolations(s, person('p1'), a, 'gestaltung', '2026-06-01')[0]!.rule).toBe('capacity');
    const roomy = {
      ...s,
      settings: {
        ...settings,
        seats: [{ from: '2006-01-01', total: 3, areas: { holz: 2, kueche: 1, gestaltung: 1 } }],
      },
    };
    expect(moveViolations(roomy, person('p1'), a, 'gestaltung', '2026-06-01')).toEqual([]);
    expect(moveViolations(roomy, person('p1'), a, 'gestaltung', '2027-06-01')[0]!.rule).toBe('move-date');
  });
});

describe('seat summary', () => {
  test('counts seats freeing up within 4 and 8 weeks and the waiting list', () => {
    const s = store(
      [person('p1'), person('p2'), person('p3')],
      [assignment('p1', 'holz', '2026-01-01', '2026-12-10'), assignment('p2', 'kueche', '2026-01-01', '2027-01-10')],
    );
    const sum = seatSummary(s, '2026-11-25');
    expect(sum).toMatchObject({
      capacity: 3,
      occupied: 2,
      free: 1,
      freeingIn4Weeks: 1,
      freeingIn8Weeks: 2,
      waitlist: 1,
    });
    expect(sum.waiting.map((w) => w.id)).toEqual(['p3']);
    expect(sum.areas.find((a) => a.area === 'holz')).toMatchObject({ capacity: 2, occupied: 1, free: 1 });
  });
});

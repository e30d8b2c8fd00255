import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { sayViolation } from '../../src/i18n/active.js';
import {
  batchViolations,
  bookingViolations,
  isoWeekSpan,
  plannedDailyMinutes,
  storeBookingViolations,
  type BookingRules,
} from '../../src/model/booking.js';
import type { Assignment, Booking, MainData } from '../../src/model/types.js';
import { emptyStore } from '../../src/store/defaults.js';

function assignment(over: Partial<Assignment> = {}): Assignment {
  return {
    id: 'a001',
    personId: 'p001',
    start: '2026-01-05',
    until: '2026-12-31',
    hoursPerWeek: 20,
    areas: [{ from: over.start ?? '2026-01-05', area: 'holz' }],
    jobcenterRef: '',
    integrationOfficer: '',
    socialWorker: '',
    extensions: [],
    exit: null,
    capExtensionReason: '',
    ...over,
  };
}

function worked(date: string, minutes: number, participantId = 'p001', forced = false): Booking {
  return { participantId, date, minutes, absence: null, forced };
}

function absent(date: string, code: Booking['absence'], participantId = 'p001'): Booking {
  return { participantId, date, minutes: 0, absence: code, forced: false };
}

function rulesWith(assignments: Assignment[] = [assignment()], today = '2026-11-25'): BookingRules {
  const main = emptyStore();
  return { settings: main.settings, assignments, today };
}

const rulesOf = (vs: { rule: string }[]) => vs.map((v) => v.rule);

describe('planned daily hours: weekly hours ÷ 5, rounded down to the quarter hour', () => {
  test.each([
    [20, 240],
    [15, 180],
    [30, 360],
    [22, 255],
    [17, 195],
    [19, 225],
    [24, 285],
  ])('%i h a week → %i minutes a day', (h, m) => {
    expect(plannedDailyMinutes(h)).toBe(m);
  });
});

describe('booking period: inside the assignment, never in the future', () => {
  test('accepts a day inside the assignment up to today', () => {
    expect(bookingViolations(worked('2026-11-25', 240), rulesWith(), [])).toEqual([]);
    expect(bookingViolations(worked('2026-01-05', 240), rulesWith(), [])).toEqual([]);
  });
  test('refuses a day before the start', () => {
    const v = bookingViolations(worked('2026-01-02', 240), rulesWith(), []);
    expect(rulesOf(v)).toEqual(['booking-period']);
    expect(sayViolation(v[0]!)).toMatch(/no assignment on 2026-01-02/);
  });
  test('refuses a day after the exit, accepts the exit day', () => {
    const exited = assignment({ exit: { date: '2026-06-30', reason: 'job', text: '' } });
    expect(rulesOf(bookingViolations(worked('2026-07-01', 240), rulesWith([exited]), []))).toEqual(['booking-period']);
    expect(bookingViolations(worked('2026-06-30', 240), rulesWith([exited]), [])).toEqual([]);
  });
  test('refuses a day after the end of the assignment', () => {
    const ended = assignment({ until: '2026-03-31' });
    expect(rulesOf(bookingViolations(worked('2026-04-01', 240), rulesWith([ended]), []))).toEqual(['booking-period']);
  });
  test('refuses tomorrow, absences included', () => {
    expect(rulesOf(bookingViolations(worked('2026-11-26', 240), rulesWith(), []))).toEqual(['booking-future']);
    expect(rulesOf(bookingViolations(absent('2026-11-26', 'holiday'), rulesWith(), []))).toEqual(['booking-future']);
  });
  test('refuses a person who was never enrolled', () => {
    expect(rulesOf(bookingViolations(worked('2026-11-25', 240, 'p009'), rulesWith(), []))).toEqual(['booking-period']);
  });
});

describe('daily maximum (8 h)', () => {
  test('accepts 8 h, refuses 8:15', () => {
    const rules = rulesWith([assignment({ hoursPerWeek: 30 })]);
    expect(bookingViolations(worked('2026-11-24', 480), rules, [])).toEqual([]);
    expect(rulesOf(bookingViolations(worked('2026-11-24', 495), rules, []))).toEqual(['daily-maximum']);
  });
});

describe('weekly hours per ISO week', () => {
  const week = [
    worked('2026-11-16', 240),
    worked('2026-11-17', 240),
    worked('2026-11-18', 240),
    worked('2026-11-19', 240),
  ];
  test('accepts the fifth day that fills the 20 h exactly', () => {
    expect(bookingViolations(worked('2026-11-20', 240), rulesWith(), week)).toEqual([]);
  });
  test('refuses 15 minutes more than the weekly hours', () => {
    const v = bookingViolations(worked('2026-11-20', 255), rulesWith(), week);
    expect(rulesOf(v)).toEqual(['weekly-hours']);
    expect(sayViolation(v[0]!)).toMatch(/20\.25 h in the week 2026-11-16–2026-11-22/);
  });
  test('absences do not count as worked hours', () => {
    const withSick = [...week.slice(0, 3), absent('2026-11-19', 'sick')];
    expect(bookingViolations(worked('2026-11-20', 480), rulesWith(), withSick)).toEqual([]);
  });
  test('another week does not count', () => {
    expect(bookingViolations(worked('2026-11-23', 480), rulesWith(), week)).toEqual([]);
  });
  test('other people do not count', () => {
    const others = week.map((b) => ({ ...b, participantId: 'p002' }));
    expect(bookingViolations(worked('2026-11-20', 480), rulesWith(), [...others, worked('2026-11-16', 480)])).toEqual(
      [],
    );
  });
  test('a week that spans two calendar years counts the bookings of both years', () => {
    // ISO week 2026-W53 runs from Monday 28.12.2026 to Sunday 03.01.2027
    expect(isoWeekSpan('2027-01-01')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    const a = assignment({ start: '2026-06-01', until: '2027-06-30', hoursPerWeek: 15 });
    const old = [worked('2026-12-28', 360), worked('2026-12-29', 360)];
    const rules = rulesWith([a], '2027-01-10');
    const v = bookingViolations(worked('2026-12-30', 240), rules, old);
    expect(rulesOf(v)).toEqual(['weekly-hours']);
    // 2027-01-01 is Neujahr; Friday the 1st needs --force, and the week is already at 12 h
    expect(rulesOf(bookingViolations({ ...worked('2027-01-01', 240), forced: true }, rules, old))).toEqual([
      'weekly-hours',
    ]);
    expect(bookingViolations({ ...worked('2027-01-01', 180), forced: true }, rules, old)).toEqual([]);
  });
  test('replacing a day leaves the day itself out of the sum', () => {
    const full = [...week, worked('2026-11-20', 240)];
    expect(bookingViolations(worked('2026-11-20', 180), rulesWith(), full, true)).toEqual([]);
    expect(rulesOf(bookingViolations(worked('2026-11-20', 255), rulesWith(), full, true))).toEqual(['weekly-hours']);
  });
});

describe('working days: Monday to Friday, no NRW holiday, no closing day — else --force', () => {
  const rules = rulesWith([assignment({ hoursPerWeek: 30 })]);
  test('accepts a Tuesday', () => {
    expect(bookingViolations(worked('2026-11-24', 240), rules, [])).toEqual([]);
  });
  test.each([
    ['2026-11-21', /Saturday/],
    ['2026-11-22', /Sunday/],
    ['2026-04-03', /Karfreitag/],
    ['2026-06-04', /Fronleichnam/],
    ['2026-11-02', /^$/],
  ])('refuses worked hours on %s without --force', (date, why) => {
    const v = bookingViolations(worked(date, 240), rules, []);
    if (date === '2026-11-02') {
      expect(v).toEqual([]);
      return;
    } // Monday after Allerheiligen is a working day
    expect(rulesOf(v)).toEqual(['working-day']);
    expect(sayViolation(v[0]!)).toMatch(why);
    expect(sayViolation(v[0]!)).toMatch(/--force/);
  });
  test('accepts worked hours on a Sunday when forced', () => {
    expect(bookingViolations(worked('2026-11-22', 240, 'p001', true), rules, [])).toEqual([]);
  });
  test("refuses a provider's closing day, accepts it when forced", () => {
    const closed = { ...rules, settings: { ...rules.settings, closingDays: ['2026-11-24'] } };
    expect(rulesOf(bookingViolations(worked('2026-11-24', 240), closed, []))).toEqual(['working-day']);
    expect(bookingViolations(worked('2026-11-24', 240, 'p001', true), closed, [])).toEqual([]);
  });
  test('absences may fall on any day of the assignment', () => {
    expect(bookingViolations(absent('2026-11-22', 'sick-certified'), rules, [])).toEqual([]);
  });
});

describe('one booking per person and day', () => {
  const stored = [worked('2026-11-24', 240)];
  test('refuses a second booking for the same day, naming --replace', () => {
    const v = bookingViolations(absent('2026-11-24', 'sick'), rulesWith(), stored);
    expect(rulesOf(v)).toEqual(['booking-duplicate']);
    expect(sayViolation(v[0]!)).toMatch(/already booked on 2026-11-24 \(4 h\).*--replace/);
  });
  test('accepts it with replace', () => {
    expect(bookingViolations(absent('2026-11-24', 'sick'), rulesWith(), stored, true)).toEqual([]);
  });
});

describe('the shape of a booking', () => {
  test('refuses hours that are not quarter hours, and empty bookings', () => {
    expect(rulesOf(bookingViolations(worked('2026-11-24', 250), rulesWith(), []))).toContain('quarter-hour');
    expect(rulesOf(bookingViolations(worked('2026-11-24', 0), rulesWith(), []))).toEqual(['booking-shape']);
  });
});

describe('a batch is checked against the store and its own earlier items', () => {
  test('finds a duplicate within the batch and points at the first', () => {
    const r = batchViolations(
      [worked('2026-11-24', 240), worked('2026-11-23', 240), worked('2026-11-24', 180)],
      rulesWith(),
      [],
    );
    expect(r.map((x) => x.violations.length)).toEqual([0, 0, 1]);
    expect(r[2]!.duplicateOf).toBe(0);
  });
  test("counts the batch's other days toward the weekly hours", () => {
    const batch = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'].map((d) => worked(d, 285));
    const r = batchViolations(batch, rulesWith(), []);
    expect(r.map((x) => rulesOf(x.violations))).toEqual([[], [], [], [], ['weekly-hours']]);
  });
  test('counts stored bookings of the week too', () => {
    const r = batchViolations([worked('2026-11-20', 255)], rulesWith(), [
      worked('2026-11-16', 480),
      worked('2026-11-17', 480),
    ]);
    expect(rulesOf(r[0]!.violations)).toEqual(['weekly-hours']);
  });
});

describe('every stored booking, for insat check', () => {
  function mainWith(assignments: Assignment[]): MainData {
    return { ...emptyStore(), assignments };
  }
  test('a clean store has no problems', () => {
    const bookings = [worked('2026-11-23', 240), worked('2026-11-24', 240), absent('2026-11-25', 'sick')];
    expect(storeBookingViolations(mainWith([assignment()]), bookings, '2026-11-25')).toEqual([]);
  });
  test('finds each broken rule', () => {
    const bookings = [
      worked('2026-01-02', 240), // before the start
      worked('2026-11-16', 480),
      worked('2026-11-17', 480),
      worked('2026-11-18', 120), // 18 h … fine so far
      worked('2026-11-18', 120), // a second booking that day → duplicate, and 20 h
      worked('2026-11-19', 540), // above the daily maximum → and 29 h in the week
      worked('2026-11-21', 60), // a Saturday, not forced
      worked('2026-11-30', 60), // in the future
    ];
    const rules = rulesOf(storeBookingViolations(mainWith([assignment()]), bookings, '2026-11-25')).sort();
    expect(rules).toEqual(
      ['booking-duplicate', 'booking-future', 'booking-period', 'daily-maximum', 'weekly-hours', 'working-day'].sort(),
    );
  });
});

// The figures the commands and the PDFs print are computed once, here in the model: the sums of
// absence days (two different figures), of booked minutes, of group places and customers, and the
// small date and hour conversions the reports used to do themselves.
import { describe, expect, test } from '@jest/globals';
import { absentFromWorkDays, bookedAbsenceDays } from '../../src/model/absence-sums.js';
import { absenceLetter, letterTotals } from '../../src/model/absence-letter.js';
import { absenceReport, participantAbsenceDays } from '../../src/model/absences.js';
import {
  noAbsences,
  participantsWhoWorked,
  participantsWithUnbookedDays,
  payStatement,
} from '../../src/model/allowance.js';
import { earliestRunningStart } from '../../src/model/assignment.js';
import { absenceBookingsOf, absencesByCode, participantCount, workedMinutesOf } from '../../src/model/booking-sums.js';
import { spanOf } from '../../src/model/dates.js';
import { hoursOf, minutesOfHours } from '../../src/model/durations.js';
import { occupancyPercent } from '../../src/model/occupancy.js';
import { customerCount, orderCountOf } from '../../src/model/orders.js';
import { attendanceCounts, attendanceRate } from '../../src/model/groups.js';
import type { GroupOffer, Order } from '../../src/model/types.js';
import { percentDe } from '../../src/reports/german.js';
import { rateSpans } from '../../src/model/rate-change.js';
import { storedWeekdayMinutes } from '../../src/model/weekday-pattern.js';
import { minutesThatFitTheWeek } from '../../src/model/weekly-hours.js';
import { groupPlacesOfYear, type WorkStats } from '../../src/model/work-stats.js';
import { absent, enrol, mainData, worked } from '../helpers/main-data.js';

describe('absence days: every booked code, or only the days absent from work', () => {
  const counts = { ...noAbsences(), sick: 2, 'sick-certified': 3, excused: 1, unexcused: 1, holiday: 4, closed: 2 };

  test('the attendance sheet and progress report total counts every code, leave and closing days included', () => {
    expect(bookedAbsenceDays(counts)).toBe(13);
  });

  test('the absence rate counts sickness, excused and unexcused days — leave and closing days are no absence', () => {
    expect(absentFromWorkDays(counts)).toBe(7);
  });

  test('no absences: both are 0', () => {
    expect(bookedAbsenceDays(noAbsences())).toBe(0);
    expect(absentFromWorkDays(noAbsences())).toBe(0);
  });
});

describe('the monthly absence report and its letter sum the same days', () => {
  const main = mainData();
  enrol(main, 'p001', 'holz', '2026-09-01', '2027-08-31');
  enrol(main, 'p002', 'kueche', '2026-09-01', '2027-08-31');
  const bookings = [
    absent('p001', '2026-11-03', 'sick-certified'),
    absent('p001', '2026-11-04', 'sick-certified'),
    absent('p001', '2026-11-12', 'unexcused'),
    absent('p001', '2026-11-13', 'closed'),
    absent('p002', '2026-11-16', 'sick'),
    absent('p002', '2026-11-20', 'holiday'),
    absent('p002', '2026-11-25', 'excused'),
    absent('p002', '2026-11-13', 'closed'),
    worked('p002', '2026-11-02', 240),
  ];
  const report = absenceReport(main, '2026-11', bookings);

  test("the participants' absence days leave the closing days out", () => {
    expect(participantAbsenceDays(report)).toBe(6);
    expect(report.totals.closed).toBe(2);
  });

  test("the letter's totals are its lines summed, and the report's totals by category", () => {
    const letter = absenceLetter(main, report, 'list');
    const lines = letter.sections.flatMap((s) => s.lines);
    expect(letterTotals(lines)).toEqual({
      'certified-sick': 2,
      'sick-no-certificate': 1,
      excused: 1,
      unexcused: 1,
      leave: 1,
    });
    expect(letter.totals).toEqual(letterTotals(lines));
    expect(letter.totals['certified-sick']).toBe(report.totals['sick-certified']);
    expect(letter.totals.leave).toBe(report.totals.holiday);
  });

  test('per officer, each section sums its own lines', () => {
    const mine = mainData();
    enrol(mine, 'p001', 'holz', '2026-09-01', '2027-08-31').integrationOfficer = 'Herr Öztürk';
    enrol(mine, 'p002', 'kueche', '2026-09-01', '2027-08-31').integrationOfficer = 'Frau Brandt';
    const letter = absenceLetter(mine, absenceReport(mine, '2026-11', bookings), 'per-officer');
    const bySection = Object.fromEntries(letter.sections.map((s) => [s.officer, letterTotals(s.lines)]));
    expect(bySection['Herr Öztürk']).toMatchObject({ 'certified-sick': 2, unexcused: 1, leave: 0 });
    expect(bySection['Frau Brandt']).toMatchObject({ 'sick-no-certificate': 1, excused: 1, leave: 1 });
  });
});

describe('sums over bookings (hours list, import, roster)', () => {
  const bookings = [
    worked('p001', '2026-11-02', 240),
    worked('p001', '2026-11-03', 390),
    absent('p001', '2026-11-04', 'sick'),
    absent('p002', '2026-11-04', 'sick'),
    absent('p002', '2026-11-05', 'closed'),
  ];

  test('minutes worked: an absence books none', () => {
    expect(workedMinutesOf(bookings)).toBe(630);
    expect(workedMinutesOf([])).toBe(0);
  });

  test('absence bookings, all together and by code', () => {
    expect(absenceBookingsOf(bookings)).toBe(3);
    expect(absencesByCode(bookings)).toEqual({ ...noAbsences(), sick: 2, closed: 1 });
  });

  test('the participants they are of, each counted once', () => {
    expect(participantCount(bookings)).toBe(2);
    expect(participantCount([])).toBe(0);
  });
});

describe("a roster booking over the week's limit: what still fits", () => {
  const a = enrol(mainData(), 'p001', 'holz', '2026-09-01', '2027-08-31', { hoursPerWeek: 20 });

  test('what is left of the week, down to whole quarter hours', () => {
    expect(minutesThatFitTheWeek(a, '2026-11-06', 16 * 60 + 10, 300)).toBe(225);
  });

  test('never more than the minutes wanted, never less than nothing', () => {
    expect(minutesThatFitTheWeek(a, '2026-11-06', 8 * 60, 240)).toBe(240);
    expect(minutesThatFitTheWeek(a, '2026-11-06', 21 * 60, 240)).toBe(0);
  });
});

describe("the pay statement's people", () => {
  test('who worked in the month, and who has working days nobody booked', () => {
    const main = mainData();
    enrol(main, 'p001', 'holz', '2026-09-01', '2027-08-31');
    enrol(main, 'p002', 'holz', '2026-09-01', '2027-08-31');
    enrol(main, 'p003', 'holz', '2026-09-01', '2027-08-31');
    const bookings = [worked('p001', '2026-11-02', 240), absent('p002', '2026-11-02', 'sick')];
    const st = payStatement(main, '2026-11', bookings, undefined, '2026-11-03');
    expect(participantsWhoWorked(st)).toBe(1);
    // p003 booked nothing on Monday 2 November; p001 and p002 did
    expect(participantsWithUnbookedDays(st)).toBe(1);
  });
});

describe('group places and customers', () => {
  test("an offer's recorded places: present and absent; the rate counts the same places", () => {
    const attendance = [
      { participantId: 'p001', absence: null },
      { participantId: 'p002', absence: 'sick' as const },
      { participantId: 'p003', absence: null },
    ];
    expect(attendanceCounts(attendance)).toEqual({ present: 2, absent: 1 });
    expect(attendanceRate([{ attendance } as GroupOffer, { attendance: null } as GroupOffer])).toMatchObject({
      present: 2,
      recorded: 3,
    });
  });

  test("a customer's orders, whatever their status", () => {
    const orders = [
      { customerId: 'k001', status: 'delivered' },
      { customerId: 'k001', status: 'cancelled' },
      { customerId: 'k002', status: 'open' },
    ] as Order[];
    expect(orderCountOf(orders, 'k001')).toBe(2);
    expect(orderCountOf(orders, 'k003')).toBe(0);
  });

  test("the year's places are the months' summed", () => {
    const month = (m: number, present: number, recorded: number) => ({
      month: `2026-${String(m).padStart(2, '0')}`,
      offers: recorded > 0 ? 1 : 0,
      present,
      recorded,
    });
    const w = { groupOffersByMonth: [month(1, 3, 4), month(2, 0, 0), month(3, 5, 6)] } as WorkStats;
    expect(groupPlacesOfYear(w)).toEqual({ present: 8, recorded: 10 });
  });

  test("an area's customers are counted over its customer types", () => {
    const w = {
      orders: 5,
      byType: [
        { type: 'Kommune', customers: ['Bezirksamt', 'Stadtbibliothek'], orders: 3 },
        { type: 'Verein', customers: ['Tafel e. V.'], orders: 2 },
      ],
    };
    expect(customerCount(w)).toBe(3);
    expect(customerCount({ orders: 0, byType: [] })).toBe(0);
  });
});

describe("a month's occupancy in percent, as the application's chart draws it", () => {
  test('to one decimal, rounded half up — the number the text prints', () => {
    expect(occupancyPercent({ occupiedSeatDays: 2, capacitySeatDays: 3 })).toBe(66.7);
    expect(occupancyPercent({ occupiedSeatDays: 1, capacitySeatDays: 2000 })).toBe(0.1);
    expect(percentDe(2, 3)).toBe('66,7 %');
  });

  test('no capacity: 0, never NaN', () => {
    expect(occupancyPercent({ occupiedSeatDays: 0, capacitySeatDays: 0 })).toBe(0);
  });
});

describe('periods and first days', () => {
  test('the span of periods runs from the earliest start to the latest end', () => {
    expect(
      spanOf([
        { from: '2026-03-01', to: '2026-05-31' },
        { from: '2026-01-15', to: '2026-04-30' },
        { from: '2026-04-01', to: '2026-06-30' },
      ]),
    ).toEqual({ from: '2026-01-15', to: '2026-06-30' });
  });

  test('the assignments still running reach back to the earliest start; ended ones do not count', () => {
    const main = mainData();
    enrol(main, 'p001', 'holz', '2025-01-06', '2025-12-31');
    enrol(main, 'p002', 'holz', '2026-02-02', '2027-01-31');
    enrol(main, 'p003', 'holz', '2026-05-04', '2027-04-30');
    expect(earliestRunningStart(main.assignments, '2026-06-15')).toBe('2026-02-02');
    expect(earliestRunningStart(main.assignments, '2027-03-01')).toBe('2026-05-04');
    expect(earliestRunningStart([], '2026-06-15')).toBe('2026-06-15');
  });
});

describe('the rate history as config rate list prints it', () => {
  test('a rate holds until the day before the next begins; the last one has no end', () => {
    expect(
      rateSpans([
        { from: '2020-01-01', centsPerHour: 150 },
        { from: '2025-03-01', centsPerHour: 200 },
      ]),
    ).toEqual([
      { from: '2020-01-01', to: '2025-02-28', centsPerHour: 150 },
      { from: '2025-03-01', to: null, centsPerHour: 200 },
    ]);
  });
});

describe('the week an enrolment stores', () => {
  test('Monday to Friday evenly stores nothing (as older stores); other days split the hours in quarter hours', () => {
    expect(storedWeekdayMinutes(null, 20)).toEqual({});
    expect(storedWeekdayMinutes({ kind: 'days', days: [1, 2, 3, 4, 5] }, 20)).toEqual({});
    expect(storedWeekdayMinutes({ kind: 'days', days: [1, 2, 4] }, 20)).toEqual({
      weekdayMinutes: [390, 390, 0, 390, 0],
    });
  });

  test('minutes per weekday are stored as given', () => {
    const minutes = [480, 480, 240, 0, 0];
    expect(storedWeekdayMinutes({ kind: 'pattern', minutes }, 20)).toEqual({ weekdayMinutes: minutes });
  });
});

describe('hours on a chart scale', () => {
  test('minutes as hours and back', () => {
    expect(hoursOf(390)).toBe(6.5);
    expect(minutesOfHours(6.5)).toBe(390);
    expect(minutesOfHours(hoursOf(2897 * 60 + 45))).toBe(2897 * 60 + 45);
  });
});

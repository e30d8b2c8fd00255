import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { say } from '../../src/i18n/active.js';
import { absenceReport, leaveBalance, reportBookingsFrom, sickSpells, spellDays } from '../../src/model/absences.js';
import type { AbsenceCode, Assignment, Booking, MainData } from '../../src/model/types.js';
import { emptyStore } from '../../src/store/defaults.js';

function assignment(id: string, personId: string, start: string, until = '2027-12-31'): Assignment {
  return {
    id,
    personId,
    start,
    until,
    hoursPerWeek: 20,
    areas: [{ from: start, area: 'gestaltung' }],
    jobcenterRef: '',
    integrationOfficer: '',
    socialWorker: '',
    extensions: [],
    exit: null,
    capExtensionReason: '',
  };
}

const off = (date: string, code: AbsenceCode, id = 'p001'): Booking => ({
  participantId: id,
  date,
  minutes: 0,
  absence: code,
  forced: false,
});
const w = (date: string, id = 'p001'): Booking => ({
  participantId: id,
  date,
  minutes: 240,
  absence: null,
  forced: false,
});
const days = (code: AbsenceCode, dates: string[], id = 'p001') => dates.map((d) => off(d, code, id));

function store(assignments: Assignment[] = [assignment('a001', 'p001', '2026-01-05')]): MainData {
  return { ...emptyStore(), assignments };
}

const flagsOf = (main: MainData, bookings: Booking[], month = '2026-11') =>
  absenceReport(main, month, bookings).participants.flatMap((p) => p.flags.map((f) => f.flag));

describe('the monthly absence report lists every participant with a seat, by category', () => {
  test('counts each category and lists the days', () => {
    const main = store([assignment('a001', 'p001', '2026-01-05'), assignment('a002', 'p002', '2026-03-02')]);
    const bookings = [
      ...days('sick-certified', ['2026-11-02', '2026-11-03']),
      off('2026-11-04', 'excused'),
      off('2026-11-05', 'unexcused'),
      off('2026-11-06', 'holiday'),
      off('2026-11-09', 'closed'),
      off('2026-11-10', 'sick'),
      w('2026-11-11'),
      off('2026-10-30', 'unexcused'), // October: not in the report
    ];
    const r = absenceReport(main, '2026-11', bookings);
    expect(r.participants.map((p) => p.id)).toEqual(['p001', 'p002']);
    const p = r.participants[0]!;
    expect(p.absences).toEqual({ sick: 1, 'sick-certified': 2, excused: 1, holiday: 1, unexcused: 1, closed: 1 });
    expect(p.absenceDays).toBe(6); // the closing day is the provider's, counted apart
    expect(p.closingDays).toBe(1);
    expect(p.days.map((d) => d.category)).toEqual([
      'certified-sick',
      'certified-sick',
      'excused',
      'unexcused',
      'leave',
      'closed',
      'sick-no-certificate',
    ]);
    expect(r.participants[1]!.absenceDays).toBe(0);
    expect(r.totals.unexcused).toBe(1);
    expect(r.flagCount).toBe(0);
  });

  test('leaves out people whose seat does not touch the month', () => {
    const main = store([
      assignment('a001', 'p001', '2026-01-05', '2026-10-31'),
      assignment('a002', 'p002', '2026-12-01'),
    ]);
    expect(absenceReport(main, '2026-11', []).participants).toEqual([]);
  });
});

describe('sickness without a certificate beyond the 3rd calendar day is flagged', () => {
  test('three uncertified days are fine', () => {
    expect(flagsOf(store(), days('sick', ['2026-11-02', '2026-11-03', '2026-11-04']))).toEqual([]);
  });
  test('a 4th calendar day without a certificate is flagged, with the day the certificate was due', () => {
    const r = absenceReport(store(), '2026-11', days('sick', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']));
    const f = r.participants[0]!.flags;
    expect(f.map((x) => x.flag)).toEqual(['sick-without-certificate']);
    expect(f[0]!.dates).toEqual(['2026-11-05']);
    expect(say(f[0]!.message)).toMatch(/due by 2026-11-04/);
  });
  test('the weekend counts: sick Thursday, Friday and Monday is calendar day 5', () => {
    // Thu 05.11., Fri 06.11., (Sat, Sun), Mon 09.11.
    const sick = days('sick', ['2026-11-05', '2026-11-06', '2026-11-09']);
    expect(sickSpells(sick, []).map(spellDays)).toEqual([5]);
    expect(flagsOf(store(), sick)).toEqual(['sick-without-certificate']);
  });
  test('a certificate from the 3rd day on clears the flag', () => {
    const b = [
      ...days('sick', ['2026-11-02', '2026-11-03']),
      ...days('sick-certified', ['2026-11-04', '2026-11-05', '2026-11-06']),
    ];
    expect(flagsOf(store(), b)).toEqual([]);
  });
  test('a worked day ends a spell', () => {
    const b = [
      ...days('sick', ['2026-11-02', '2026-11-03']),
      w('2026-11-04'),
      ...days('sick', ['2026-11-05', '2026-11-06']),
    ];
    expect(sickSpells(b, []).map(spellDays)).toEqual([2, 2]);
    expect(flagsOf(store(), b)).toEqual([]);
  });
});

describe('more than 14 calendar days of sickness in a row are flagged', () => {
  const weekdays = (from: number, to: number, month = '11') =>
    Array.from({ length: to - from + 1 }, (_, i) => `2026-${month}-${String(from + i).padStart(2, '0')}`).filter(
      (d) => ![0, 6].includes(new Date(`${d}T12:00:00Z`).getUTCDay()),
    );
  test('14 calendar days are not flagged', () => {
    // Mon 02.11. to Fri 13.11. (12 days) plus Sunday 15.11. booked: 14 calendar days
    expect(flagsOf(store(), [...days('sick-certified', weekdays(2, 13)), off('2026-11-15', 'sick-certified')])).toEqual(
      [],
    );
  });
  test('15 calendar days are flagged', () => {
    // Mon 02.11. to Mon 16.11.
    const r = absenceReport(store(), '2026-11', days('sick-certified', weekdays(2, 16)));
    expect(r.participants[0]!.flags.map((f) => f.flag)).toEqual(['long-sickness']);
    expect(say(r.participants[0]!.flags[0]!.message)).toMatch(/15 calendar days in a row \(2026-11-02–2026-11-16\)/);
  });
  test('a spell that began in the previous month counts its earlier days', () => {
    // Mon 26.10. to Tue 10.11.: 16 calendar days, 6 of them in November
    const b = days('sick-certified', [...weekdays(26, 30, '10'), ...weekdays(2, 10)]);
    expect(flagsOf(store(), b)).toEqual(['long-sickness']);
    // the October report only knows October: 26.–30.10. are 5 days
    expect(flagsOf(store(), b, '2026-10')).toEqual([]);
  });
  test('public holidays bridge a spell like weekends do', () => {
    // Thu 24.12., (Fri 25.12., Sat 26.12. holidays, Sun 27.12.), Mon 28.12.
    expect(sickSpells(days('sick-certified', ['2026-12-24', '2026-12-28']), []).map(spellDays)).toEqual([5]);
  });
  test('the report needs bookings from the earliest start of an assignment in the month', () => {
    expect(reportBookingsFrom(store(), '2026-11')).toBe('2026-01-05');
    expect(reportBookingsFrom(store([assignment('a001', 'p001', '2026-11-16')]), '2026-11')).toBe('2026-11-01');
  });
});

describe('leave: 2 days per full month of participation, only earned leave can be taken', () => {
  const main = store([assignment('a001', 'p001', '2026-09-01')]);
  test('the balance counts full months up to the day', () => {
    const a = main.assignments[0]!;
    expect(leaveBalance(main.settings, a, [], '2026-09-30')).toEqual({
      on: '2026-09-30',
      earned: 2,
      taken: 0,
      left: 2,
    });
    expect(leaveBalance(main.settings, a, [], '2026-09-29').earned).toBe(0);
    expect(leaveBalance(main.settings, a, days('holiday', ['2026-10-05', '2026-10-06']), '2026-11-30')).toEqual({
      on: '2026-11-30',
      earned: 6,
      taken: 2,
      left: 4,
    });
  });
  test('leave within what was earned is not flagged', () => {
    // by Friday 06.11.: 2 full months (Sep, Oct) = 4 days earned
    expect(flagsOf(main, days('holiday', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']))).toEqual([]);
  });
  test('the 5th day in early November is beyond what was earned', () => {
    const r = absenceReport(
      main,
      '2026-11',
      days('holiday', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06']),
    );
    const p = r.participants[0]!;
    expect(p.flags.map((f) => [f.flag, f.dates])).toEqual([['leave-beyond-earned', ['2026-11-06']]]);
    expect(say(p.flags[0]!.message)).toMatch(/5 taken, 4 earned by 2026-11-06/);
    // by the end of November a third month is complete
    expect(p.leave).toEqual({ on: '2026-11-30', earned: 6, taken: 5, left: 1 });
  });
  test('the earned days follow the setting', () => {
    const three = { ...main, settings: { ...main.settings, leaveDaysPerFullMonth: 3 } };
    expect(
      flagsOf(three, days('holiday', ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'])),
    ).toEqual([]);
  });
});

// The data behind the PDF documents: attendance per day and month, the progress report with its
// privacy filter, the attendance sheets, and the application's cost plan.
import { describe, expect, test } from '@jest/globals';
import { attendanceDays, attendanceSheets, summarizeAttendance } from '../../src/model/attendance.js';
import { applicationGaps, costPlan } from '../../src/model/cost-plan.js';
import { notesForJobcenter } from '../../src/model/plan.js';
import { defaultKind, defaultPeriod, exitReasonForJobcenter, progressReport } from '../../src/model/progress.js';
import type { Goal, MainData, Note } from '../../src/model/types.js';
import { formatEuroDe } from '../../src/model/money.js';
import { formatHoursDe } from '../../src/model/durations.js';
import { oneDecimalDe, intDe, monthDe, monthsOfDaysDe, percentDe } from '../../src/reports/german.js';
import { absent, enrol, mainData, person, worked } from '../helpers/main-data.js';

// November 2026: the 1st (Allerheiligen) is a Sunday, so Mon 2 – Mon 30 has 21 working days.
const NOV = { from: '2026-11-01', to: '2026-11-30' };

function novemberStore(): { data: MainData; bookings: ReturnType<typeof worked>[] } {
  const data = mainData();
  enrol(data, 'p1', 'holz', '2026-06-01', '2027-05-31', { hoursPerWeek: 20 }); // 4 h a day
  const bookings = [
    worked('p1', '2026-11-02', 240),
    worked('p1', '2026-11-03', 210),
    worked('p1', '2026-11-04', 240),
    absent('p1', '2026-11-05', 'sick-certified'),
    absent('p1', '2026-11-06', 'sick-certified'),
    absent('p1', '2026-11-17', 'unexcused'),
    absent('p1', '2026-11-18', 'holiday'),
    absent('p1', '2026-11-19', 'excused'),
    worked('p1', '2026-11-20', 165),
    worked('p2', '2026-11-20', 480), // somebody else: never counted for p1
  ];
  return { data, bookings };
}

describe('attendance: planned against worked hours, absence days by code', () => {
  test('a full month: 21 working days × 4 h planned, worked minutes summed, absences counted', () => {
    const { data, bookings } = novemberStore();
    const s = summarizeAttendance(attendanceDays('p1', data.assignments, bookings, [], NOV.from, NOV.to));
    expect(s.workingDays).toBe(21);
    expect(s.plannedMinutes).toBe(21 * 240);
    expect(s.workedMinutes).toBe(240 + 210 + 240 + 165);
    expect(s.presentDays).toBe(4);
    expect(s.absenceDays).toEqual({ sick: 0, 'sick-certified': 2, excused: 1, holiday: 1, unexcused: 1, closed: 0 });
    expect(s.unexcusedDates).toEqual(['2026-11-17']);
  });

  test('only days the assignment covers are planned; holidays and closing days are not', () => {
    const data = mainData();
    enrol(data, 'p1', 'kueche', '2026-11-16', '2027-11-15', { hoursPerWeek: 30 }); // 6 h a day from Mon 16 Nov
    const nov = summarizeAttendance(attendanceDays('p1', data.assignments, [], [], NOV.from, NOV.to));
    expect(nov.workingDays).toBe(11); // 16–20, 23–27, 30
    expect(nov.plannedMinutes).toBe(11 * 360);
    // December 2026: 23 weekdays, minus 25 Dec (Fri, 1. Weihnachtstag), minus two closing days
    const dec = attendanceDays('p1', data.assignments, [], ['2026-12-24', '2026-12-31'], '2026-12-01', '2026-12-31');
    expect(summarizeAttendance(dec).workingDays).toBe(20);
    expect(dec.find((d) => d.date === '2026-12-25')).toMatchObject({
      kind: 'holiday',
      holiday: '1. Weihnachtstag',
      plannedMinutes: 0,
    });
    expect(dec.find((d) => d.date === '2026-12-24')).toMatchObject({ kind: 'closing', plannedMinutes: 0 });
    const before = attendanceDays('p1', data.assignments, [], [], '2026-11-13', '2026-11-13')[0]!;
    expect(before.kind).toBe('outside');
  });

  test('hours per month for the chart', () => {
    const { data, bookings } = novemberStore();
    const s = summarizeAttendance(attendanceDays('p1', data.assignments, bookings, [], '2026-10-01', '2026-11-30'));
    expect(s.months).toEqual([
      { month: '2026-10', plannedMinutes: 22 * 240, workedMinutes: 0 }, // October 2026: 22 weekdays, 3 Oct is a Saturday
      { month: '2026-11', plannedMinutes: 21 * 240, workedMinutes: 855 },
    ]);
  });
});

describe('attendance sheets: one per person with a seat in the month', () => {
  test('everybody with a seat on a day of the month, sorted by name; people outside the month are left out', () => {
    const { data, bookings } = novemberStore();
    data.people.find((p) => p.id === 'p1')!.name = 'Zoë Zander';
    enrol(data, 'p3', 'gestaltung', '2026-11-30', '2027-11-29'); // starts on the last day
    data.people.find((p) => p.id === 'p3')!.name = 'Änne Adler';
    enrol(data, 'p4', 'kueche', '2025-01-01', '2026-10-31'); // over before November
    data.staff.push({
      id: 's001',
      name: 'Bernd Kuhlmann',
      role: 'instructor',
      area: 'holz',
      from: '2020-01-01',
      left: null,
    });
    const sheets = attendanceSheets(data, bookings, '2026-11');
    expect(sheets.map((s) => s.person.id)).toEqual(['p3', 'p1']);
    const p1 = sheets[1]!;
    expect(p1.days).toHaveLength(30);
    expect(p1.areas).toEqual(['holz']);
    expect(p1.instructors).toEqual(['Bernd Kuhlmann']);
    expect(p1.summary.workedMinutes).toBe(855);
    expect(attendanceSheets(data, bookings, '2026-11', 'p1').map((s) => s.person.id)).toEqual(['p1']);
    data.people.find((p) => p.id === 'p3')!.purged = true;
    expect(attendanceSheets(data, bookings, '2026-11').map((s) => s.person.id)).toEqual(['p1']);
  });
});

describe('progress report: what the Jobcenter may read (DOMAIN.md, Privacy)', () => {
  function reportStore() {
    const { data, bookings } = novemberStore();
    data.people[0] = person('p1', {
      name: 'Jürgen Größmann',
      addictionStatus: 'substitution',
      address: 'Hustadtring 1',
      phone: '0170 000000',
    });
    const notes: Note[] = [
      {
        id: 'n1',
        personId: 'p1',
        date: '2026-11-10',
        text: 'Arbeitet zuverlässig an der Hobelbank.',
        visibility: 'jobcenter',
        author: 'Frau Kötter',
      },
      {
        id: 'n2',
        personId: 'p1',
        date: '2026-11-11',
        text: 'Rückfall nach Methadon-Umstellung.',
        visibility: 'internal',
        author: 'Frau Kötter',
      },
      {
        id: 'n3',
        personId: 'p1',
        date: '2026-05-01',
        text: 'Vor dem Berichtszeitraum.',
        visibility: 'jobcenter',
        author: '',
      },
      { id: 'n4', personId: 'p9', date: '2026-11-10', text: 'Andere Person.', visibility: 'jobcenter', author: '' },
    ];
    const goals: Goal[] = [
      {
        id: 'g1',
        personId: 'p1',
        text: 'Pünktlich beginnen',
        due: '2027-01-31',
        created: '2026-06-10',
        status: 'achieved',
        reviews: [
          { date: '2026-09-01', status: 'partly', comment: 'meist' },
          { date: '2026-12-01', status: 'achieved', comment: 'ja' },
        ],
      },
      {
        id: 'g2',
        personId: 'p1',
        text: 'Später vereinbart',
        due: null,
        created: '2026-12-05',
        status: 'open',
        reviews: [],
      },
    ];
    data.notes.push(...notes);
    data.goals.push(...goals);
    return { data, bookings };
  }

  test('carries only notes marked jobcenter, within the period, of this person', () => {
    const { data, bookings } = reportStore();
    const r = progressReport(data, data.assignments[0]!, bookings, NOV, '2026-11-30');
    expect(r.notes).toEqual([
      { date: '2026-11-10', text: 'Arbeitet zuverlässig an der Hobelbank.', author: 'Frau Kötter' },
    ]);
    expect(notesForJobcenter(data.notes, 'p1').map((n) => n.id)).toEqual(['n3', 'n1']);
  });

  test('has no addiction status, no contact details and no internal note anywhere in it', () => {
    const { data, bookings } = reportStore();
    const text = JSON.stringify(progressReport(data, data.assignments[0]!, bookings, NOV, '2026-11-30'));
    for (const secret of ['substitution', 'Methadon', 'Rückfall', 'Hustadtring', '0170', 'addiction'])
      expect(text).not.toContain(secret);
    expect(text).toContain('Jürgen Größmann');
  });

  test('a health-related exit reason shows only its group', () => {
    expect(exitReasonForJobcenter('therapy')).toBe('Weitere Förderung');
    expect(exitReasonForJobcenter('long-illness')).toBe('Sonstige');
    expect(exitReasonForJobcenter('job')).toBe('Sozialversicherungspflichtige Beschäftigung');
    const { data, bookings } = reportStore();
    data.assignments[0]!.exit = { date: '2026-11-20', reason: 'therapy', text: 'stationäre Entwöhnung in Klinik X' };
    const r = progressReport(data, data.assignments[0]!, bookings, NOV, '2026-11-30');
    expect(r.assignment.exit).toEqual({ date: '2026-11-20', reason: 'Weitere Förderung' });
    expect(JSON.stringify(r)).not.toContain('Klinik');
  });

  test('goals as they stood at the end of the period; goals agreed later are left out', () => {
    const { data, bookings } = reportStore();
    const r = progressReport(data, data.assignments[0]!, bookings, NOV, '2026-11-30');
    expect(r.goals).toEqual([
      {
        id: 'g1',
        text: 'Pünktlich beginnen',
        created: '2026-06-10',
        due: '2027-01-31',
        status: 'partly',
        lastReview: { date: '2026-09-01', comment: 'meist' },
      },
    ]);
  });

  test('figures and assignment data of the period', () => {
    const { data, bookings } = reportStore();
    const r = progressReport(data, data.assignments[0]!, bookings, NOV, '2026-11-30');
    expect(r.attendance.plannedMinutes).toBe(5040);
    expect(r.attendance.workedMinutes).toBe(855);
    expect(r.assignment).toMatchObject({
      hoursPerWeek: 20,
      plannedMinutesPerDay: 240,
      areas: [{ from: '2026-11-01', area: 'holz' }],
    });
    // AGH time: 1 June to 30 November = 183 days used; the assignment to 31 May 2027 takes 365
    expect(r.assignment.agh).toMatchObject({ usedDays: 183, plannedDays: 365, limitMonths: 24 });
  });

  test('default period and kind: from the start to yesterday (the last day booked in full), final once the assignment is over', () => {
    const { data } = novemberStore();
    const a = data.assignments[0]!;
    expect(defaultPeriod(a, '2026-11-25')).toEqual({ from: '2026-06-01', to: '2026-11-24' });
    expect(defaultKind(a, { from: '2026-06-01', to: '2026-11-24' })).toBe('interim');
    // on its first day, the day itself
    expect(defaultPeriod(a, '2026-06-01')).toEqual({ from: '2026-06-01', to: '2026-06-01' });
    // on its last day, up to the day before; the day after, the whole assignment
    expect(defaultPeriod(a, '2027-05-31')).toEqual({ from: '2026-06-01', to: '2027-05-30' });
    expect(defaultPeriod(a, '2027-06-01')).toEqual({ from: '2026-06-01', to: '2027-05-31' });
    expect(defaultPeriod(a, '2027-08-01')).toEqual({ from: '2026-06-01', to: '2027-05-31' });
    expect(defaultKind(a, { from: '2026-06-01', to: '2027-05-31' })).toBe('final');
  });
});

describe('cost plan: seats × planned hours × the rate valid in the year', () => {
  // 2027: 261 weekdays, 7 of them NRW holidays (1 Jan, 26 and 29 Mar, 6, 17 and 27 May, 1 Nov) = 254 working days.
  test('the default programme: 33 seats, 30 h a week, 24 days of leave, 2.00 € an hour', () => {
    const plan = costPlan(mainData().settings, 2027);
    expect(plan.workingDays).toBe(254);
    expect(plan.leaveDays).toBe(24);
    expect(plan.plannedMinutesPerDay).toBe(360);
    expect(plan.plannedMinutesPerSeat).toBe(230 * 360); // 1,380 h
    expect(plan.allowance.map((l) => [l.area, l.seats, l.cents])).toEqual([
      ['holz', 12, 12 * 1380 * 200],
      ['kueche', 11, 11 * 1380 * 200],
      ['gestaltung', 10, 10 * 1380 * 200],
    ]);
    expect(plan.allowanceCents).toBe(9_108_000);
    expect(plan.totalCents).toBe(9_108_000);
  });

  test('a rate change in the year is applied day by day; the sum is rounded once', () => {
    // 2020: the rate rose from 1.50 € to 2.00 € on 1 March. 2020 has 262 weekdays, 8 of them holidays
    // (1 Jan, 10 and 13 Apr, 1 May, 21 May, 1 and 11 Jun, 25 Dec) = 254; January and February have 22 + 20.
    const s = mainData().settings;
    const plan = costPlan(s, 2020);
    expect(plan.workingDays).toBe(254);
    expect(plan.rates.map((r) => [r.centsPerHour, r.workingDays])).toEqual([
      [150, 42],
      [200, 212],
    ]);
    // holz: 12 seats × 6 h × (42 × 1.50 + 212 × 2.00) × (254 − 24) / 254, in cents, half up
    const exact = (12 * 360 * (42 * 150 + 212 * 200) * 230) / (60 * 254);
    expect(plan.allowance[0]!.cents).toBe(Math.round(exact));
  });

  test('flat rates per seat and month: seat-months of the year; income is subtracted', () => {
    const s = mainData().settings;
    s.flatRatesPerSeatMonth = { material: 5000, erloese: 1000 };
    s.seats.push({ from: '2027-07-01', total: 30, areas: { holz: 10, kueche: 10, gestaltung: 10 } });
    const plan = costPlan(s, 2027, ['erloese']);
    const seatMonths = 6 * 33 + 6 * 30;
    expect(plan.flatRates).toEqual([
      { key: 'erloese', centsPerSeatMonth: 1000, seatMonths, cents: seatMonths * 1000, income: true },
      { key: 'material', centsPerSeatMonth: 5000, seatMonths, cents: seatMonths * 5000, income: false },
    ]);
    expect(plan.totalCents).toBe(plan.allowanceCents + seatMonths * 4000);
    expect(plan.seatPlans.map((p) => p.from)).toEqual(['2006-01-01', '2027-07-01']);
  });

  test('the application lists every setting it lacks, with the command that sets it', () => {
    const s = mainData().settings;
    const keys = applicationGaps(s, 2027).map((g) => g.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        'provider.street',
        'provider.phone',
        'provider.measureNumber',
        'provider.contactPerson',
        'jobcenter.street',
        'staff.instructors.holz',
        'staff.socialWorkers',
      ]),
    );
    expect(keys).not.toContain('provider.name');
    expect(applicationGaps(s, 2027).find((g) => g.key === 'provider.street')!.fix).toMatch(
      /^insat config set provider\.street /,
    );
  });
});

describe('German display formats on the documents', () => {
  test('hours, percent, months, euros', () => {
    expect(formatHoursDe(73_890)).toBe('1.231,5');
    expect(formatHoursDe(1095)).toBe('18,25');
    expect(formatHoursDe(0)).toBe('0');
    expect(percentDe(1095, 14_880)).toBe('7,4 %');
    expect(percentDe(1, 0)).toBe('–');
    expect(percentDe(1529, 2000)).toBe('76,5 %');
    expect(percentDe(12_345, 10)).toBe('123.450,0 %');
    expect(intDe(1_234_567)).toBe('1.234.567');
    expect(intDe(-1234)).toBe('-1.234');
    expect(oneDecimalDe(12.5)).toBe('12,5');
    expect(oneDecimalDe(12)).toBe('12,0');
    expect(monthsOfDaysDe(720)).toBe('24,0'); // 30 days a month (§ 191 BGB), the model's one conversion
    expect(monthsOfDaysDe(185)).toBe('6,2');
    expect(monthDe('2026-03')).toBe('März 2026');
    expect(formatEuroDe(123_450)).toBe('1.234,50 €');
  });
});

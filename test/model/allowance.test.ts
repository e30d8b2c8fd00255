import { describe, expect, test } from '@jest/globals';
import { absenceReport } from '../../src/model/absences.js';
import { payStatement } from '../../src/model/allowance.js';
import type { Assignment, Booking, MainData, Person } from '../../src/model/types.js';
import { emptyStore } from '../../src/store/defaults.js';

function person(id: string, name: string): Person {
  return {
    id,
    name,
    birthDate: '1980-01-01',
    phone: '',
    email: '',
    address: '',
    addictionStatus: 'unknown',
    jobcenterCustomerNo: '',
    referredBy: 'jobcenter',
    contactDate: '2020-01-01',
    infoAppointment: null,
    attended: true,
    decision: null,
    priorPeriods: [],
  };
}

function assignment(id: string, personId: string, start: string, until: string, exit?: string): Assignment {
  return {
    id,
    personId,
    start,
    until,
    hoursPerWeek: 30,
    areas: [{ from: start, area: 'kueche' }],
    jobcenterRef: '',
    integrationOfficer: '',
    socialWorker: '',
    extensions: [],
    exit: exit ? { date: exit, reason: 'job', text: '' } : null,
    capExtensionReason: '',
  };
}

const w = (participantId: string, date: string, minutes: number): Booking => ({
  participantId,
  date,
  minutes,
  absence: null,
  forced: false,
});
const a = (participantId: string, date: string, absence: Booking['absence']): Booking => ({
  participantId,
  date,
  minutes: 0,
  absence,
  forced: false,
});

function store(
  assignments: Assignment[],
  rates = [
    { from: '2006-01-01', centsPerHour: 150 },
    { from: '2020-03-01', centsPerHour: 200 },
  ],
): MainData {
  const main = emptyStore();
  main.settings.rates = rates;
  main.people = [person('p001', 'Anna Arndt'), person('p002', 'Bernd Bauer'), person('p003', 'Cem Çelik')];
  main.assignments = assignments;
  return main;
}

describe('the monthly statement: hours worked × the rate valid on each day, rounded once', () => {
  test('a rate change in the middle of the month splits the hours, and the sum is rounded once per person', () => {
    // 1.50 €/h until 15.11.2026, 1.75 €/h from 16.11.2026
    const main = store(
      [assignment('a001', 'p001', '2026-01-05', '2026-12-31')],
      [
        { from: '2006-01-01', centsPerHour: 150 },
        { from: '2026-11-16', centsPerHour: 175 },
      ],
    );
    const bookings = [
      w('p001', '2026-11-02', 375),
      w('p001', '2026-11-03', 285),
      w('p001', '2026-11-16', 315),
      w('p001', '2026-11-17', 195),
    ];
    // by hand: 6,25 h × 1,50 = 9,375 €; 4,75 h × 1,50 = 7,125 €; 5,25 h × 1,75 = 9,1875 €; 3,25 h × 1,75 = 5,6875 €
    //          sum 31,375 € → 31,38 € (rounding each day would give 9,38 + 7,13 + 9,19 + 5,69 = 31,39 €)
    const s = payStatement(main, '2026-11', bookings);
    const p = s.participants[0]!;
    expect(p.workedMinutes).toBe(1170);
    expect(p.amountCents).toBe(3138);
    expect(p.rates).toEqual([
      { rateFrom: '2006-01-01', centsPerHour: 150, from: '2026-11-02', to: '2026-11-03', workedMinutes: 660 },
      { rateFrom: '2026-11-16', centsPerHour: 175, from: '2026-11-16', to: '2026-11-17', workedMinutes: 510 },
    ]);
    expect(s.totalCents).toBe(3138);
  });

  test('half a cent rounds up, less than half rounds down', () => {
    const main = store(
      [assignment('a001', 'p001', '2026-01-05', '2026-12-31'), assignment('a002', 'p002', '2026-01-05', '2026-12-31')],
      [{ from: '2006-01-01', centsPerHour: 150 }],
    );
    // p001: 0,25 h × 1,50 = 0,375 € → 0,38 €; p002: 1,25 h × 1,50 = 1,875 € → 1,88 €; total 2,26 €
    const s = payStatement(main, '2026-11', [w('p001', '2026-11-02', 15), w('p002', '2026-11-02', 75)]);
    expect(s.participants.map((p) => p.amountCents)).toEqual([38, 188]);
    expect(s.totalCents).toBe(226);
    const odd = store(
      [assignment('a001', 'p001', '2026-01-05', '2026-12-31')],
      [{ from: '2006-01-01', centsPerHour: 155 }],
    );
    // 0,25 h × 1,55 = 0,3875 € → 0,39 €;  0,75 h × 1,55 = 1,1625 € → 1,16 €
    expect(payStatement(odd, '2026-11', [w('p001', '2026-11-02', 15)]).totalCents).toBe(39);
    expect(payStatement(odd, '2026-11', [w('p001', '2026-11-02', 45)]).totalCents).toBe(116);
  });

  test('a mid-month entry and a mid-month exit: each person is paid for their own days', () => {
    const main = store([
      assignment('a001', 'p001', '2026-11-16', '2027-11-15'), // enters on Monday 16.11.
      assignment('a002', 'p002', '2025-06-02', '2026-12-31', '2026-11-13'), // leaves on Friday 13.11.
    ]);
    const bookings = [
      w('p002', '2026-11-02', 360),
      w('p002', '2026-11-03', 360),
      a('p002', '2026-11-04', 'sick-certified'),
      w('p002', '2026-11-13', 270),
      w('p001', '2026-11-16', 300),
      w('p001', '2026-11-17', 300),
      a('p001', '2026-11-18', 'excused'),
      w('p001', '2026-11-30', 315),
      w('p001', '2026-12-01', 300), // December: not this month
    ];
    // p001: 5 + 5 + 5,25 = 15,25 h × 2,00 = 30,50 €;  p002: 6 + 6 + 4,5 = 16,5 h × 2,00 = 33,00 €
    const s = payStatement(main, '2026-11', bookings);
    expect(
      s.participants.map((p) => [p.id, p.seatFrom, p.seatTo, p.workedMinutes, p.amountCents, p.daysWorked]),
    ).toEqual([
      ['p001', '2026-11-16', '2026-11-30', 915, 3050, 3],
      ['p002', '2026-11-01', '2026-11-13', 990, 3300, 3],
    ]);
    expect(s.participants[0]!.absences).toEqual({
      sick: 0,
      'sick-certified': 0,
      excused: 1,
      holiday: 0,
      unexcused: 0,
      closed: 0,
    });
    expect(s.participants[1]!.absences['sick-certified']).toBe(1);
    expect(s.totalCents).toBe(6350);
    expect(s.workedMinutes).toBe(1905);
  });

  test('February of a leap year ends on the 29th', () => {
    const main = store([assignment('a001', 'p001', '2027-09-01', '2028-08-31')]);
    const bookings = [
      w('p001', '2028-02-28', 390),
      w('p001', '2028-02-29', 405),
      w('p001', '2028-03-01', 480),
      w('p001', '2028-01-31', 480),
    ];
    // 6,5 h + 6,75 h = 13,25 h × 2,00 € = 26,50 €
    const s = payStatement(main, '2028-02', bookings);
    expect(s.to).toBe('2028-02-29');
    expect(s.participants[0]!.workedMinutes).toBe(795);
    expect(s.totalCents).toBe(2650);
    expect(payStatement(main, '2027-02', []).to).toBe('2027-02-28');
  });

  test('a month with no bookings lists everybody with a seat and pays nothing', () => {
    const main = store([
      assignment('a001', 'p001', '2026-01-05', '2026-12-31'),
      assignment('a002', 'p002', '2027-01-04', '2027-12-31'),
    ]);
    const s = payStatement(main, '2026-08', []);
    expect(s.participants.map((p) => [p.id, p.workedMinutes, p.amountCents])).toEqual([['p001', 0, 0]]);
    expect(s.totalCents).toBe(0);
  });

  test('absences earn nothing and are counted by code', () => {
    const main = store([assignment('a001', 'p001', '2026-01-05', '2026-12-31')]);
    const s = payStatement(main, '2026-11', [
      a('p001', '2026-11-02', 'sick'),
      a('p001', '2026-11-03', 'sick'),
      a('p001', '2026-11-04', 'holiday'),
      a('p001', '2026-11-05', 'closed'),
      w('p001', '2026-11-06', 60),
    ]);
    const p = s.participants[0]!;
    expect(p.absences).toEqual({ sick: 2, 'sick-certified': 0, excused: 0, holiday: 1, unexcused: 0, closed: 1 });
    expect(p.absenceDays).toBe(4);
    expect(p.amountCents).toBe(200);
  });

  test('one participant only', () => {
    const main = store([
      assignment('a001', 'p001', '2026-01-05', '2026-12-31'),
      assignment('a002', 'p002', '2026-01-05', '2026-12-31'),
    ]);
    const s = payStatement(main, '2026-11', [w('p001', '2026-11-02', 60), w('p002', '2026-11-02', 120)], 'p002');
    expect(s.participants.map((p) => p.id)).toEqual(['p002']);
    expect(s.totalCents).toBe(400);
  });
});

describe('absence days in the statement', () => {
  test('are counted as the monthly absence report counts them: a sickness booked on a public holiday is none', () => {
    const main = store([assignment('a001', 'p001', '2026-01-05', '2027-12-31')]);
    // Neujahr (a Friday) and Monday 4 January
    const bookings = [a('p001', '2027-01-01', 'sick'), a('p001', '2027-01-04', 'sick')];
    const st = payStatement(main, '2027-01', bookings);
    expect(st.participants[0]).toMatchObject({ absenceDays: 1, absences: expect.objectContaining({ sick: 1 }) });
    expect(absenceReport(main, '2027-01', bookings).participants[0]).toMatchObject({
      absenceDays: 1,
      absences: expect.objectContaining({ sick: 1 }),
    });
  });
});

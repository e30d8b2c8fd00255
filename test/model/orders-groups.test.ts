// The rules of issue 14: customers are public or non-profit only, an order's kind of work is one the
// area listed, orders move step by step, and group offers (§ 45 measure) are attended only with a
// seat that day — and are not AGH work: no allowance, not counted against the weekly hours.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { sayViolation } from '../../src/i18n/active.js';
import { payStatement } from '../../src/model/allowance.js';
import { storeViolations } from '../../src/model/check.js';
import { customerTypes, matchCustomerType, refusedCustomerKind } from '../../src/model/customers.js';
import {
  attendanceReplaceViolations,
  attendanceViolations,
  bookedAbsencesOn,
  groupParticipation,
  offersOf,
  parseClock,
  plannedForOffer,
  presentButBookedAbsent,
  rosterAttendance,
} from '../../src/model/groups.js';
import {
  applyOrderStep,
  forcedWorkKinds,
  kindAfterEdit,
  materialIncomeCents,
  orderFieldViolations,
  orderParticipantViolations,
  orderStepEditViolations,
  orderStepViolations,
  orderViolations,
  statusOfSteps,
  workKindChangeViolations,
  workKindsOf,
  workKindsOn,
  workKindViolations,
  type WorkKinds,
} from '../../src/model/orders.js';
import type { Assignment, Booking, GroupOffer, MainData, Order, Person, Settings } from '../../src/model/types.js';
import type { Violation } from '../../src/model/violations.js';

/** A violation's message in the test's language (English). */
const said = (v: Violation | null | undefined) => (v ? sayViolation(v) : '');

const settings: Settings = {
  seats: [{ from: '2006-01-01', total: 3, areas: { holz: 2, kueche: 1, gestaltung: 0 } }],
  weeklyHours: { min: 15, max: 30 },
  dailyMaxMinutes: 480,
  rates: [{ from: '2020-03-01', centsPerHour: 200 }],
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

const KINDS: WorkKinds = { holz: ['Möbelbau', 'Reparatur'], kueche: ['Catering'], gestaltung: ['Wandgestaltung'] };

function person(id: string): Person {
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
    contactDate: '2026-01-01',
    infoAppointment: '2026-01-10',
    attended: true,
    decision: { suitable: true, by: 'X', date: '2026-01-15' },
    priorPeriods: [],
  };
}

function assignment(personId: string, area: Assignment['areas'][0]['area'], start: string, until: string): Assignment {
  return {
    id: `a-${personId}`,
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
  };
}

function order(extra: Partial<Order> = {}): Order {
  return {
    id: 'o001',
    customerId: 'c001',
    area: 'holz',
    title: 'Bank',
    kind: 'Möbelbau',
    kindReason: '',
    received: '2026-11-02',
    due: null,
    materialCents: 0,
    status: 'received',
    started: null,
    done: null,
    delivered: null,
    cancelled: null,
    participants: [],
    ...extra,
  };
}

function offer(extra: Partial<GroupOffer> = {}): GroupOffer {
  return {
    id: 'u001',
    date: '2026-11-18',
    topic: 'Bewerbungstraining',
    kind: 'lesson',
    fromMinutes: 600,
    toMinutes: 720,
    ledBy: 'Frau Kaya',
    area: 'all',
    attendance: null,
    ...extra,
  };
}

function store(offers: GroupOffer[] = []): MainData {
  return {
    settings,
    people: [person('p001'), person('p002')],
    assignments: [
      assignment('p001', 'holz', '2026-11-02', '2027-10-31'),
      assignment('p002', 'kueche', '2026-11-20', '2027-10-31'),
    ],
    goals: [],
    notes: [],
    staff: [],
    customers: [
      { id: 'c001', name: 'Kita', kind: 'non-profit', type: 'Kita', address: '', contact: '', created: '2026-11-01' },
    ],
    orders: [],
    groupOffers: offers,
    certifications: [],
    counters: { person: 2, assignment: 2, goal: 0, note: 0, customer: 1, groupOffer: offers.length },
  };
}

describe('customers: public and non-profit organisations only (§ 16d (2)–(4) SGB II)', () => {
  test('refuses a commercial customer and says why', () => {
    const v = refusedCustomerKind('commercial');
    expect(v?.rule).toBe('customer-kind');
    expect(said(v)).toMatch(
      /commercial customer is refused.*additional, in the public interest and competition-neutral.*§ 16d \(2\)–\(4\) SGB II/,
    );
  });

  test('refuses a private customer, also in German', () => {
    expect(said(refusedCustomerKind('privat'))).toMatch(/private customer is refused/);
    expect(said(refusedCustomerKind('gewerblich'))).toMatch(/commercial customer is refused/);
  });

  test('public and non-profit customers are not refused', () => {
    expect(refusedCustomerKind('public')).toBeNull();
    expect(refusedCustomerKind('non-profit')).toBeNull();
  });

  test('the customer types are the shipped list plus the setting, matched in any case', () => {
    const types = customerTypes({ ...settings, customerTypes: ['Jugendzentrum', 'kita'] }, ['Kita', 'Schule']);
    expect(types).toEqual(['Kita', 'Schule', 'Jugendzentrum']);
    expect(matchCustomerType('SCHULE', types)).toBe('Schule');
    expect(matchCustomerType('Tischlerei', types)).toBeNull();
  });
});

describe('orders: the kind of work the area listed', () => {
  test('a listed kind is accepted, in any case', () => {
    expect(workKindViolations(order({ kind: 'möbelbau' }), KINDS)).toEqual([]);
  });

  test('a kind the area did not list is refused without a reason', () => {
    const v = workKindViolations(order({ kind: 'Catering' }), KINDS);
    expect(v.map((x) => x.rule)).toEqual(['work-kind']);
    expect(said(v[0])).toMatch(/'Catering' is not a kind of work the area holz listed.*--force --reason/);
  });

  test('with --force --reason it is accepted, and check lists it', () => {
    const forced = order({ kind: 'Transport', kindReason: 'einmalig' });
    expect(workKindViolations(forced, KINDS)).toEqual([]);
    expect(forcedWorkKinds([forced, order()], KINDS).map((o) => o.kind)).toEqual(['Transport']);
  });

  test("the area's list in the settings replaces the shipped one", () => {
    const kinds = workKindsOf({ ...settings, workKinds: { holz: ['Transport'] } }, KINDS);
    expect(kinds.holz).toEqual(['Transport']);
    expect(kinds.kueche).toEqual(['Catering']);
  });

  test('a list set from a day applies from that day: an order is judged by the list of the day it came in', () => {
    const dated: Settings = {
      ...settings,
      workKindLists: [{ from: '2027-01-01', area: 'holz', kinds: ['Spielzeug'] }],
    };
    expect(workKindsOn(dated, KINDS, '2026-12-31').holz).toEqual(['Möbelbau', 'Reparatur']);
    expect(workKindsOn(dated, KINDS, '2027-01-01').holz).toEqual(['Spielzeug']);
    expect(workKindsOn(dated, KINDS, '2027-01-01').kueche).toEqual(['Catering']);
    // the change refuses only what it would leave out: orders of the area received from its day on
    const orders = [order(), order({ id: 'o002', received: '2027-01-05', kind: 'Reparatur' })];
    expect(workKindChangeViolations(orders, settings, dated, KINDS, 'holz', '2027-01-01').map((v) => v.ids)).toEqual([
      ['o002'],
    ]);
    expect(workKindChangeViolations(orders.slice(0, 1), settings, dated, KINDS, 'holz', '2027-01-01')).toEqual([]);
  });
});

describe('orders: steps received → in progress → done → delivered, or cancelled', () => {
  test('goes through the steps in order', () => {
    const o = order();
    for (const [step, date] of [
      ['start', '2026-11-03'],
      ['done', '2026-11-10'],
      ['deliver', '2026-11-12'],
    ] as const) {
      expect(orderStepViolations(o, step, date, '2026-11-25')).toEqual([]);
      applyOrderStep(o, step, date);
    }
    expect(o.status).toBe('delivered');
    expect(orderViolations(o, '2026-11-25')).toEqual([]);
  });

  test('refuses delivering an order that is not done', () => {
    expect(said(orderStepViolations(order(), 'deliver', '2026-11-10', '2026-11-25')[0])).toMatch(
      /o001 is received; 'deliver' needs an order that is done/,
    );
  });

  test('refuses a step dated before the last one or in the future', () => {
    expect(orderStepViolations(order(), 'start', '2026-11-01', '2026-11-25')[0]!.rule).toBe('order-date');
    expect(orderStepViolations(order(), 'start', '2026-11-26', '2026-11-25')[0]!.rule).toBe('order-date');
  });

  test('a delivered order cannot be cancelled', () => {
    expect(
      said(
        orderStepViolations(
          order({ status: 'delivered', started: '2026-11-03', done: '2026-11-04', delivered: '2026-11-05' }),
          'cancel',
          '2026-11-06',
          '2026-11-25',
        )[0],
      ),
    ).toMatch(/it is closed/);
  });

  test('material contributions of the year are income, cancelled orders not', () => {
    const orders = [
      order({ materialCents: 8550 }),
      order({ id: 'o002', materialCents: 1000, status: 'cancelled', cancelled: '2026-11-05' }),
      order({ id: 'o003', received: '2025-12-01', materialCents: 700 }),
    ];
    expect(materialIncomeCents(orders, 2026)).toBe(8550);
  });
});

describe('orders: a correction keeps the rules of order add and of the steps', () => {
  const delivered = () =>
    order({ status: 'delivered', started: '2026-11-03', done: '2026-11-10', delivered: '2026-11-12' });

  test('the status follows the step dates', () => {
    expect(statusOfSteps(order())).toBe('received');
    expect(statusOfSteps(delivered())).toBe('delivered');
    expect(statusOfSteps({ ...delivered(), delivered: null })).toBe('done');
    expect(statusOfSteps(order({ cancelled: '2026-11-05' }))).toBe('cancelled');
  });

  test('a step date only for a step taken; a step taken back only with the steps after it', () => {
    expect(said(orderStepEditViolations(order(), order({ started: '2026-11-03' }))[0])).toMatch(
      /never started — record the step with 'insat order start o001/,
    );
    expect(said(orderStepEditViolations(delivered(), { ...delivered(), started: null })[0])).toMatch(
      /--clear started,done,delivered/,
    );
    expect(orderStepEditViolations(delivered(), { ...delivered(), done: null, delivered: null })).toEqual([]);
  });

  test('the dates stay in order and not in the future; cancelled follows the last step', () => {
    const today = '2026-11-25';
    expect(orderFieldViolations(delivered(), KINDS, today)).toEqual([]);
    expect(said(orderFieldViolations({ ...delivered(), done: '2026-11-13' }, KINDS, today)[0])).toMatch(
      /would be delivered on 2026-11-12, before it was done \(2026-11-13\)/,
    );
    expect(orderFieldViolations(order({ started: '2026-11-26' }), KINDS, today)[0]!.rule).toBe('order-date');
    expect(orderFieldViolations(order({ due: '2026-11-01' }), KINDS, today)[0]!.rule).toBe('order-date');
    const cancelled = order({ status: 'cancelled', started: '2026-11-05', cancelled: '2026-11-04' });
    expect(said(orderFieldViolations(cancelled, KINDS, today)[0])).toMatch(
      /cancelled on 2026-11-04, before it was started/,
    );
  });

  test('the kind: spelled as listed, a reason kept only while kind and area stay', () => {
    const forced = order({ kind: 'Transport', kindReason: 'einmalig' });
    expect(kindAfterEdit(forced, 'holz', undefined, '', KINDS)).toEqual({ kind: 'Transport', kindReason: 'einmalig' });
    expect(kindAfterEdit(forced, 'kueche', undefined, '', KINDS)).toEqual({ kind: 'Transport', kindReason: '' });
    expect(kindAfterEdit(forced, 'holz', 'reparatur', '', KINDS)).toEqual({ kind: 'Reparatur', kindReason: '' });
    expect(kindAfterEdit(order(), 'holz', 'Umzug', 'abgestimmt', KINDS)).toEqual({
      kind: 'Umzug',
      kindReason: 'abgestimmt',
    });
    expect(kindAfterEdit(order(), 'kueche', 'catering', '', KINDS)).toEqual({ kind: 'Catering', kindReason: '' });
    expect(kindAfterEdit(forced, 'holz', '', '', KINDS)).toEqual({ kind: '', kindReason: '' });
  });
});

describe('group offers: only participants with a seat that day', () => {
  test('times are HH:MM', () => {
    expect(parseClock('10:00')).toBe(600);
    expect(parseClock('9.30')).toBe(570);
    expect(parseClock('25:00')).toBeNull();
  });

  test('everyone with a seat that day is planned; someone who starts later is not', () => {
    expect(plannedForOffer(offer(), store().assignments)).toEqual(['p001']);
    expect(plannedForOffer(offer({ date: '2026-11-20' }), store().assignments)).toEqual(['p001', 'p002']);
    expect(plannedForOffer(offer({ date: '2026-11-20', area: 'kueche' }), store().assignments)).toEqual(['p002']);
  });

  test('roster: everyone planned present, the named exceptions absent', () => {
    expect(rosterAttendance(['p001', 'p002'], [], new Map([['p002', 'sick']]))).toEqual([
      { participantId: 'p001', absence: null },
      { participantId: 'p002', absence: 'sick' },
    ]);
  });

  test('roster without names: someone booked absent that day is absent with the booked code; closed is no reason', () => {
    const booked = bookedAbsencesOn(
      [
        { participantId: 'p001', date: '2026-11-18', absence: 'holiday' },
        { participantId: 'p002', date: '2026-11-18', absence: 'closed' },
        { participantId: 'p003', date: '2026-11-17', absence: 'sick' },
      ],
      '2026-11-18',
    );
    expect([...booked]).toEqual([['p001', 'holiday']]);
    expect(rosterAttendance(['p001', 'p002', 'p003'], [], new Map(), booked)).toEqual([
      { participantId: 'p001', absence: 'holiday' },
      { participantId: 'p002', absence: null },
      { participantId: 'p003', absence: null },
    ]);
    // names given: only those named; a named presence against a booking is the contradiction warned about
    const named = rosterAttendance([], ['p001'], new Map(), booked);
    expect(named).toEqual([{ participantId: 'p001', absence: null }]);
    expect(presentButBookedAbsent(named, booked)).toEqual([{ participantId: 'p001', absence: 'holiday' }]);
  });

  test('recording an offer again needs --replace', () => {
    const recorded = offer({ attendance: [{ participantId: 'p001', absence: null }] });
    expect(attendanceReplaceViolations(recorded, false).map((v) => v.rule)).toEqual(['group-attendance']);
    expect(attendanceReplaceViolations(recorded, true)).toEqual([]);
    expect(attendanceReplaceViolations(offer(), false)).toEqual([]);
  });

  test('refuses a participant without a seat on the day', () => {
    const v = attendanceViolations(
      offer(),
      [{ participantId: 'p002', absence: null }],
      store().assignments,
      '2026-11-25',
    );
    expect(v.map((x) => x.rule)).toEqual(['group-seat']);
    expect(said(v[0])).toMatch(/p002 has no seat on 2026-11-18/);
  });

  test('refuses attendance of an offer in the future', () => {
    expect(attendanceViolations(offer({ date: '2026-11-26' }), [], store().assignments, '2026-11-25')[0]!.rule).toBe(
      'group-date',
    );
  });
});

describe('group hours are not AGH work', () => {
  // p001: 20 h a week, 4 h booked on each working day of 16–20 Nov 2026 (the week is full), and a
  // 2-hour lesson on Wednesday: counted as work, the week would be 22 h and the pay 2 h more.
  const bookings: Booking[] = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'].map((date) => ({
    participantId: 'p001',
    date,
    minutes: 240,
    absence: null,
    forced: false,
  }));
  const attended = offer({ attendance: [{ participantId: 'p001', absence: null }] });

  test('no allowance: the month statement is the same with and without the lesson', () => {
    const without = payStatement(store(), '2026-11', bookings);
    const withLesson = payStatement(store([attended]), '2026-11', bookings);
    expect(withLesson.totalCents).toBe(without.totalCents);
    expect(withLesson.totalCents).toBe(20 * 200);
  });

  test('not counted against the weekly hours: a full week and a lesson on the same day are consistent', () => {
    expect(storeViolations(store([attended]), bookings, '2026-11-25')).toEqual([]);
  });

  test("the participant's offers give the hours attended (2 h), apart from the booked hours", () => {
    expect(offersOf([attended], 'p001').map((x) => x.minutes)).toEqual([120]);
  });

  test('the progress report counts topics and hours attended, absences apart', () => {
    const absent = offer({ id: 'u002', date: '2026-11-19', attendance: [{ participantId: 'p001', absence: 'sick' }] });
    const again = offer({ id: 'u003', date: '2026-11-24', attendance: [{ participantId: 'p001', absence: null }] });
    expect(groupParticipation([attended, absent, again], 'p001', { from: '2026-11-01', to: '2026-11-30' })).toEqual({
      topics: [{ topic: 'Bewerbungstraining', kind: 'lesson', attended: 2, minutes: 240 }],
      attended: 2,
      absent: 1,
      minutes: 240,
    });
  });
});

describe('orders: participants had a seat in the area while the order ran', () => {
  test('check names a participant without such a day; a day of a seat in the area is enough', () => {
    const data = store();
    data.orders = [order({ participants: ['p001', 'p002'] })];
    const v = storeViolations(data, [], '2026-11-25').filter((x) => x.rule === 'order-participant');
    expect(v.map((x) => x.ids)).toEqual([['o001', 'p002']]);
    expect(
      orderParticipantViolations(
        order({ received: '2026-10-01', done: '2026-11-02' }),
        data.assignments,
        '2026-11-25',
        ['p001'],
      ),
    ).toEqual([]);
    expect(
      orderParticipantViolations(
        order({ received: '2026-10-01', done: '2026-11-01' }),
        data.assignments,
        '2026-11-25',
        ['p001'],
      ),
    ).toHaveLength(1);
  });
});

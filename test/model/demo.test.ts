import { sayViolation } from '../../src/i18n/active.js';
import { describe, expect, test } from '@jest/globals';
import { demoProgramme, historyProgramme } from '../../src/demo/generate.js';
import { applicantStatus, coversDay, lastDay } from '../../src/model/assignment.js';
import { assignmentSpan, capacityViolations, occupiedOn } from '../../src/model/capacity.js';
import {
  addDays,
  dayNumber,
  formatIsoWeek,
  fullMonthsBetween,
  isoWeekOf,
  type IsoDate,
} from '../../src/model/dates.js';
import { personAssignmentViolations } from '../../src/model/enrolment.js';
import { isExitReason } from '../../src/model/exit-reasons.js';
import { isWorkingDay } from '../../src/model/holidays.js';
import { settingsViolations } from '../../src/model/settings.js';
import { storeViolations } from '../../src/model/check.js';
import type { Assignment, Booking, MainData } from '../../src/model/types.js';
import { bookingSchema, mainSchema, SCHEMA_VERSION } from '../../src/store/schema.js';

type Programme = { main: MainData; bookings: Booking[] };

/**
 * The programme rules every generated programme keeps; returns what is broken (empty = fine). The
 * capacity and assignment rules by name, then everything `insat check` looks at.
 */
function ruleProblems({ main, bookings }: Programme, today: IsoDate): string[] {
  const problems: string[] = [];
  const span = assignmentSpan(main.assignments)!;
  for (const v of capacityViolations(main.assignments, main.settings, span.from, span.to))
    problems.push(sayViolation(v));
  for (const p of main.people)
    for (const v of personAssignmentViolations(main, p, main.assignments)) problems.push(sayViolation(v));
  for (const v of settingsViolations(main.settings)) problems.push(sayViolation(v));
  for (const v of storeViolations(main, bookings, today)) problems.push(`${v.rule}: ${sayViolation(v)}`);
  return problems;
}

function byPerson(assignments: readonly Assignment[]): Map<string, Assignment[]> {
  const map = new Map<string, Assignment[]>();
  for (const a of assignments) map.set(a.personId, [...(map.get(a.personId) ?? []), a]);
  return map;
}

/** Bookings: inside an assignment, in the past, on working days, quarter hours, daily and weekly limits. */
function bookingProblems({ main, bookings }: Programme, today: IsoDate): string[] {
  const problems: string[] = [];
  const mine = byPerson(main.assignments);
  const seen = new Set<string>();
  const weekly = new Map<string, { minutes: number; limit: number }>();
  for (const b of bookings) {
    const where = `${b.participantId} on ${b.date}`;
    const a = (mine.get(b.participantId) ?? []).find((x) => coversDay(x, b.date));
    if (!a) problems.push(`${where}: outside the person's assignments`);
    if (b.date >= today) problems.push(`${where}: not in the past`);
    if (!isWorkingDay(b.date, main.settings.closingDays)) problems.push(`${where}: not a working day`);
    if (b.minutes % 15 !== 0 || b.minutes < 0) problems.push(`${where}: ${b.minutes} minutes is no quarter hour`);
    if (b.minutes > main.settings.dailyMaxMinutes)
      problems.push(`${where}: ${b.minutes} minutes above the daily maximum`);
    if (b.absence !== null && b.minutes !== 0) problems.push(`${where}: absence with worked minutes`);
    if (b.absence === null && b.minutes === 0) problems.push(`${where}: neither worked nor absent`);
    if (b.forced) problems.push(`${where}: forced`);
    if (seen.has(where)) problems.push(`${where}: booked twice`);
    seen.add(where);
    if (a) {
      const key = `${b.participantId} ${formatIsoWeek(isoWeekOf(b.date))}`;
      const w = weekly.get(key) ?? { minutes: 0, limit: a.hoursPerWeek * 60 };
      w.minutes += b.minutes;
      weekly.set(key, w);
    }
  }
  for (const [key, w] of weekly)
    if (w.minutes > w.limit) problems.push(`${key}: ${w.minutes} minutes worked, weekly limit ${w.limit}`);
  return problems;
}

/** Every working day of every assignment up to yesterday carries exactly one booking. */
function missingBookings({ main, bookings }: Programme, today: IsoDate): string[] {
  const booked = new Set(bookings.map((b) => `${b.participantId} ${b.date}`));
  const missing: string[] = [];
  for (const a of main.assignments) {
    const end = lastDay(a) < today ? lastDay(a) : addDays(today, -1);
    for (let d = a.start; d <= end; d = addDays(d, 1)) {
      if (isWorkingDay(d, main.settings.closingDays) && !booked.has(`${a.personId} ${d}`))
        missing.push(`${a.personId} ${d}`);
    }
  }
  return missing;
}

/** Leave (holiday) is only taken once earned: 2 days per full month of participation. */
function unearnedLeave({ main, bookings }: Programme): string[] {
  const mine = byPerson(main.assignments);
  const taken = new Map<Assignment, number>();
  const problems: string[] = [];
  for (const b of bookings) {
    if (b.absence !== 'holiday') continue;
    const a = mine.get(b.participantId)!.find((x) => coversDay(x, b.date))!;
    const n = (taken.get(a) ?? 0) + 1;
    taken.set(a, n);
    const earned = main.settings.leaveDaysPerFullMonth * fullMonthsBetween(a.start, b.date);
    if (n > earned) problems.push(`${b.participantId} on ${b.date}: leave day ${n}, earned ${earned}`);
  }
  return problems;
}

function statusCounts(main: MainData): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const p of main.people) {
    const s = applicantStatus(p, main.assignments);
    counts[s] = (counts[s] ?? 0) + 1;
  }
  return counts;
}

const TODAY = '2026-11-24';

describe('the demo programme', () => {
  const demo = demoProgramme(TODAY);
  const { main, bookings } = demo;

  test('is the same every time for the same day', () => {
    expect(JSON.stringify(demoProgramme(TODAY))).toBe(JSON.stringify(demo));
  });

  test('matches the store schema', () => {
    expect(() => mainSchema.parse({ schemaVersion: SCHEMA_VERSION, ...main })).not.toThrow();
    for (const b of bookings) bookingSchema.parse(b);
  });

  test('keeps the seat capacity, the 24-month cap and every rule of insat check', () => {
    expect(ruleProblems(demo, TODAY)).toEqual([]);
  });

  test('books only inside assignments, in the past, on working days, within daily and weekly hours', () => {
    expect(bookingProblems(demo, TODAY)).toEqual([]);
  });

  test('books every working day of every assignment up to yesterday', () => {
    expect(missingBookings(demo, TODAY)).toEqual([]);
  });

  test('takes only leave already earned', () => {
    expect(unearnedLeave(demo)).toEqual([]);
  });

  test('has about 30 of 33 seats taken today', () => {
    const occ = occupiedOn(main.assignments, TODAY);
    expect(occ.total).toBeGreaterThanOrEqual(29);
    expect(occ.total).toBeLessThanOrEqual(31);
    expect(occ.areas.holz).toBeLessThanOrEqual(12);
    expect(occ.areas.kueche).toBeLessThanOrEqual(11);
    expect(occ.areas.gestaltung).toBeLessThanOrEqual(10);
  });

  test('has people in every stage of the entry pipeline and a waiting list of about four', () => {
    const counts = statusCounts(main);
    for (const s of ['new', 'scheduled', 'attended', 'unsuitable', 'enrolled', 'withdrawn'])
      expect(counts[s] ?? 0).toBeGreaterThan(0);
    expect(counts.suitable).toBe(4);
    const scheduled = main.people.filter((p) => applicantStatus(p, main.assignments) === 'scheduled');
    for (const p of scheduled) expect(p.infoAppointment! >= TODAY).toBe(true);
    for (const p of main.people) {
      expect(p.contactDate < TODAY).toBe(true);
      if (p.decision) expect(p.decision.date < TODAY).toBe(true);
    }
  });

  test('has a year of entries and exits with varied reasons', () => {
    const yearAgo = addDays(TODAY, -365);
    const entries = main.assignments.filter((a) => a.start >= yearAgo && a.start < TODAY);
    const exits = main.assignments.filter((a) => a.exit && a.exit.date >= yearAgo);
    expect(entries.length).toBeGreaterThanOrEqual(20);
    expect(exits.length).toBeGreaterThanOrEqual(20);
    const reasons = new Set(main.assignments.flatMap((a) => (a.exit ? [a.exit.reason] : [])));
    for (const r of ['regular-end', 'job', 'training', 'therapy', 'dropout']) expect(reasons).toContain(r);
    for (const r of reasons) expect(isExitReason(r)).toBe(true);
  });

  test('has planned starts, ends within 4 and 8 weeks, a prior AGH period and an extension', () => {
    expect(main.assignments.filter((a) => a.start > TODAY).length).toBeGreaterThanOrEqual(2);
    const active = main.assignments.filter((a) => coversDay(a, TODAY));
    expect(active.filter((a) => lastDay(a) < addDays(TODAY, 28)).length).toBeGreaterThanOrEqual(1);
    expect(
      active.filter((a) => lastDay(a) >= addDays(TODAY, 28) && lastDay(a) < addDays(TODAY, 56)).length,
    ).toBeGreaterThanOrEqual(1);
    expect(main.people.some((p) => p.priorPeriods.length > 0 && active.some((a) => a.personId === p.id))).toBe(true);
    expect(main.assignments.some((a) => a.extensions.length > 0 && coversDay(a, TODAY))).toBe(true);
    for (const a of main.assignments) {
      expect(a.hoursPerWeek).toBeGreaterThanOrEqual(15);
      expect(a.hoursPerWeek).toBeLessThanOrEqual(30);
      for (const e of a.extensions)
        expect(e.recorded < TODAY && e.previousUntil < e.until && e.until === a.until).toBe(true);
    }
  });

  test('books mostly planned hours with realistic absences', () => {
    const counts: Record<string, number> = {};
    for (const b of bookings) counts[b.absence ?? 'worked'] = (counts[b.absence ?? 'worked'] ?? 0) + 1;
    for (const code of ['sick', 'sick-certified', 'excused', 'holiday', 'unexcused'])
      expect(counts[code] ?? 0).toBeGreaterThan(0);
    expect(counts.worked! / bookings.length).toBeGreaterThan(0.75);
    expect(counts.worked! / bookings.length).toBeLessThan(0.95);
  });

  test('has goals and notes of both visibilities for several people, dated in the past', () => {
    const people = new Set(main.people.map((p) => p.id));
    expect(new Set(main.goals.map((g) => g.personId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(main.notes.map((n) => n.personId)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(main.notes.map((n) => n.visibility))).toEqual(new Set(['internal', 'jobcenter']));
    for (const g of main.goals) {
      expect(people.has(g.personId)).toBe(true);
      expect(g.created < TODAY).toBe(true);
      for (const r of g.reviews) expect(r.date < TODAY && r.date > g.created).toBe(true);
    }
    for (const n of main.notes) expect(people.has(n.personId) && n.date < TODAY).toBe(true);
  });

  test('numbers ids in order and keeps the counters', () => {
    const ids = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(3, '0')}`);
    expect(main.people.map((p) => p.id)).toEqual(ids('p', main.people.length));
    expect(main.assignments.map((a) => a.id)).toEqual(ids('a', main.assignments.length));
    expect(main.goals.map((g) => g.id)).toEqual(ids('g', main.goals.length));
    expect(main.notes.map((n) => n.id)).toEqual(ids('n', main.notes.length));
    expect(main.customers.map((c) => c.id)).toEqual(ids('c', main.customers.length));
    expect(main.orders.map((o) => o.id)).toEqual(ids('o', main.orders.length));
    expect(main.groupOffers.map((o) => o.id)).toEqual(ids('u', main.groupOffers.length));
    expect(main.certifications.map((c) => c.id)).toEqual(ids('z', main.certifications.length));
    expect(main.staff.map((s) => s.id)).toEqual(ids('s', main.staff.length));
    expect(main.counters).toEqual({
      person: main.people.length,
      assignment: main.assignments.length,
      goal: main.goals.length,
      note: main.notes.length,
      customer: main.customers.length,
      order: main.orders.length,
      groupOffer: main.groupOffers.length,
      certification: main.certifications.length,
      staff: main.staff.length,
    });
    for (const p of main.people) expect(p.jobcenterCustomerNo).toMatch(/^362D\d{6}$/);
  });

  test('fills the settings with the provider, the Jobcenter, the staff and Christmas closing', () => {
    const s = main.settings;
    expect(s.provider.name).toBe('Krisenhilfe Bochum gGmbH');
    expect(s.provider.street).not.toBe('');
    expect(s.provider.measureNumber).not.toBe('');
    expect(s.jobcenter.name).toBe('Jobcenter Bochum');
    for (const area of ['holz', 'kueche', 'gestaltung'] as const)
      expect(main.staff.filter((m) => m.role === 'instructor' && m.area === area)).toHaveLength(2);
    expect(main.staff.filter((m) => m.role === 'social-worker')).toHaveLength(2);
    expect(main.staff.filter((m) => m.role === 'admin')).toHaveLength(1);
    expect(s.closingDays).toContain('2026-12-24');
    expect(s.closingDays).toContain('2026-12-31');
  });

  test.each(['2025-06-15', '2027-01-04', '2026-12-24'])('keeps every rule on another day too (%s)', (day) => {
    const other = demoProgramme(day);
    expect(ruleProblems(other, day)).toEqual([]);
    expect(bookingProblems(other, day)).toEqual([]);
    expect(unearnedLeave(other)).toEqual([]);
    const occ = occupiedOn(other.main.assignments, day).total;
    expect(occ).toBeGreaterThanOrEqual(29);
    expect(occ).toBeLessThanOrEqual(31);
  });
});

describe('the benchmark history', () => {
  test('two years keep every rule', () => {
    const h = historyProgramme(2, TODAY);
    expect(ruleProblems(h, TODAY)).toEqual([]);
    expect(bookingProblems(h, TODAY)).toEqual([]);
    expect(missingBookings(h, TODAY)).toEqual([]);
    expect(h.main.assignments.every((a) => a.start >= '2024-11-24')).toBe(true);
  });

  test('twenty years: about 1,000 people, 150,000 bookings and 33 seats mostly taken, built fast', () => {
    // CPU time, not wall time: parallel test workers on a busy machine must not make this flaky.
    const cpu0 = process.cpuUsage();
    const h = historyProgramme(20, TODAY);
    const cpu = process.cpuUsage(cpu0);
    expect((cpu.user + cpu.system) / 1000).toBeLessThan(2000);
    expect(h.main.people.length).toBeGreaterThan(900);
    expect(h.main.people.length).toBeLessThan(1200);
    expect(h.bookings.length).toBeGreaterThan(140_000);
    expect(h.bookings.length).toBeLessThan(170_000);
    expect(ruleProblems(h, TODAY)).toEqual([]);
    // Seats taken on the 1st of every month after the first half year.
    const counts: number[] = [];
    for (let y = 2007; y <= 2026; y++)
      for (let m = 1; m <= 12; m++) {
        const d = `${y}-${String(m).padStart(2, '0')}-01`;
        if (d > '2007-06-01' && d < TODAY) counts.push(occupiedOn(h.main.assignments, d).total);
      }
    const avg = counts.reduce((s, n) => s + n, 0) / counts.length;
    expect(avg).toBeGreaterThan(31);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(27);
    // Bookings come sorted by day.
    const unsorted = h.bookings.findIndex((b, i) => i > 0 && dayNumber(b.date) < dayNumber(h.bookings[i - 1]!.date));
    expect(unsorted).toBe(-1);
  });
});

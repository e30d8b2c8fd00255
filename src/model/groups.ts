// Lessons, group offers and excursions of the activation measure (§ 16 SGB II with § 45 SGB III).
// Their hours are the measure's, not AGH work: no allowance, not counted against the weekly hours
// (the allowance and the weekly-hours rule read bookings only; a day can have both).
import { coversDay, seatAreaOn } from './assignment.js';
import type { IsoDate, Period } from './dates.js';
import type { Minutes } from './durations.js';
import type { AbsenceCode, Assignment, Booking, GroupAttendance, GroupKind, GroupOffer, MainData } from './types.js';
import { violation, type Violation } from './violations.js';
import { compareText } from './compare.js';

/** "10:00" or "9:30" → minutes after midnight; null when it is no time of day. */
export function parseClock(text: string): Minutes | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return null;
  return h * 60 + min;
}

export function formatClock(minutes: Minutes): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function offerMinutes(o: Pick<GroupOffer, 'fromMinutes' | 'toMinutes'>): Minutes {
  return o.toMinutes - o.fromMinutes;
}

export function offerTimeViolations(o: Pick<GroupOffer, 'id' | 'fromMinutes' | 'toMinutes'>): Violation[] {
  if (o.toMinutes > o.fromMinutes) return [];
  const from = formatClock(o.fromMinutes);
  const to = formatClock(o.toMinutes);
  return [violation('group-time', (m) => m.group.endsBeforeStart(from, to), [o.id])];
}

/** Who is planned for an offer: everyone with a seat that day, in the offer's area (or in any). */
export function plannedForOffer(o: Pick<GroupOffer, 'date' | 'area'>, assignments: readonly Assignment[]): string[] {
  const ids = new Set<string>();
  for (const a of assignments) {
    const area = seatAreaOn(a, o.date);
    if (area && (o.area === 'all' || o.area === area)) ids.add(a.personId);
  }
  return [...ids].sort();
}

export function hasSeatOn(assignments: readonly Assignment[], personId: string, date: IsoDate): boolean {
  return assignments.some((a) => a.personId === personId && coversDay(a, date));
}

/**
 * The attendance of one offer: recorded on or after its day, only participants with a seat that
 * day, each once.
 */
export function attendanceViolations(
  o: GroupOffer,
  attendance: readonly GroupAttendance[],
  assignments: readonly Assignment[],
  today: IsoDate,
): Violation[] {
  const out: Violation[] = [];
  const { id, date } = o;
  if (date > today) out.push(violation('group-date', (m) => m.group.attendanceInFuture(o.id, date), [o.id]));
  const seen = new Set<string>();
  const seatless: string[] = [];
  for (const a of attendance) {
    if (seen.has(a.participantId))
      out.push(violation('group-attendance', (m) => m.group.namedTwice(a.participantId, id), [id, a.participantId]));
    else if (!hasSeatOn(assignments, a.participantId, date)) seatless.push(a.participantId);
    seen.add(a.participantId);
  }
  // one sentence for everyone without a seat (an offer moved to another day can leave 30 of them)
  if (seatless.length === 1)
    out.push(violation('group-seat', (m) => m.group.noSeat(seatless[0]!, date, id), [id, seatless[0]!]));
  else if (seatless.length > 1)
    out.push(violation('group-seat', (m) => m.group.noSeatMany(seatless, date, id), [id, ...seatless]));
  return out;
}

/**
 * Absences booked for the offer's day that explain missing it: each participant's booked code, except
 * `closed` (an area's closing day is no reason to miss an offer of the measure — README).
 */
export function bookedAbsencesOn(
  bookings: readonly Pick<Booking, 'participantId' | 'date' | 'absence'>[],
  date: IsoDate,
): Map<string, AbsenceCode> {
  const out = new Map<string, AbsenceCode>();
  for (const b of bookings)
    if (b.date === date && b.absence && b.absence !== 'closed') out.set(b.participantId, b.absence);
  return out;
}

/**
 * The roster of `group attend`. Without names: everyone planned, present unless named absent or booked
 * absent that day (then absent with the booked code — sick at work is not present at the lesson). With
 * names: those named present, and those named absent.
 */
export function rosterAttendance(
  planned: readonly string[],
  present: readonly string[],
  absent: ReadonlyMap<string, AbsenceCode>,
  booked: ReadonlyMap<string, AbsenceCode> = new Map(),
): GroupAttendance[] {
  const out: GroupAttendance[] = [];
  if (present.length > 0) {
    for (const p of present) if (!absent.has(p)) out.push({ participantId: p, absence: null });
  } else {
    for (const p of planned) {
      if (absent.has(p)) continue;
      out.push({ participantId: p, absence: booked.get(p) ?? null });
    }
  }
  for (const [participantId, code] of absent) out.push({ participantId, absence: code });
  return out.sort((a, b) => compareText(a.participantId, b.participantId));
}

/** Recorded present at an offer although an absence is booked for that day: a contradiction to warn about. */
export function presentButBookedAbsent(
  attendance: readonly GroupAttendance[],
  booked: ReadonlyMap<string, AbsenceCode>,
): { participantId: string; absence: AbsenceCode }[] {
  const out: { participantId: string; absence: AbsenceCode }[] = [];
  for (const a of attendance) {
    const code = booked.get(a.participantId);
    if (!a.absence && code) out.push({ participantId: a.participantId, absence: code });
  }
  return out;
}

/** Offers whose attendance names someone present who is booked absent that day: `insat check` warns. */
export function groupBookingWarnings(data: MainData, bookings: readonly Booking[]): Violation[] {
  const recorded = data.groupOffers.filter((o) => o.attendance);
  const days = new Set(recorded.map((o) => o.date));
  const ofDays = bookings.filter((b) => b.absence && days.has(b.date));
  const out: Violation[] = [];
  for (const o of recorded) {
    const { id, date } = o;
    for (const c of presentButBookedAbsent(o.attendance!, bookedAbsencesOn(ofDays, date)))
      out.push(
        violation('group-booked-absent', (m) => m.group.attend.presentButBooked(c.participantId, c.absence, date, id), [
          id,
          c.participantId,
        ]),
      );
  }
  return out;
}

/**
 * The same contradiction seen from new bookings (`hours book`, a range, the roster, an import): an
 * absence booked for a day on which the person is recorded present at an offer — warned about, not
 * refused (either record may be the wrong one); a closing day is none (bookedAbsencesOn).
 */
export function bookedAbsentAtOffers(
  offers: readonly GroupOffer[],
  bookings: readonly Booking[],
): { participantId: string; absence: AbsenceCode; date: IsoDate; offer: string }[] {
  const out: { participantId: string; absence: AbsenceCode; date: IsoDate; offer: string }[] = [];
  for (const b of bookings) {
    const absence = bookedAbsencesOn([b], b.date).get(b.participantId);
    if (!absence) continue;
    for (const o of offersAttendedOn(offers, b.participantId, b.date))
      out.push({ participantId: b.participantId, absence, date: b.date, offer: o.id });
  }
  return out;
}

/** The offers of a day at which the participant is recorded present. */
export function offersAttendedOn(offers: readonly GroupOffer[], participantId: string, date: IsoDate): GroupOffer[] {
  return offers.filter(
    (o) => o.date === date && (o.attendance ?? []).some((a) => a.participantId === participantId && !a.absence),
  );
}

/**
 * Recording an offer's attendance again replaces the whole list: only with `--replace`, as a second
 * booking of a day needs it (`hours book --replace`).
 */
export function attendanceReplaceViolations(o: GroupOffer, replace: boolean): Violation[] {
  if (!o.attendance || replace) return [];
  const { present, absent } = attendanceCounts(o.attendance);
  return [violation('group-attendance', (m) => m.group.attend.alreadyRecorded(o.id, present, absent), [o.id])];
}

/** A participant's offers in a period, with the minutes attended (0 when absent). */
export function offersOf(
  offers: readonly GroupOffer[],
  participantId: string,
  period?: Period,
): { offer: GroupOffer; minutes: Minutes; absence: AbsenceCode | null }[] {
  const out: { offer: GroupOffer; minutes: Minutes; absence: AbsenceCode | null }[] = [];
  for (const o of offers) {
    if (period && (o.date < period.from || o.date > period.to)) continue;
    const a = o.attendance?.find((x) => x.participantId === participantId);
    if (a) out.push({ offer: o, minutes: a.absence ? 0 : offerMinutes(o), absence: a.absence });
  }
  return out.sort((x, y) => compareText(x.offer.date, y.offer.date) || x.offer.fromMinutes - y.offer.fromMinutes);
}

/** An offer's recorded places: how many were present and how many absent. */
export function attendanceCounts(attendance: readonly GroupAttendance[]): { present: number; absent: number } {
  const present = attendance.filter((a) => !a.absence).length;
  return { present, absent: attendance.length - present };
}

/** Share of recorded places that were attended (present ÷ recorded), null when nothing was recorded. */
export function attendanceRate(offers: readonly GroupOffer[]): {
  present: number;
  recorded: number;
  rate: number | null;
} {
  let present = 0;
  let recorded = 0;
  for (const o of offers) {
    const counts = attendanceCounts(o.attendance ?? []);
    present += counts.present;
    recorded += counts.present + counts.absent;
  }
  return { present, recorded, rate: recorded ? present / recorded : null };
}

/** The group-offer rules over the whole store, for `insat check`. */
export function storeGroupViolations(data: MainData, today: IsoDate): Violation[] {
  const people = new Set(data.people.map((p) => p.id));
  const out: Violation[] = [];
  for (const o of data.groupOffers) {
    out.push(...offerTimeViolations(o));
    if (!o.attendance) continue;
    for (const a of o.attendance) {
      if (!people.has(a.participantId))
        out.push(
          violation('unknown-person', (m) => m.group.unknownPerson(o.id, a.participantId), [o.id, a.participantId]),
        );
    }
    out.push(
      ...attendanceViolations(
        o,
        o.attendance.filter((a) => people.has(a.participantId)),
        data.assignments,
        today,
      ),
    );
  }
  return out;
}

export interface GroupParticipation {
  /** Per topic: the offers attended and their hours (absences not counted). */
  topics: { topic: string; kind: GroupKind; attended: number; minutes: Minutes }[];
  attended: number;
  absent: number;
  minutes: Minutes;
}

/** A participant's lessons and group offers in a period, for the progress report: topics and hours only. */
export function groupParticipation(
  offers: readonly GroupOffer[],
  participantId: string,
  period: Period,
): GroupParticipation {
  const mine = offersOf(offers, participantId, period);
  const topics: GroupParticipation['topics'] = [];
  for (const m of mine) {
    if (m.absence) continue;
    let t = topics.find((x) => x.topic === m.offer.topic && x.kind === m.offer.kind);
    if (!t) topics.push((t = { topic: m.offer.topic, kind: m.offer.kind, attended: 0, minutes: 0 }));
    t.attended++;
    t.minutes += m.minutes;
  }
  topics.sort((a, b) => b.minutes - a.minutes || a.topic.localeCompare(b.topic, 'de'));
  return {
    topics,
    attended: mine.filter((m) => !m.absence).length,
    absent: mine.filter((m) => m.absence).length,
    minutes: mine.reduce((s, m) => s + m.minutes, 0),
  };
}

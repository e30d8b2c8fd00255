import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import { absenceArg, areaArg, clip, dateArg, idArg, monthArg, textArg } from '../../cli/parse.js';
import { findOffer, offerIdArg } from '../../cli/record-ids.js';
import { change, findPerson, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { monthPeriod } from '../../model/dates.js';
import {
  attendanceCounts,
  attendanceReplaceViolations,
  attendanceViolations,
  bookedAbsencesOn,
  formatClock,
  offerMinutes,
  offersOf,
  offerTimeViolations,
  parseClock,
  plannedForOffer,
  presentButBookedAbsent,
  rosterAttendance,
} from '../../model/groups.js';
import { nextId } from '../../model/people.js';
import type { AbsenceCode, Area, GroupKind, GroupOffer } from '../../model/types.js';
import { violation } from '../../model/violations.js';
import type { OfferFields } from './index.js';
import { compareText } from '../../model/compare.js';
import type { Catalogue } from '../../i18n/text.js';
import type { Column } from '../../reports/tabular.js';

function clockArg(value: string | undefined, flag: string): number {
  const m = parseClock(value ?? '');
  if (m === null) throw new UsageError((w) => w.group.badClock(flag, clip(value ?? '')));
  return m;
}

const offerAreaArg = (value: string): Area | 'all' => (value.trim().toLowerCase() === 'all' ? 'all' : areaArg(value));

/** `P=CODE` pairs from repeated or comma-separated --absent values. */
function absentArg(values: string[] | undefined): Map<string, AbsenceCode> {
  const out = new Map<string, AbsenceCode>();
  for (const part of (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean)) {
    const m = /^([^=]+)=(.+)$/.exec(part);
    if (!m) throw new UsageError((w) => w.group.attend.notIdCode(clip(part)));
    const code = absenceArg(m[2]!.trim());
    if (code === 'closed') throw new UsageError((w) => w.group.attend.closed(clip(part)));
    const id = idArg(m[1], 'participant');
    // named twice (p028=sick,p028=excused): which reason holds is the user's to say, not the last one's
    if (out.has(id)) throw new UsageError((w) => w.group.attend.absentTwice(id));
    out.set(id, code);
  }
  return out;
}

export async function runGroupAdd(ctx: Ctx, opts: OfferFields): Promise<void> {
  const offer: GroupOffer = {
    id: '',
    date: dateArg(opts.date, '--date'),
    topic: textArg(opts.topic, '--topic', { max: 200 }),
    kind: opts.kind as GroupKind,
    fromMinutes: clockArg(opts.from, '--from'),
    toMinutes: clockArg(opts.to, '--to'),
    ledBy: textArg(opts.ledBy, '--led-by', { max: 100 }),
    area: offerAreaArg(opts.area ?? 'all'),
    attendance: null,
  };
  refuseIf(offerTimeViolations(offer));
  const { result: id } = await change(ctx, `group add ${offer.date} (${offer.kind})`, Boolean(opts.dryRun), (tx) => {
    offer.id = nextId(tx.main, 'groupOffer');
    tx.main.groupOffers.push(offer);
    return offer.id;
  });
  const when = [offer.kind, id, offer.date, formatClock(offer.fromMinutes), formatClock(offer.toMinutes)] as const;
  reply(ctx, {
    json: { id },
    done: ctx.m.group.add.done(...when, offer.topic),
    wouldDo: ctx.m.group.add.wouldDo(...when, offer.topic),
    dryRun: opts.dryRun,
  });
}

export async function runGroupAttend(
  ctx: Ctx,
  rawId: string,
  rawParticipants: string[],
  opts: { absent?: string[]; replace?: boolean; dryRun?: boolean },
): Promise<void> {
  const id = offerIdArg(rawId);
  const present = [...new Set(rawParticipants.map((p) => idArg(p, 'participant')))];
  const absent = absentArg(opts.absent);
  const both = present.filter((p) => absent.has(p));
  if (both.length) throw new UsageError((m) => m.group.attend.both(both));
  const { result } = await change(ctx, `group attend ${id}`, Boolean(opts.dryRun), async (tx) => {
    const offer = findOffer(tx.main, id);
    for (const p of [...present, ...absent.keys()]) findPerson(tx.main, p);
    const { area, date } = offer;
    const booked = bookedAbsencesOn(await tx.bookingsBetween(date, date), date);
    const attendance = rosterAttendance(plannedForOffer(offer, tx.main.assignments), present, absent, booked);
    refuseIf([
      ...attendanceReplaceViolations(offer, Boolean(opts.replace)),
      ...attendanceViolations(offer, attendance, tx.main.assignments, ctx.today),
      ...(attendance.length === 0
        ? [violation('group-attendance', (m) => m.group.attend.nobody(area, date), [id])]
        : []),
    ]);
    const replaced = offer.attendance ? attendanceCounts(offer.attendance) : null;
    offer.attendance = attendance;
    return {
      date,
      counts: attendanceCounts(attendance),
      replaced,
      // absent as booked that day (without names), and named present although booked absent
      asBooked: present.length === 0 ? attendance.filter((a) => a.absence && !absent.has(a.participantId)) : [],
      contradicted: presentButBookedAbsent(attendance, booked),
    };
  });
  const { counts, replaced, date } = result;
  const words = ctx.m.group.attend;
  const was = replaced ? replaced.present + replaced.absent : null;
  reply(ctx, {
    json: { id, ...counts, replaced, bookedAbsent: result.asBooked },
    done: words.done(id, counts.present, counts.absent, was),
    wouldDo: words.wouldDo(id, counts.present, counts.absent, was),
    dryRun: opts.dryRun,
  });
  if (result.asBooked.length > 0 && !ctx.json) ctx.out(words.absentAsBooked(result.asBooked));
  for (const c of result.contradicted) ctx.warn(words.presentButBooked(c.participantId, c.absence, date, id));
}

/** Where each option of `group edit` is kept in the offer. */
const OFFER_FIELD = {
  date: 'date',
  topic: 'topic',
  kind: 'kind',
  from: 'fromMinutes',
  to: 'toMinutes',
  ledBy: 'ledBy',
  area: 'area',
} as const satisfies Record<string, keyof GroupOffer>;

export async function runGroupEdit(ctx: Ctx, rawId: string, opts: OfferFields): Promise<void> {
  const id = offerIdArg(rawId);
  const given = (['date', 'topic', 'kind', 'from', 'to', 'ledBy', 'area'] as const).filter(
    (k) => opts[k] !== undefined,
  );
  if (given.length === 0) throw new UsageError((m) => m.group.edit.nothing);
  const date = opts.date === undefined ? undefined : dateArg(opts.date, '--date');
  const topic = opts.topic === undefined ? undefined : textArg(opts.topic, '--topic', { max: 200 });
  const from = opts.from === undefined ? undefined : clockArg(opts.from, '--from');
  const to = opts.to === undefined ? undefined : clockArg(opts.to, '--to');
  const ledBy = opts.ledBy === undefined ? undefined : textArg(opts.ledBy, '--led-by', { max: 100 });
  const area = opts.area === undefined ? undefined : offerAreaArg(opts.area);
  const dryRun = Boolean(opts.dryRun);
  const { result: changed } = await change(ctx, `group edit ${id} (${given.join(', ')})`, dryRun, (tx) => {
    const o = findOffer(tx.main, id);
    const before = { ...o };
    if (date !== undefined) o.date = date;
    if (topic !== undefined) o.topic = topic;
    if (opts.kind !== undefined) o.kind = opts.kind as GroupKind;
    if (from !== undefined) o.fromMinutes = from;
    if (to !== undefined) o.toMinutes = to;
    if (ledBy !== undefined) o.ledBy = ledBy;
    if (area !== undefined) o.area = area;
    // attendance recorded is what happened: its day cannot lie ahead (who had a seat then is moot)
    const attended = o.attendance
      ? o.date > ctx.today
        ? [violation('group-date', (m) => m.group.edit.recordedToFuture(id, o.date, before.date), [id])]
        : attendanceViolations(o, o.attendance, tx.main.assignments, ctx.today)
      : [];
    refuseIf([...offerTimeViolations(o), ...attended]);
    return given.filter((k) => before[OFFER_FIELD[k]] !== o[OFFER_FIELD[k]]);
  });
  const words = ctx.m.group.edit;
  // values the offer already has change nothing, with --dry-run too
  reply(ctx, {
    json: { id, changed, dryRun },
    done: changed.length > 0 ? words.done(changed, id) : words.unchanged(id),
    wouldDo: words.wouldDo(changed, id),
    dryRun: dryRun && changed.length > 0,
  });
}

export async function runGroupDelete(ctx: Ctx, rawId: string, opts: { dryRun?: boolean }): Promise<void> {
  const id = offerIdArg(rawId);
  await change(ctx, `group delete ${id}`, Boolean(opts.dryRun), (tx) => {
    findOffer(tx.main, id);
    tx.main.groupOffers = tx.main.groupOffers.filter((o) => o.id !== id);
  });
  reply(ctx, {
    json: { id },
    done: ctx.m.group.delete.done(id),
    wouldDo: ctx.m.group.delete.wouldDo(id),
    dryRun: opts.dryRun,
  });
}

/** One row per offer: what `group list`, `export groups` and the attendance lists show. */
export function offerRows(offers: readonly GroupOffer[]) {
  return [...offers]
    .sort((a, b) => compareText(a.date, b.date) || a.fromMinutes - b.fromMinutes || compareText(a.id, b.id))
    .map((o) => ({
      id: o.id,
      date: o.date,
      from: formatClock(o.fromMinutes),
      to: formatClock(o.toMinutes),
      minutes: offerMinutes(o),
      kind: o.kind,
      topic: o.topic,
      ledBy: o.ledBy,
      area: o.area,
      present: o.attendance ? attendanceCounts(o.attendance).present : null,
      absent: o.attendance ? attendanceCounts(o.attendance).absent : null,
    }));
}

/** The columns of `group list`: the stable csv headers and the words of the run's language. */
export function offerColumns(group: Catalogue['group']): Column[] {
  const words = group.columns;
  return [
    { key: 'id', header: 'offer', label: words.id, kind: 'text' },
    { key: 'date', header: 'date', label: words.date, kind: 'date' },
    { key: 'from', header: 'from', label: words.from, kind: 'text' },
    { key: 'to', header: 'to', label: words.to, kind: 'text' },
    { key: 'minutes', header: 'hours', label: words.minutes, kind: 'hours' },
    { key: 'kind', header: 'kind', label: words.kind, kind: 'text', words: group.kindWords },
    { key: 'topic', header: 'topic', label: words.topic, kind: 'text' },
    { key: 'ledBy', header: 'led by', label: words.ledBy, kind: 'text' },
    { key: 'area', header: 'area', label: words.area, kind: 'text', words: group.areaWords },
    { key: 'present', header: 'present', label: words.present, kind: 'int' },
    { key: 'absent', header: 'absent', label: words.absent, kind: 'int' },
  ];
}

export async function runGroupList(
  ctx: Ctx,
  opts: { month?: string; participant?: string; format?: string },
): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const period = opts.month === undefined ? undefined : monthPeriod(monthArg(opts.month));
  const participant = opts.participant === undefined ? undefined : idArg(opts.participant, 'participant');
  const data = (await openStore(ctx)).main;
  const words = ctx.m.group.columns;
  if (participant) {
    findPerson(data, participant);
    const mine = offersOf(data.groupOffers, participant, period);
    await emit(ctx, format, {
      json: () => ({
        participant,
        offers: mine.map((m) => ({
          id: m.offer.id,
          date: m.offer.date,
          kind: m.offer.kind,
          topic: m.offer.topic,
          minutes: m.minutes,
          absence: m.absence,
        })),
      }),
      tabular: () => ({
        columns: [
          { key: 'id', header: 'offer', label: words.id, kind: 'text' },
          { key: 'date', header: 'date', label: words.date, kind: 'date' },
          { key: 'kind', header: 'kind', label: words.kind, kind: 'text', words: ctx.m.group.kindWords },
          { key: 'topic', header: 'topic', label: words.topic, kind: 'text' },
          { key: 'minutes', header: 'hours', label: words.minutes, kind: 'hours' },
          {
            key: 'absence',
            header: 'absence',
            label: words.absence,
            kind: 'text',
            words: ctx.m.hours.list.absenceWords,
          },
        ],
        rows: mine.map((m) => ({
          id: m.offer.id,
          date: m.offer.date,
          kind: m.offer.kind,
          topic: m.offer.topic,
          minutes: m.minutes,
          absence: m.absence ?? '',
        })),
      }),
    });
    return;
  }
  const offers = data.groupOffers.filter((o) => !period || (o.date >= period.from && o.date <= period.to));
  const rows = offerRows(offers);
  await emit(ctx, format, {
    json: () => ({ offers: [...offers].sort((a, b) => compareText(a.date, b.date) || a.fromMinutes - b.fromMinutes) }),
    tabular: () => ({ columns: offerColumns(ctx.m.group), rows }),
  });
}

import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import { clip, dateArg, textArg } from '../../cli/parse.js';
import { findStaff, staffIdArg } from '../../cli/record-ids.js';
import { change, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { compareIds } from '../../model/compare.js';
import type { IsoDate } from '../../model/dates.js';
import { nextId } from '../../model/people.js';
import { peopleLosingInstructor } from '../../model/instructor-area.js';
import { migrateStaffNames, type StaffMigration } from '../../model/staff-migration.js';
import {
  isActiveOn,
  peopleBeforeFirstDay,
  peopleLeftBehind,
  staffOn,
  staffDuplicateViolations,
  staffRecordViolations,
} from '../../model/staff.js';
import { clearedFields } from '../../cli/person-edit.js';
import { type Area, type StaffMember, type StaffRole } from '../../model/types.js';
import { violation } from '../../model/violations.js';
import type { StaffAddOptions, StaffEditOptions } from './index.js';
import { staffRoleOfWord } from '../../model/words.js';

const NAME_MAX = 100;

/** The role's code or its German word, in any case (`instructor`, `Anleiter`, `Sozialarbeiterin`, `verwaltung`). */
function roleArg(value: string | undefined): StaffRole {
  const role = staffRoleOfWord(value ?? '');
  if (role === null) throw new UsageError((m) => m.staff.errors.role(clip(value ?? '')));
  return role;
}

/** The instructor's area; other roles have none. */
function areaFor(role: StaffRole, area: Area | undefined): Area | null {
  if (role === 'instructor' && !area) throw new UsageError((m) => m.staff.errors.areaNeeded);
  if (role !== 'instructor' && area) throw new UsageError((m) => m.staff.errors.areaNotForRole(role));
  return area ?? null;
}

export async function runStaffAdd(ctx: Ctx, opts: StaffAddOptions): Promise<void> {
  const name = textArg(opts.name, '--name', { max: NAME_MAX });
  const role = roleArg(opts.role);
  const area = areaFor(role, opts.area);
  const from = opts.from === undefined ? ctx.today : dateArg(opts.from, '--from');
  const dryRun = Boolean(opts.dryRun);
  const { result: member } = await change(ctx, `staff add (${role})`, dryRun, (tx) => {
    const s: StaffMember = { id: '', name, role, area, from, left: null };
    refuseIf([...staffRecordViolations({ ...s, id: 'new' }), ...staffDuplicateViolations(tx.main.staff, s)]);
    s.id = nextId(tx.main, 'staff');
    tx.main.staff.push(s);
    return s;
  });
  const words = ctx.m.staff.add;
  reply(ctx, { json: { id: member.id }, done: words.done(member), wouldDo: words.wouldDo(member), dryRun });
}

export async function runStaffList(ctx: Ctx, opts: { date?: string; all?: boolean; format?: string }): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const date: IsoDate = opts.date === undefined ? ctx.today : dateArg(opts.date, '--date');
  const staff = (await openStore(ctx)).main.staff;
  const shown = (opts.all ? [...staff] : staffOn(staff, date)).sort((x, y) => compareIds(x.id, y.id));
  if (shown.length === 0 && format === 'table' && !opts.all) ctx.warn(ctx.m.staff.list.none(date));
  const words = ctx.m.staff.list.columns;
  await emit(ctx, format, {
    json: () => ({ date, staff: shown.map((s) => ({ ...s, active: isActiveOn(s, date) })) }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'staff', label: words.id, kind: 'text' },
        { key: 'name', header: 'name', label: words.name, kind: 'text' },
        { key: 'role', header: 'role', label: words.role, kind: 'text' },
        { key: 'area', header: 'area', label: words.area, kind: 'text', words: ctx.m.participant.show.areaWords },
        { key: 'from', header: 'from', label: words.from, kind: 'date' },
        { key: 'left', header: 'left', label: words.left, kind: 'date' },
      ],
      rows: shown.map((s) => ({
        ...s,
        role: format === 'csv' ? s.role : ctx.m.staff.roleName[s.role],
        area: s.area ?? '',
      })),
    }),
  });
}

const STAFF_FIELDS = ['name', 'area', 'from', 'left'] as const;
type StaffField = (typeof STAFF_FIELDS)[number];

export async function runStaffEdit(ctx: Ctx, rawId: string, opts: StaffEditOptions): Promise<void> {
  const id = staffIdArg(rawId);
  const cleared = clearedFields(opts.clear, ['left'], { left: opts.left });
  const fields = STAFF_FIELDS.filter((k) => opts[k] !== undefined || cleared.has(k));
  if (fields.length === 0) throw new UsageError((m) => m.staff.edit.nothing);
  const name = opts.name === undefined ? undefined : textArg(opts.name, '--name', { max: NAME_MAX });
  const from = opts.from === undefined ? undefined : dateArg(opts.from, '--from');
  const left = cleared.has('left') ? null : opts.left === undefined ? undefined : dateArg(opts.left, '--left');
  const dryRun = Boolean(opts.dryRun);
  const { result } = await change(ctx, `staff edit ${id} (${fields.join(', ')})`, dryRun, (tx) => {
    const s = findStaff(tx.main, id);
    const before = { ...s };
    if (opts.area !== undefined) {
      const area = areaFor(s.role, opts.area);
      const people = peopleLosingInstructor(tx.main, s, area, ctx.today);
      const member = { ...s };
      if (people.length > 0 && area)
        refuseIf([violation('instructor-area', (m) => m.staff.rules.areaLeavesPeople(member, area, people), people)]);
      s.area = area;
    }
    if (name !== undefined) s.name = name;
    if (left !== undefined) s.left = left;
    if (from !== undefined && from !== s.from) {
      const people = peopleBeforeFirstDay(s, from, tx.main.assignments, ctx.today);
      const member = { ...s };
      if (people.length > 0)
        refuseIf([violation('staff-choice', (m) => m.staff.rules.firstDayAfterInCharge(member, from, people), people)]);
      s.from = from;
    }
    refuseIf([...staffRecordViolations(s), ...staffDuplicateViolations(tx.main.staff, s)]);
    const changed = STAFF_FIELDS.filter((k) => before[k] !== s[k]);
    // a leaving day set or moved earlier: who needs someone new, as `staff leave` says
    const people = left && changed.includes('left') ? peopleLeftBehind(s, tx.main.assignments, ctx.today) : [];
    return { before, after: { ...s }, changed, people };
  });
  const { before, after, changed, people } = result;
  const words = ctx.m.staff.edit;
  const named = changed.map((f: StaffField) =>
    f === 'from' || f === 'left' ? words.dateChange(words.field[f], before[f], after[f]) : words.field[f],
  );
  const instructor = after.role === 'instructor';
  if (people.length > 0)
    ctx.warn(instructor ? ctx.m.staff.leave.needNewInstructor(people) : ctx.m.staff.leave.needNew(people, after.left!));
  // a leaving day given: who needs someone new, as `staff leave --json` says it
  const leaving = left
    ? { needNewSocialWorker: instructor ? [] : people, needNewInstructor: instructor ? people : [] }
    : {};
  // nothing to change reads the same with --dry-run; the JSON still says it was one
  reply(ctx, {
    json: { id, changed: changed.length > 0, ...leaving, dryRun },
    done: changed.length > 0 ? words.done(id, named) : words.unchanged(id),
    wouldDo: words.wouldDo(id, named),
    dryRun: dryRun && changed.length > 0,
  });
}

export async function runStaffLeave(ctx: Ctx, rawId: string, opts: { date?: string; dryRun?: boolean }): Promise<void> {
  const id = staffIdArg(rawId);
  const date = dateArg(opts.date, '--date');
  const dryRun = Boolean(opts.dryRun);
  const { result } = await change(ctx, `staff leave ${id} on ${date}`, dryRun, (tx) => {
    const s = findStaff(tx.main, id);
    const before = { ...s };
    if (s.left !== null) refuseIf([violation('staff-left', (m) => m.staff.rules.alreadyLeft(before), [s.id])]);
    s.left = date;
    refuseIf(staffRecordViolations(s));
    return { member: { ...s }, people: peopleLeftBehind(s, tx.main.assignments, ctx.today) };
  });
  const { member, people } = result;
  const words = ctx.m.staff.leave;
  const instructor = member.role === 'instructor';
  if (people.length > 0) ctx.warn(instructor ? words.needNewInstructor(people) : words.needNew(people, member.left!));
  reply(ctx, {
    json: {
      id: member.id,
      left: member.left,
      needNewSocialWorker: instructor ? [] : people,
      needNewInstructor: instructor ? people : [],
    },
    done: words.done(member),
    wouldDo: words.wouldDo(member),
    dryRun,
  });
}

export async function runStaffMigrate(ctx: Ctx, opts: { dryRun?: boolean }): Promise<void> {
  const dryRun = Boolean(opts.dryRun);
  const { result, changes } = await change<StaffMigration>(
    ctx,
    'staff migrate (names typed before become staff records)',
    dryRun,
    (tx) => migrateStaffNames(tx.main, ctx.today),
  );
  const words = ctx.m.staff.migrate;
  const { created, linked } = result;
  reply(ctx, {
    json: { created: created.map((s) => s.id), linked: linked.map((l) => l.assignment), dryRun },
    done: changes.length === 0 ? words.nothing : words.done(created, linked.length),
    wouldDo: changes.length === 0 ? words.nothing : words.wouldDo(created, linked.length),
    dryRun: dryRun && changes.length > 0,
  });
}

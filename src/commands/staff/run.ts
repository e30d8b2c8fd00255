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
import { isActiveOn, peopleLeftBehind, staffOn, staffRecordViolations } from '../../model/staff.js';
import { type Area, type StaffMember, type StaffRole } from '../../model/types.js';
import { violation } from '../../model/violations.js';
import type { StaffAddOptions } from './index.js';
import { nameKey } from '../../model/duplicates.js';
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

const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/** A second record of someone in the team in the same role is refused: pick the one that is there. */
function duplicateViolations(staff: readonly StaffMember[], s: StaffMember) {
  const twin = staff.find(
    (x) => x.id !== s.id && x.role === s.role && sameName(x.name, s.name) && (x.left === null || x.left >= s.from),
  );
  if (!twin) return [];
  const found = { ...twin };
  return [violation('staff-duplicate', (m) => m.staff.errors.duplicate(found), [twin.id])];
}

export async function runStaffAdd(ctx: Ctx, opts: StaffAddOptions): Promise<void> {
  const name = textArg(opts.name, '--name', { max: NAME_MAX });
  const role = roleArg(opts.role);
  const area = areaFor(role, opts.area);
  const from = opts.from === undefined ? ctx.today : dateArg(opts.from, '--from');
  const dryRun = Boolean(opts.dryRun);
  const { result: member } = await change(ctx, `staff add (${role})`, dryRun, (tx) => {
    const s: StaffMember = { id: '', name, role, area, from, left: null };
    refuseIf([...staffRecordViolations({ ...s, id: 'new' }), ...duplicateViolations(tx.main.staff, s)]);
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

export async function runStaffEdit(
  ctx: Ctx,
  rawId: string,
  opts: { name?: string; area?: Area; dryRun?: boolean },
): Promise<void> {
  const id = staffIdArg(rawId);
  const fields = (['name', 'area'] as const).filter((k) => opts[k] !== undefined);
  if (fields.length === 0) throw new UsageError((m) => m.staff.edit.nothing);
  const name = opts.name === undefined ? undefined : textArg(opts.name, '--name', { max: NAME_MAX });
  const dryRun = Boolean(opts.dryRun);
  const { changes } = await change(ctx, `staff edit ${id} (${fields.join(', ')})`, dryRun, (tx) => {
    const s = findStaff(tx.main, id);
    if (opts.area !== undefined) {
      const area = areaFor(s.role, opts.area);
      const people = peopleLosingInstructor(tx.main, s, area, ctx.today);
      const member = { ...s };
      if (people.length > 0 && area)
        refuseIf([violation('instructor-area', (m) => m.staff.rules.areaLeavesPeople(member, area, people), people)]);
      s.area = area;
    }
    if (name !== undefined) s.name = name;
    refuseIf([...staffRecordViolations(s), ...duplicateViolations(tx.main.staff, s)]);
  });
  const words = ctx.m.staff.edit;
  const named = fields.map((f) => words.field[f]);
  const changed = changes.length > 0;
  // nothing to change reads the same with --dry-run; the JSON still says it was one
  reply(ctx, {
    json: { id, changed, dryRun },
    done: changed ? words.done(id, named) : words.unchanged(id),
    wouldDo: words.wouldDo(id, named),
    dryRun: dryRun && changed,
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
  if (people.length > 0) ctx.warn(instructor ? words.needNewInstructor(people) : words.needNew(people));
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

// `insat applicant edit ID` (a person's facts) and `insat applicant reopen ID` (a decision taken by
// mistake): one undoable step each, re-checked by the rules they touch.
import type { Ctx } from '../../cli/context.js';
import { m } from '../../i18n/active.js';
import { fieldChanges, type FieldChange } from '../../cli/field-changes.js';
import { doneLine, jsonText } from '../../cli/output.js';
import { idArg } from '../../cli/parse.js';
import { PERSON_FLAG_NAMES, type PersonEditOptions } from '../../cli/person-edit-options.js';
import { personFieldsOf, personOptionsOf, personQuestions } from '../../cli/person-edit.js';
import { askMissing } from '../../cli/prompts.js';
import { change, findPerson, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { applicantStatus } from '../../model/assignment.js';
import { PERSON_FIELDS, personEditViolations } from '../../model/person-edit.js';
import { reopened, reopenViolations, type Reopened } from '../../model/reopen.js';
import type { Person } from '../../model/types.js';

/** Prints what an edit changed (or would change), or that nothing did. */
export function reportEdit(ctx: Ctx, id: string, changes: FieldChange[], dryRun: boolean): void {
  if (ctx.json) ctx.io.stdout.write(jsonText({ id, dryRun, changes }));
  else if (changes.length === 0) ctx.out(m().corrections.unchanged(id));
  else if (dryRun) doneLine(ctx, true, m().corrections.wouldChange(id, changes));
  else ctx.out(m().corrections.changed(id, changes));
}

/** The fields to change: from the flags, else asked on a terminal (current values as defaults); null: none given. */
export async function personFieldsWanted(
  ctx: Ctx,
  id: string,
  opts: PersonEditOptions,
): Promise<Partial<Person> | null> {
  const fields = personFieldsOf(opts);
  if (Object.keys(fields).length > 0) return fields;
  if (!ctx.interactive) return null;
  const person = findPerson((await openStore(ctx)).main, id);
  return personFieldsOf(personOptionsOf(await askMissing(ctx, personQuestions(person))));
}

export function nothingGiven(command: string, flags: readonly string[]): UsageError {
  return new UsageError((m) => m.corrections.nothingGiven(command, flags));
}

export async function runApplicantEdit(ctx: Ctx, rawId: string, opts: PersonEditOptions): Promise<void> {
  const id = idArg(rawId);
  const dryRun = Boolean(opts.dryRun);
  const fields = await personFieldsWanted(ctx, id, opts);
  if (!fields) throw nothingGiven(`insat applicant edit ${id}`, [...PERSON_FLAG_NAMES, '--clear']);
  const { result } = await change(ctx, `applicant edit ${id} (${Object.keys(fields).join(', ')})`, dryRun, (tx) => {
    const person = findPerson(tx.main, id);
    const after: Person = { ...person, ...fields };
    refuseIf(personEditViolations(tx.main, person, after, ctx.today, Boolean(opts.notDuplicate)));
    const changes = fieldChanges(person, after, PERSON_FIELDS);
    Object.assign(person, fields);
    return changes;
  });
  reportEdit(ctx, id, result, dryRun);
}

export async function runReopen(ctx: Ctx, rawId: string, opts: { dryRun?: boolean }): Promise<void> {
  const id = idArg(rawId);
  const dryRun = Boolean(opts.dryRun);
  const { result } = await change(ctx, `applicant reopen ${id}`, dryRun, (tx) => {
    const i = tx.main.people.findIndex((p) => p.id === id);
    const person = findPerson(tx.main, id);
    refuseIf(reopenViolations(person, tx.main.assignments));
    const r = reopened(person);
    tx.main.people[i] = r.person;
    return { undid: r.undid, status: applicantStatus(r.person, tx.main.assignments) };
  });
  const { undid, status }: { undid: Reopened; status: string } = result;
  if (ctx.json) ctx.io.stdout.write(jsonText({ id, undid, status, dryRun }));
  else if (dryRun) doneLine(ctx, true, m().corrections.wouldReopen(id, undid, status));
  else ctx.out(m().corrections.reopened(id, undid, status));
}

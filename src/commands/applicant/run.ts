import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import { dateArg, idArg, textArg } from '../../cli/parse.js';
import { askMissing, type Question } from '../../cli/prompts.js';
import { change, findPerson, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { applicantStatus } from '../../model/assignment.js';
import { duplicateViolations } from '../../model/duplicates.js';
import {
  applicantViolations,
  attendedViolations,
  decisionViolations,
  nextId,
  pipelineOrderViolations,
  pipelineStep,
} from '../../model/people.js';
import { REFERRAL_SOURCES, type Person, type PriorPeriod, type ReferralSource } from '../../model/types.js';
import type { ApplicantAddOptions } from './index.js';
import { compareText } from '../../model/compare.js';

function priorArg(text: string): PriorPeriod {
  const m = /^([^:]+):([^:]+):(.+)$/.exec(text);
  if (!m) throw new UsageError((w) => w.applicant.add.notAPeriod(text));
  const from = dateArg(m[1], '--prior (from)');
  const to = dateArg(m[2], '--prior (to)');
  if (to < from) throw new UsageError((w) => w.applicant.add.endsBeforeStart(text));
  return { from, to, provider: textArg(m[3], '--prior (provider)', { max: 200 }) };
}

export async function runApplicantAdd(ctx: Ctx, opts: ApplicantAddOptions): Promise<void> {
  const words = ctx.m.applicant.add;
  const questions: Question[] = [];
  if (opts.name === undefined) questions.push({ flag: '--name', message: words.askName, kind: 'text' });
  if (opts.birthDate === undefined) questions.push({ flag: '--birth-date', message: words.askBirthDate, kind: 'date' });
  if (opts.referredBy === undefined) {
    questions.push({
      flag: '--referred-by',
      message: words.askReferredBy,
      kind: 'select',
      choices: REFERRAL_SOURCES.map((s) => ({ value: s, name: s })),
    });
  }
  const asked = await askMissing(ctx, questions);
  const name = textArg(opts.name ?? asked['--name'], '--name', { max: 200 });
  const birthDate = dateArg(opts.birthDate ?? asked['--birth-date'], '--birth-date');
  const referredBy = (opts.referredBy ?? asked['--referred-by']) as ReferralSource;
  const contactDate = opts.contactDate ? dateArg(opts.contactDate, '--contact-date') : ctx.today;
  const priorPeriods = (opts.prior ?? []).map(priorArg);
  const draft: Omit<Person, 'id'> = {
    name,
    birthDate,
    referredBy,
    contactDate,
    priorPeriods,
    phone: textArg(opts.phone, '--phone', { required: false, max: 50 }),
    email: textArg(opts.email, '--email', { required: false, max: 200 }),
    address: textArg(opts.address, '--address', { required: false, max: 300 }),
    jobcenterCustomerNo: textArg(opts.jobcenterNo, '--jobcenter-no', { required: false, max: 50 }),
    addictionStatus: (opts.addiction ?? 'unknown') as Person['addictionStatus'],
    infoAppointment: null,
    attended: false,
    decision: null,
  };
  const { result: id } = await change(ctx, `applicant add ${name}`, Boolean(opts.dryRun), (tx) => {
    const person: Person = { id: nextId(tx.main, 'person'), ...draft };
    refuseIf(applicantViolations(person, ctx.today));
    if (!opts.notDuplicate) refuseIf(duplicateViolations(person, tx.main.people));
    tx.main.people.push(person);
    return person.id;
  });
  reply(ctx, {
    json: { id },
    done: words.done(id, name),
    wouldDo: words.wouldDo(id, name),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runSchedule(
  ctx: Ctx,
  rawId: string,
  opts: { infoDate: string; dryRun?: boolean },
): Promise<void> {
  const id = idArg(rawId);
  const date = dateArg(opts.infoDate, '--info-date');
  await change(ctx, `applicant schedule ${id} ${date}`, Boolean(opts.dryRun), (tx) => {
    const p = findPerson(tx.main, id);
    refuseIf(pipelineStep(p, tx.main.assignments, 'schedule'));
    refuseIf(pipelineOrderViolations({ ...p, infoAppointment: date, decision: null }, []));
    p.infoAppointment = date;
  });
  reply(ctx, {
    json: { id, infoAppointment: date },
    done: ctx.m.applicant.schedule.done(id, date),
    wouldDo: ctx.m.applicant.schedule.wouldDo(id, date),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runAttended(ctx: Ctx, rawId: string, opts: { date?: string; dryRun?: boolean }): Promise<void> {
  const id = idArg(rawId);
  const explicit = opts.date ? dateArg(opts.date, '--date') : undefined;
  let day = '';
  await change(ctx, `applicant attended ${id}`, Boolean(opts.dryRun), (tx) => {
    const p = findPerson(tx.main, id);
    refuseIf(pipelineStep(p, tx.main.assignments, 'attended'));
    day = explicit ?? (p.infoAppointment && p.infoAppointment <= ctx.today ? p.infoAppointment : ctx.today);
    refuseIf(attendedViolations(p, day, ctx.today));
    p.infoAppointment = day;
    p.attended = true;
  });
  reply(ctx, {
    json: { id, attended: day },
    done: ctx.m.applicant.attended.done(id, day),
    wouldDo: ctx.m.applicant.attended.wouldDo(id, day),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runDecide(
  ctx: Ctx,
  rawId: string,
  opts: { suitable?: boolean; unsuitable?: boolean; by: string; date?: string; dryRun?: boolean },
): Promise<void> {
  const id = idArg(rawId);
  if (Boolean(opts.suitable) === Boolean(opts.unsuitable)) throw new UsageError((m) => m.applicant.decide.exactlyOne);
  const by = textArg(opts.by, '--by', { max: 200 });
  const date = opts.date ? dateArg(opts.date, '--date') : ctx.today;
  await change(
    ctx,
    `applicant decide ${id} ${opts.suitable ? 'suitable' : 'unsuitable'}`,
    Boolean(opts.dryRun),
    (tx) => {
      const p = findPerson(tx.main, id);
      refuseIf(pipelineStep(p, tx.main.assignments, 'decide'));
      refuseIf(decisionViolations(p, date, ctx.today));
      p.decision = { suitable: Boolean(opts.suitable), by, date };
    },
  );
  const words = ctx.m.applicant.decide;
  reply(ctx, {
    json: { id, suitable: Boolean(opts.suitable) },
    done: opts.suitable ? words.suitable(id) : words.unsuitable(id),
    wouldDo: words.wouldDo(id, Boolean(opts.suitable)),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runWithdraw(ctx: Ctx, rawId: string, opts: { date?: string; dryRun?: boolean }): Promise<void> {
  const id = idArg(rawId);
  const date = opts.date ? dateArg(opts.date, '--date') : ctx.today;
  await change(ctx, `applicant withdraw ${id}`, Boolean(opts.dryRun), (tx) => {
    const p = findPerson(tx.main, id);
    refuseIf(pipelineStep(p, tx.main.assignments, 'withdraw'));
    p.withdrawn = date;
  });
  reply(ctx, {
    json: { id, withdrawn: date },
    done: ctx.m.applicant.withdraw.done(id, date),
    wouldDo: ctx.m.applicant.withdraw.wouldDo(id, date),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runApplicantList(
  ctx: Ctx,
  opts: { status?: string; all?: boolean; format?: string },
): Promise<void> {
  const format = formatOf(ctx, opts.format);
  const words = ctx.m.applicant.list.columns;
  const data = (await openStore(ctx)).main;
  const rows = data.people
    .filter((p) => !p.purged)
    .map((p) => ({ p, status: applicantStatus(p, data.assignments) }))
    .filter(({ status }) =>
      opts.status ? status === opts.status : opts.all || (status !== 'enrolled' && status !== 'withdrawn'),
    )
    .sort((a, b) => compareText(a.p.contactDate, b.p.contactDate) || compareText(a.p.id, b.p.id));
  await emit(ctx, format, {
    json: () => ({
      applicants: rows.map(({ p, status }) => ({
        id: p.id,
        name: p.name,
        status,
        referredBy: p.referredBy,
        contactDate: p.contactDate,
        infoAppointment: p.infoAppointment,
        attended: p.attended,
        decision: p.decision,
      })),
    }),
    tabular: () => ({
      columns: [
        { key: 'id', header: 'id', label: words.id, kind: 'text' },
        { key: 'name', header: 'name', label: words.name, kind: 'text' },
        { key: 'status', header: 'status', label: words.status, kind: 'text', words: ctx.m.applicant.list.statusWords },
        {
          key: 'referredBy',
          header: 'referred by',
          label: words.referredBy,
          kind: 'text',
          words: ctx.m.applicant.list.referralWords,
        },
        { key: 'contactDate', header: 'contact', label: words.contactDate, kind: 'date' },
        { key: 'info', header: 'info appointment', label: words.info, kind: 'date' },
        { key: 'decided', header: 'decided', label: words.decided, kind: 'date' },
        { key: 'by', header: 'by', label: words.by, kind: 'text' },
      ],
      rows: rows.map(({ p, status }) => ({
        id: p.id,
        name: p.name,
        status,
        referredBy: p.referredBy,
        contactDate: p.contactDate,
        info: p.infoAppointment,
        decided: p.decision?.date,
        by: p.decision?.by,
      })),
    }),
  });
}

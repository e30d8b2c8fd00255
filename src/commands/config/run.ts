import type { Ctx } from '../../cli/context.js';
import { doneLine, emit, formatOf } from '../../cli/output.js';
import { areaArg, clip, dateArg, eurosArg, hoursArg, intArg, languageArg, textArg } from '../../cli/parse.js';
import { change, openStore } from '../../cli/store-access.js';
import { refuseIf, UsageError } from '../../errors.js';
import { addDays, isMonthDay } from '../../model/dates.js';
import { centsToDecimal, formatEuroDe } from '../../model/money.js';
import { isSettingKey, rateOn, seatPlanOn, SETTING_KEYS, settingsViolations } from '../../model/settings.js';
import {
  pastChangeViolations,
  rateDeleteViolations,
  repricedLine,
  repricedMonths,
  rateSetViolations,
  type RepricedMonth,
} from '../../model/rate-change.js';
import { closingDayViolations, pastSettingViolations, seatPlanViolations } from '../../model/dated-settings.js';
import { ABSENCE_REPORT_LAYOUTS, type MainData, type RatePeriod, type Settings } from '../../model/types.js';
import { dueSettings } from '../../model/due/settings.js';
import type { Violation } from '../../model/violations.js';
import { compareText } from '../../model/compare.js';

export async function runConfigShow(ctx: Ctx): Promise<void> {
  const store = await openStore(ctx);
  const s = store.main.settings;
  if (ctx.json) {
    ctx.out(JSON.stringify(s, null, 2));
    return;
  }
  const plan = seatPlanOn(s, ctx.today);
  const rate = rateOn(s, ctx.today);
  const lines = [
    `seats today        ${plan.total} (holz ${plan.areas.holz}, kueche ${plan.areas.kueche}, gestaltung ${plan.areas.gestaltung}) since ${plan.from}`,
    ...s.seats
      .filter((p) => p.from > ctx.today)
      .map(
        (p) =>
          `seats planned      ${p.total} (holz ${p.areas.holz}, kueche ${p.areas.kueche}, gestaltung ${p.areas.gestaltung}) from ${p.from}`,
      ),
    `weekly hours       ${s.weeklyHours.min}–${s.weeklyHours.max}`,
    `daily maximum      ${s.dailyMaxMinutes / 60} h`,
    `allowance rate     ${rate ? `${formatEuroDe(rate.centsPerHour)}/h since ${rate.from}` : 'none'}`,
    `closing days       ${s.closingDays.join(', ') || 'none'}`,
    `leave              ${s.leaveDaysPerFullMonth} days per full month`,
    dueLine(s),
    `AGH cap            ${s.aghCap.months} months in ${s.aghCap.frameYears} years (up to ${s.aghCap.extendedMonths} with a Jobcenter decision)`,
    `provider           ${[s.provider.name, s.provider.street, s.provider.city].filter(Boolean).join(', ')}`,
    `measure            ${s.provider.measureName}${s.provider.measureNumber ? ` (${s.provider.measureNumber})` : ''}`,
    `jobcenter          ${[s.jobcenter.name, s.jobcenter.street, s.jobcenter.city].filter(Boolean).join(', ')}`,
    `instructors        holz: ${s.staff.instructors.holz.join(', ') || '–'}; kueche: ${s.staff.instructors.kueche.join(', ') || '–'}; gestaltung: ${s.staff.instructors.gestaltung.join(', ') || '–'}`,
    `social workers     ${s.staff.socialWorkers.join(', ') || '–'}`,
    `flat rates         ${
      Object.entries(s.flatRatesPerSeatMonth)
        .map(([k, v]) => `${k} ${formatEuroDe(v)}`)
        .join(', ') || 'none'
    }`,
  ];
  ctx.out(lines.join('\n'));
}

function dueLine(s: Settings): string {
  const d = dueSettings(s);
  return `deadlines          final report/extension ${d.assignmentEndWeeks} weeks before the end; progress report every ${d.progressReportMonths} months; absence report by day ${d.absenceReportDay}; application by ${d.applicationDeadline}; applicants ${d.applicantDays} days per step`;
}

const CONTACT_FIELDS = ['name', 'street', 'city', 'phone', 'email', 'contactPerson'];

/** A yearly day: MM-DD, or dd.MM. as Germans write it. */
function monthDayArg(value: string, key: string): string {
  const de = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(value.trim());
  const md = de ? `${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}` : value.trim();
  if (!isMonthDay(md))
    throw new UsageError(`${key} '${clip(value)}' is not a day of the year — use MM-DD, e.g. 09-30 (or 30.09.)`);
  return md;
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Applies one `config set` to a copy of the settings; returns a description of the change. */
export function applySetting(s: Settings, key: string, value: string, from: string): string {
  if (!isSettingKey(key)) throw new UsageError(`unknown setting '${key}' — the keys are: ${SETTING_KEYS.join(', ')}`);
  const seat = /^seats\.(total|holz|kueche|gestaltung)$/.exec(key);
  if (seat) {
    // Only the form here: the programme's ceiling of seats is the model's rule (exit 3).
    const n = intArg(value, key, 0, 999);
    const base = seatPlanOn(s, from);
    const plan = { from, total: base.total, areas: { ...base.areas } };
    if (seat[1] === 'total') plan.total = n;
    else plan.areas[areaArg(seat[1])] = n;
    s.seats = [...s.seats.filter((p) => p.from !== from), plan].sort((a, b) => compareText(a.from, b.from));
    return `${key} = ${n} from ${from}`;
  }
  switch (key) {
    case 'weeklyHours.min':
      s.weeklyHours.min = intArg(value, key, 1, 60);
      return `${key} = ${value}`;
    case 'weeklyHours.max':
      s.weeklyHours.max = intArg(value, key, 1, 60);
      return `${key} = ${value}`;
    case 'dailyMax':
      s.dailyMaxMinutes = hoursArg(value, key);
      return `${key} = ${value} h`;
    case 'leaveDaysPerFullMonth':
      s.leaveDaysPerFullMonth = intArg(value, key, 0, 5);
      return `${key} = ${value}`;
    case 'closingDays':
      s.closingDays = list(value)
        .map((d) => dateArg(d, 'closingDays'))
        .sort();
      return `${key} = ${s.closingDays.join(', ')}`;
    case 'aghCap.warnWeeksAhead':
      s.aghCap.warnWeeksAhead = intArg(value, key, 0, 52);
      return `${key} = ${value}`;
    case 'bookingGraceDays':
      s.bookingGraceDays = intArg(value, key, 0, 60);
      return `${key} = ${value}`;
    case 'language':
      s.language = languageArg(value, key);
      return `${key} = ${s.language}`;
    case 'absenceReportLayout': {
      const layout = ABSENCE_REPORT_LAYOUTS.find((l) => l === value.trim());
      if (!layout) throw new UsageError((m) => m.letters.badLayout(key, value.slice(0, 40), ABSENCE_REPORT_LAYOUTS));
      s.absenceReportLayout = layout;
      return `${key} = ${layout}`;
    }
    case 'retention.notesYearsAfterExit':
      s.retention.notesYearsAfterExit = intArg(value, key, 1, 30);
      return `${key} = ${value}`;
    case 'retention.recordsYearsAfterFundingYear':
      s.retention.recordsYearsAfterFundingYear = intArg(value, key, 1, 30);
      return `${key} = ${value}`;
    case 'retention.applicantsMonthsAfterDecision':
      s.retention.applicantsMonthsAfterDecision = intArg(value, key, 1, 120);
      return `${key} = ${value}`;
    case 'due.assignmentEndWeeks':
      s.due = { ...s.due, assignmentEndWeeks: intArg(value, key, 0, 52) };
      return `${key} = ${value}`;
    case 'due.progressReportMonths':
      s.due = { ...s.due, progressReportMonths: intArg(value, key, 1, 36) };
      return `${key} = ${value}`;
    case 'due.absenceReportDay':
      s.due = { ...s.due, absenceReportDay: intArg(value, key, 1, 28) };
      return `${key} = ${value}`;
    case 'due.applicationDeadline':
      s.due = { ...s.due, applicationDeadline: monthDayArg(value, key) };
      return `${key} = ${s.due.applicationDeadline}`;
    case 'due.applicantDays':
      s.due = { ...s.due, applicantDays: intArg(value, key, 1, 365) };
      return `${key} = ${value}`;
    case 'staff.socialWorkers':
      s.staff.socialWorkers = list(value).map((v) => textArg(v, key, { max: 100 }));
      return `${key} = ${value}`;
    case 'customerTypes':
      s.customerTypes = list(value).map((v) => textArg(v, key, { max: 100 }));
      return `${key} = ${value}`;
  }
  const kinds = /^workKinds\.(\w+)$/.exec(key);
  if (kinds) {
    s.workKinds = { ...s.workKinds, [areaArg(kinds[1])]: list(value).map((v) => textArg(v, key, { max: 100 })) };
    return `${key} = ${value}`;
  }
  const instr = /^staff\.instructors\.(\w+)$/.exec(key);
  if (instr) {
    s.staff.instructors[areaArg(instr[1])] = list(value).map((v) => textArg(v, key, { max: 100 }));
    return `${key} = ${value}`;
  }
  const contact = /^(provider|jobcenter)\.(\w+)$/.exec(key);
  if (
    contact &&
    (CONTACT_FIELDS.includes(contact[2]!) ||
      (contact[1] === 'provider' && ['measureName', 'measureNumber'].includes(contact[2]!)))
  ) {
    (s[contact[1] as 'provider'] as unknown as Record<string, string>)[contact[2]!] = textArg(value, key, {
      required: false,
      max: 200,
    });
    return `${key} = ${value}`;
  }
  const flat = /^flatRate\.([\w-]+)$/.exec(key);
  if (flat) {
    const cents = eurosArg(value, key);
    if (cents === 0) delete s.flatRatesPerSeatMonth[flat[1]!];
    else s.flatRatesPerSeatMonth[flat[1]!] = cents;
    return `${key} = ${centsToDecimal(cents)} € per seat and month`;
  }
  throw new UsageError(`unknown setting '${key}' — see 'insat config set --help' for the keys`);
}

export async function runConfigSet(
  ctx: Ctx,
  key: string,
  value: string,
  opts: { from?: string; force?: boolean; dryRun?: boolean },
): Promise<void> {
  const from = opts.from ? dateArg(opts.from, '--from') : ctx.today;
  const probe = structuredClone((await openStore(ctx)).main.settings);
  applySetting(probe, key, value, from); // usage errors before the lock
  let described = '';
  await change(ctx, `config set ${key}`, Boolean(opts.dryRun), (tx) => {
    const before = structuredClone(tx.main.settings);
    described = applySetting(tx.main.settings, key, value, from);
    refuseIf(datedSettingViolations(tx.main, before, key, from, ctx.today, Boolean(opts.force)));
    refuseIf(settingsViolations(tx.main.settings));
  });
  doneLine(ctx, Boolean(opts.dryRun), `set ${described}`);
}

/** Seat plans and closing days: never silently into the past; a plan never below the seats taken. */
function datedSettingViolations(
  main: MainData,
  before: Settings,
  key: string,
  from: string,
  today: string,
  force: boolean,
): Violation[] {
  const after = main.settings;
  if (key.startsWith('seats.')) {
    const plan = after.seats.find((p) => p.from === from)!;
    return [
      ...pastSettingViolations(`the seat plan from ${from}`, [from], today, force),
      ...seatPlanViolations(main.assignments, plan),
    ];
  }
  if (key === 'closingDays') {
    const added = after.closingDays.filter((d) => !before.closingDays.includes(d));
    const removed = before.closingDays.filter((d) => !after.closingDays.includes(d));
    return [
      ...closingDayViolations(added),
      ...pastSettingViolations('the change of closing days', [...added, ...removed].sort(), today, force),
    ];
  }
  return [];
}

export interface RateChangeOptions {
  from: string;
  force?: boolean;
  dryRun?: boolean;
}

/** Prints each month whose bookings a rate change re-prices (with --dry-run or --force). */
function listRepriced(ctx: Ctx, months: RepricedMonth[], opts: RateChangeOptions): void {
  if (!(opts.dryRun || opts.force) || ctx.json) return;
  if (months.length === 0) ctx.out('no booked month is re-priced');
  else ctx.out(['month      old total → new total', ...months.map((m) => `  ${repricedLine(m)}`)].join('\n'));
}

async function changeRates(
  ctx: Ctx,
  summary: string,
  opts: RateChangeOptions,
  from: string,
  edit: (rates: RatePeriod[]) => void,
): Promise<RepricedMonth[]> {
  let months: RepricedMonth[] = [];
  await change(ctx, summary, Boolean(opts.dryRun), async (tx) => {
    const rates = tx.main.settings.rates.map((r) => ({ ...r }));
    edit(rates);
    rates.sort((a, b) => compareText(a.from, b.from));
    const bookings = await tx.bookingsBetween(from < ctx.today ? from : ctx.today, ctx.today);
    months = repricedMonths(tx.main, bookings, from, rates);
    refuseIf(
      pastChangeViolations(
        `the rate change from ${from}`,
        from,
        ctx.today,
        months,
        Boolean(opts.force) || Boolean(opts.dryRun),
      ),
    );
    tx.main.settings.rates = rates;
  });
  return months;
}

export async function runRateSet(ctx: Ctx, euros: string, opts: RateChangeOptions): Promise<void> {
  const cents = eurosArg(euros);
  const from = dateArg(opts.from, '--from');
  const months = await changeRates(
    ctx,
    `config rate set ${centsToDecimal(cents)} from ${from}`,
    opts,
    from,
    (rates) => {
      refuseIf(rateSetViolations(rates, from, cents));
      rates.push({ from, centsPerHour: cents });
    },
  );
  listRepriced(ctx, months, opts);
  if (ctx.json) ctx.out(JSON.stringify({ from, centsPerHour: cents, dryRun: Boolean(opts.dryRun), months }));
  else doneLine(ctx, Boolean(opts.dryRun), `set the allowance rate to ${formatEuroDe(cents)}/h from ${from}`);
}

export async function runRateDelete(ctx: Ctx, opts: RateChangeOptions): Promise<void> {
  const from = dateArg(opts.from, '--from');
  const months = await changeRates(ctx, `config rate delete from ${from}`, opts, from, (rates) => {
    refuseIf(rateDeleteViolations(rates, from));
    rates.splice(
      rates.findIndex((r) => r.from === from),
      1,
    );
  });
  listRepriced(ctx, months, opts);
  if (ctx.json) ctx.out(JSON.stringify({ from, dryRun: Boolean(opts.dryRun), months }));
  else doneLine(ctx, Boolean(opts.dryRun), `removed the allowance rate that started on ${from}`);
}

export async function runRateList(ctx: Ctx, opts: { format?: string }): Promise<void> {
  const rates = (await openStore(ctx)).main.settings.rates;
  await emit(ctx, formatOf(ctx, opts.format), {
    json: () => ({
      rates: rates.map((r, i) => ({
        from: r.from,
        to: rates[i + 1] ? addDays(rates[i + 1]!.from, -1) : null,
        centsPerHour: r.centsPerHour,
      })),
    }),
    tabular: () => ({
      columns: [
        { key: 'from', header: 'from', kind: 'date' },
        { key: 'cents', header: 'euros per hour', kind: 'cents' },
      ],
      rows: rates.map((r) => ({ from: r.from, cents: r.centsPerHour })),
    }),
  });
}

import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, reply } from '../../cli/output.js';
import type { Catalogue, Text } from '../../i18n/text.js';
import { areaArg, clip, dateArg, eurosArg, hoursArg, intArg, languageArg, textArg } from '../../cli/parse.js';
import { change, openStore } from '../../cli/store-access.js';
import { NotFoundError, refuseIf, UsageError } from '../../errors.js';
import { effectiveSettings } from '../../model/effective-settings.js';
import { isMonthDay } from '../../model/dates.js';
import { centsToDecimal } from '../../model/money.js';
import { isSettingKey, rateOn, seatPlanOn, SETTING_KEYS, settingsViolations } from '../../model/settings.js';
import {
  pastChangeViolations,
  rateDeleteViolations,
  rateSpans,
  repricedLine,
  repricedMonths,
  rateSetViolations,
  unpricedViolations,
  type RepricedMonth,
} from '../../model/rate-change.js';
import { closingDayViolations, pastSettingViolations, seatPlanViolations } from '../../model/dated-settings.js';
import {
  ABSENCE_REPORT_LAYOUTS,
  AREAS,
  type Area,
  type MainData,
  type RatePeriod,
  type SeatPlan,
  type Settings,
} from '../../model/types.js';
import type { Violation } from '../../model/violations.js';
import { compareText } from '../../model/compare.js';
import { workKindChangeViolations } from '../../model/orders.js';
import { workKindCatalogue } from '../../store/catalogues.js';

export async function runConfigShow(ctx: Ctx): Promise<void> {
  const store = await openStore(ctx);
  // what the commands go by: a setting never set shows its default
  const s = effectiveSettings(store.main.settings);
  const shown = ctx.m.config.shown;
  const fmt = ctx.m.fmt;
  const areaWords = ctx.m.participant.show.areaWords as Readonly<Record<string, string>>;
  const areas = (p: SeatPlan) => AREAS.map((a) => `${areaWords[a] ?? a} ${p.areas[a]}`).join(', ');
  await emit(ctx, ctx.json ? 'json' : 'text', {
    json: () => s,
    text: () => {
      const plan = seatPlanOn(s, ctx.today);
      const rate = rateOn(s, ctx.today);
      return [
        shown.seatsToday(plan.total, areas(plan), plan.from),
        ...s.seats.filter((p) => p.from > ctx.today).map((p) => shown.seatsPlanned(p.total, areas(p), p.from)),
        shown.weeklyHours(s.weeklyHours.min, s.weeklyHours.max),
        shown.dailyMax(s.dailyMaxMinutes),
        shown.rate(rate?.centsPerHour ?? null, rate?.from ?? null),
        shown.closingDays(s.closingDays),
        shown.leave(s.leaveDaysPerFullMonth),
        shown.deadlines(s.due),
        shown.aghCap(s.aghCap.months, s.aghCap.frameYears, s.aghCap.extendedMonths),
        shown.bookingGrace(s.bookingGraceDays),
        shown.provider([s.provider.name, s.provider.street, s.provider.city].filter(Boolean).join(', ')),
        shown.measure(`${s.provider.measureName}${s.provider.measureNumber ? ` (${s.provider.measureNumber})` : ''}`),
        shown.jobcenter([s.jobcenter.name, s.jobcenter.street, s.jobcenter.city].filter(Boolean).join(', ')),
        ctx.m.staff.configShown(s.caseloadTarget),
        shown.flatRates(
          Object.entries(s.flatRatesPerSeatMonth)
            .map(([k, v]) => `${k} ${fmt.euro(v)}`)
            .join(', '),
        ),
        shown.language(s.language),
        shown.absenceReportLayout(s.absenceReportLayout),
      ].join('\n');
    },
  });
}

/** A yearly day: MM-DD, or dd.MM. as Germans write it. */
function monthDayArg(value: string, key: string): string {
  const de = /^(\d{1,2})\.(\d{1,2})\.?$/.exec(value.trim());
  const md = de ? `${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}` : value.trim();
  if (!isMonthDay(md)) throw new UsageError((m) => m.config.notMonthDay(key, clip(value)));
  return md;
}

const CONTACT_FIELDS = ['name', 'street', 'city', 'phone', 'email', 'contactPerson'];

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Applies one `config set` to a copy of the settings; returns a description of the change. */
export function applySetting(m: Catalogue, s: Settings, key: string, value: string, from: string): string {
  if (/^staff\./.test(key)) throw new UsageError((m) => m.staff.errors.noLongerSetting(key));
  if (!isSettingKey(key)) throw new UsageError((m) => m.config.unknownKey(key, SETTING_KEYS.join(', ')));
  const seat = /^seats\.(total|holz|kueche|gestaltung)$/.exec(key);
  if (seat) {
    // Only the form here: the programme's ceiling of seats is the model's rule (exit 3).
    const n = intArg(value, key, 0, 999);
    const base = seatPlanOn(s, from);
    const plan = { from, total: base.total, areas: { ...base.areas } };
    if (seat[1] === 'total') plan.total = n;
    else plan.areas[areaArg(seat[1])] = n;
    s.seats = [...s.seats.filter((p) => p.from !== from), plan].sort((a, b) => compareText(a.from, b.from));
    return m.config.seatsFrom(key, n, from);
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
      return m.config.hours(key, s.dailyMaxMinutes);
    case 'leaveDaysPerFullMonth':
      s.leaveDaysPerFullMonth = intArg(value, key, 0, 5);
      return `${key} = ${value}`;
    case 'closingDays':
      s.closingDays = list(value)
        .map((d) => dateArg(d, 'closingDays'))
        .sort();
      return `${key} = ${s.closingDays.map(m.fmt.date).join(', ')}`;
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
    case 'retention.notesYearsAfterExit':
      s.retention.notesYearsAfterExit = intArg(value, key, 1, 30);
      return `${key} = ${value}`;
    case 'retention.recordsYearsAfterFundingYear':
      s.retention.recordsYearsAfterFundingYear = intArg(value, key, 1, 30);
      return `${key} = ${value}`;
    case 'retention.applicantsMonthsAfterDecision':
      s.retention.applicantsMonthsAfterDecision = intArg(value, key, 1, 120);
      return `${key} = ${value}`;
    case 'caseloadTarget':
      s.caseloadTarget = intArg(value, key, 1, 99);
      return `${key} = ${value}`;
    case 'customerTypes':
      s.customerTypes = list(value).map((v) => textArg(v, key, { max: 100 }));
      return `${key} = ${value}`;
  }
  const kinds = /^workKinds\.(\w+)$/.exec(key);
  if (kinds) {
    // dated like the application that lists them: orders that came in before keep the list of their day
    const area = areaArg(kinds[1]);
    const listed = list(value).map((v) => textArg(v, key, { max: 100 }));
    if (listed.length === 0) throw new UsageError((m) => m.config.noKinds(key));
    s.workKindLists = [
      ...(s.workKindLists ?? []).filter((l) => l.area !== area || l.from !== from),
      { from, area, kinds: listed },
    ].sort((a, b) => compareText(a.from, b.from) || compareText(a.area, b.area));
    return m.config.kindsFrom(key, listed, from);
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
    return m.config.perSeatMonth(key, cents);
  }
  throw new UsageError((m) => m.config.unknownKeyHelp(key));
}

export async function runConfigSet(
  ctx: Ctx,
  key: string,
  value: string,
  opts: { from?: string; force?: boolean; dryRun?: boolean },
): Promise<void> {
  const from = opts.from ? dateArg(opts.from, '--from') : ctx.today;
  const probe = structuredClone((await openStore(ctx)).main.settings);
  applySetting(ctx.m, probe, key, value, from); // usage errors before the lock
  let described = '';
  await change(
    ctx,
    (m) => m.config.summarySet(key),
    Boolean(opts.dryRun),
    (tx) => {
      const before = structuredClone(tx.main.settings);
      described = applySetting(ctx.m, tx.main.settings, key, value, from);
      refuseIf(datedSettingViolations(tx.main, before, key, from, ctx.today, Boolean(opts.force)));
      refuseIf(settingsViolations(tx.main.settings));
    },
  );
  reply(ctx, {
    json: { key, value: described, dryRun: Boolean(opts.dryRun) },
    done: ctx.m.config.setDone(described),
    wouldDo: ctx.m.config.setWould(described),
    dryRun: Boolean(opts.dryRun),
  });
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
      ...pastSettingViolations((m) => m.settings.theSeatPlanFrom(from), [from], today, force),
      ...seatPlanViolations(main.assignments, plan),
    ];
  }
  const kinds = /^workKinds\.(\w+)$/.exec(key);
  if (kinds) return workKindChangeViolations(main.orders, before, after, workKindCatalogue(), kinds[1] as Area, from);
  if (key === 'closingDays') {
    const added = after.closingDays.filter((d) => !before.closingDays.includes(d));
    const removed = before.closingDays.filter((d) => !after.closingDays.includes(d));
    return [
      ...closingDayViolations(added),
      ...pastSettingViolations((m) => m.settings.theClosingDays, [...added, ...removed].sort(), today, force),
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
  const words = ctx.m.config;
  if (months.length === 0) ctx.out(words.noneRepriced);
  else ctx.out([words.repricedHeading, ...months.map((m) => `  ${repricedLine(ctx.m, m)}`)].join('\n'));
}

async function changeRates(
  ctx: Ctx,
  summary: Text,
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
    refuseIf(unpricedViolations(rates, bookings));
    refuseIf(
      pastChangeViolations(
        (m) => m.settings.theRateChangeFrom(from),
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
    (m) => m.config.summaryRateSet(centsToDecimal(cents), from),
    opts,
    from,
    (rates) => {
      refuseIf(rateSetViolations(rates, from, cents));
      rates.push({ from, centsPerHour: cents });
    },
  );
  listRepriced(ctx, months, opts);
  reply(ctx, {
    json: { from, centsPerHour: cents, dryRun: Boolean(opts.dryRun), months },
    done: ctx.m.config.rateSetDone(cents, from),
    wouldDo: ctx.m.config.rateSetWould(cents, from),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runRateDelete(ctx: Ctx, opts: RateChangeOptions): Promise<void> {
  const from = dateArg(opts.from, '--from');
  const months = await changeRates(
    ctx,
    (m) => m.config.summaryRateDelete(from),
    opts,
    from,
    (rates) => {
      // a rate that does not exist is not found (exit 4), not refused by a rule
      if (!rates.some((r) => r.from === from)) throw new NotFoundError((m) => m.settings.noRateThatDay(from));
      refuseIf(rateDeleteViolations(rates, from));
      rates.splice(
        rates.findIndex((r) => r.from === from),
        1,
      );
    },
  );
  listRepriced(ctx, months, opts);
  reply(ctx, {
    json: { from, dryRun: Boolean(opts.dryRun), months },
    done: ctx.m.config.rateDeleteDone(from),
    wouldDo: ctx.m.config.rateDeleteWould(from),
    dryRun: Boolean(opts.dryRun),
  });
}

export async function runRateList(ctx: Ctx, opts: { format?: string }): Promise<void> {
  const rates = (await openStore(ctx)).main.settings.rates;
  await emit(ctx, formatOf(ctx, opts.format), {
    json: () => ({
      rates: rateSpans(rates).map((r) => ({ from: r.from, to: r.to, centsPerHour: r.centsPerHour })),
    }),
    tabular: () => ({
      columns: [
        { key: 'from', header: 'from', label: ctx.m.config.rateColumns.from, kind: 'date' },
        { key: 'cents', header: 'euros per hour', label: ctx.m.config.rateColumns.cents, kind: 'cents' },
      ],
      rows: rates.map((r) => ({ from: r.from, cents: r.centsPerHour })),
    }),
  });
}

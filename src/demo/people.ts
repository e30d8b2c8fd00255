// People: a person for every stay (a few come back for a second stay), prior AGH periods elsewhere,
// and the entry pipeline of people who never started.
import type { Person } from '../model/types.js';
import { CAP_DAYS, stayDays, type Generation, type PersonDraft, type Stay } from './generation.js';
import type { NameGroup } from './seeds.js';

/** Attaches a person to every stay, in the order of their starts; a few people come back. */
export function attachPeople(g: Generation): void {
  const { rng } = g;
  const p = g.seeds.parameters;
  const ordered = [...g.stays].sort((x, y) => x.start - y.start || x.seat - y.seat);
  for (const s of ordered) {
    let draft: PersonDraft | null = null;
    if (s.role !== 'prior' && rng.chance(p.returnerShare)) {
      const candidates = g.drafts.filter((d) => {
        const last = d.stays[d.stays.length - 1]!;
        return (
          last.lastDay < s.start - 180 &&
          last.exit !== null &&
          RETURNABLE.has(last.exit.reason) &&
          d.usedDays + stayDays(s) <= CAP_DAYS
        );
      });
      if (candidates.length) draft = rng.pick(candidates);
    }
    if (!draft) {
      draft = newPerson(g, Math.min(s.start, g.today), s.start);
      if (s.role === 'prior' || (s.role === 'past' && rng.chance(p.priorPeriodShare))) addPriorPeriod(g, draft, s);
    }
    draft.stays.push(s);
    draft.usedDays += stayDays(s);
    s.person = draft;
  }
}

/** An AGH period elsewhere before the stay; a past stay may have ended by reaching the cap. */
function addPriorPeriod(g: Generation, d: PersonDraft, s: Stay): void {
  const { rng } = g;
  const budget = CAP_DAYS - stayDays(s);
  if (budget < 60) return;
  let days = rng.int(90, Math.min(budget, 300));
  if (s.role === 'past' && s.exit?.reason === 'regular-end' && rng.chance(0.4)) {
    days = budget;
    s.exit.reason = 'max-duration';
  }
  const to = s.start - rng.int(120, 900);
  d.person.priorPeriods.push({
    from: g.cal.iso(to - days + 1),
    to: g.cal.iso(to),
    provider: rng.pick(g.seeds.priorProviders),
  });
  d.usedDays += days;
}

/**
 * A new person whose entry pipeline ran before `anchor` (the start, or today for planned starts).
 * `outcome` null: enrolled; otherwise where the pipeline stopped.
 */
function newPerson(
  g: Generation,
  anchor: number,
  start: number | null,
  outcome: ApplicantOutcome | null = null,
): PersonDraft {
  const { rng, cal, seeds } = g;
  const p = seeds.parameters;
  let name = '';
  for (let i = 0; i < 50 && (!name || g.usedNames.has(name)); i++) name = personName(g);
  g.usedNames.add(name);
  let customerNo = '';
  while (!customerNo || g.usedCustomerNos.has(customerNo))
    customerNo = `${seeds.customerNoPrefix}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
  g.usedCustomerNos.add(customerNo);
  const age = rng.int(21, 59);
  const birth = (start ?? anchor) - Math.floor(age * 365.25) - rng.int(0, 364);
  const officer = rng.pick(seeds.integrationOfficers);

  let contact: number,
    info: number | null = null,
    attended = true,
    decision: Person['decision'] = null,
    withdrawn: number | null = null;
  if (outcome === null) {
    const decided = cal.prevWorking(anchor - rng.int(2, 20));
    info = cal.prevWorking(decided - rng.int(3, 14));
    contact = cal.prevWorking(info - rng.int(5, 30));
    decision = { suitable: true, by: officer, date: cal.iso(decided) };
  } else {
    ({ contact, info, attended, decision, withdrawn } = pipeline(g, outcome, anchor, officer));
  }
  const person: Person = {
    id: '',
    name,
    birthDate: cal.iso(birth),
    phone: rng.chance(0.85) ? `${rng.pick(seeds.mobilePrefixes)} ${rng.int(1_000_000, 99_999_999)}` : '',
    email: rng.chance(0.4) ? `${mailName(name)}@${seeds.emailDomain}` : '',
    address: `${rng.pick(seeds.streets)} ${rng.int(1, 160)}, ${rng.pick(seeds.postcodes)} Bochum`,
    addictionStatus: rng.weighted(p.addictionStatus),
    jobcenterCustomerNo: customerNo,
    referredBy: rng.weighted(p.referredBy),
    contactDate: cal.iso(contact),
    infoAppointment: info === null ? null : cal.iso(info),
    attended,
    decision,
    priorPeriods: [],
  };
  if (withdrawn !== null) person.withdrawn = cal.iso(withdrawn);
  const draft: PersonDraft = {
    person,
    officer,
    socialWorker: rng.pick(seeds.staff.socialWorkers),
    stays: [],
    usedDays: 0,
  };
  g.drafts.push(draft);
  return draft;
}

/** A first and last name, mostly from one group of the Bochum mix, now and then mixed. */
function personName(g: Generation): string {
  const { rng } = g;
  const { groups, mixedShare } = g.seeds.names;
  const weighted = Object.values(groups).map((g): [NameGroup, number] => [g, g.weight]);
  const group = rng.weighted(weighted);
  const first = rng.pick(group.firstNames);
  if (rng.chance(mixedShare)) return `${first} ${rng.pick((groups.german ?? group).lastNames)}`;
  let last = rng.pick(group.lastNames);
  if (first.endsWith('a')) {
    for (const [masculine, feminine] of group.feminineEndings ?? []) {
      if (last.endsWith(masculine)) {
        last = last.slice(0, -masculine.length) + feminine;
        break;
      }
    }
  }
  return `${first} ${last}`;
}

function pipeline(g: Generation, outcome: ApplicantOutcome, anchor: number, officer: string) {
  const { rng, cal, today } = g;
  const lastPast = (d: number) => Math.min(cal.prevWorking(d), cal.prevWorking(today - 1));
  let contact: number,
    info: number | null = null,
    attended = false,
    decision: Person['decision'] = null,
    withdrawn: number | null = null;
  switch (outcome) {
    case 'new':
      contact = lastPast(today - rng.int(0, 10));
      break;
    case 'scheduled':
      contact = lastPast(today - rng.int(4, 20));
      info = cal.nextWorking(today + rng.int(2, 12));
      break;
    case 'attended':
      info = lastPast(today - rng.int(2, 10));
      contact = cal.prevWorking(info - rng.int(7, 25));
      attended = true;
      break;
    default: {
      // Decided (suitable or not), or withdrawn: the pipeline lies before `anchor`.
      const decided = lastPast(anchor);
      info = cal.prevWorking(decided - rng.int(3, 14));
      contact = cal.prevWorking(info - rng.int(5, 30));
      if (outcome === 'withdrawn-before-info') {
        // Called off before the information appointment (sometimes before one was made).
        withdrawn = info - rng.int(0, 3);
        if (rng.chance(0.5)) info = null;
      } else {
        attended = true;
        if (outcome === 'suitable' || outcome === 'withdrawn-suitable')
          decision = { suitable: true, by: officer, date: cal.iso(decided) };
        if (outcome === 'unsuitable') decision = { suitable: false, by: officer, date: cal.iso(decided) };
        if (outcome === 'withdrawn-suitable') withdrawn = lastPast(decided + rng.int(10, 60));
      }
    }
  }
  return { contact, info, attended, decision, withdrawn };
}

/** People who never started: today's pipeline, and earlier applicants who never got a seat. */
export function addApplicants(g: Generation): void {
  const { rng, today } = g;
  const p = g.seeds.parameters;
  const now: [ApplicantOutcome, number][] = [
    ['new', 2],
    ['scheduled', 2],
    ['attended', 2],
    ['suitable', p.waitingList],
    ['unsuitable', 2],
  ];
  for (const [outcome, n] of now) {
    for (let i = 0; i < n; i++) {
      const anchor =
        outcome === 'suitable' ? today - rng.int(5, 45) : outcome === 'unsuitable' ? today - rng.int(10, 150) : today;
      newPerson(g, anchor, null, outcome);
    }
  }
  newPerson(g, today - rng.int(10, 60), null, 'withdrawn-before-info');
  // Earlier applicants, spread over the history.
  const years = (today - 120 - g.from) / 365.25;
  const count = Math.max(0, Math.round(years * p.applicantsWithoutStartPerYear));
  for (let i = 0; i < count; i++) {
    const anchor = rng.int(g.from + 30, today - 120);
    const outcome = rng.weighted<ApplicantOutcome>([
      ['unsuitable', 50],
      ['withdrawn-suitable', 25],
      ['withdrawn-before-info', 25],
    ]);
    newPerson(g, anchor, null, outcome);
  }
}

export type ApplicantOutcome =
  'new' | 'scheduled' | 'attended' | 'suitable' | 'unsuitable' | 'withdrawn-suitable' | 'withdrawn-before-info';

/** Exits after which a person may plausibly be assigned again later. */
const RETURNABLE = new Set([
  'regular-end',
  'dropout',
  'therapy',
  'long-illness',
  'minijob',
  'benefit-ended',
  'other-measure',
  'excluded',
  'job',
]);

/** "Zeynep Doğan" → "zeynep.dogan" */
function mailName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.');
}

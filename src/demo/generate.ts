// The demo programme (`insat init --demo`) and the benchmark history (`npm run bench`): a
// deterministic programme as of a given day, built from seeds/demo.json with a seeded PRNG.
//
// The model: every seat of the seat plan is a timeline of stays (assignments). A seat holds one
// person at a time, so no area and no total can ever be over capacity. The timelines are built
// backwards from today — first who sits on each seat today (and who will start soon), then, seat
// by seat, who sat there before, until the history is long enough. People are attached to the
// stays afterwards (a few come back for a second stay), the entry pipeline is added for people who
// never started, and daily bookings are written for every working day of every stay up to
// yesterday. Every person's AGH days (prior periods elsewhere included) stay within 24 months.
import { readFileSync } from 'node:fs';
import { addMonths, dayNumber, fromDayNumber, isoOf, type IsoDate } from '../model/dates.js';
import { nrwHolidays } from '../model/holidays.js';
import { defaultSettings } from '../store/defaults.js';
import {
  AREAS, type AbsenceCode, type Area, type Assignment, type Booking, type Goal, type GoalStatus, type MainData, type Note,
  type Person, type ReferralSource, type Settings,
} from '../model/types.js';

// ---------------------------------------------------------------------------------------------
// Seeds

type Weighted<T> = [T, number][];

interface NameGroup {
  weight: number;
  firstNames: string[];
  lastNames: string[];
  /** [masculine ending, feminine ending] of last names, for women of this group. */
  feminineEndings?: [string, string][];
}

interface Seeds {
  names: { mixedShare: number; groups: Record<string, NameGroup> };
  streets: string[];
  postcodes: string[];
  emailDomain: string;
  mobilePrefixes: string[];
  customerNoPrefix: string;
  provider: Settings['provider'];
  jobcenter: Settings['jobcenter'];
  staff: Settings['staff'];
  integrationOfficers: string[];
  priorProviders: string[];
  extensionReasons: string[];
  otherExitTexts: string[];
  goals: string[];
  reviewComments: Record<GoalStatus, string[]>;
  internalNotes: string[];
  jobcenterNotes: string[];
  parameters: {
    demoSeed: number;
    historySeed: number;
    demoHistoryMonths: number;
    vacantSeatsToday: number;
    waitingList: number;
    weeklyHours: Weighted<number>;
    exitReasons: Weighted<string>;
    referredBy: Weighted<ReferralSource>;
    addictionStatus: Weighted<Person['addictionStatus']>;
    applicantsWithoutStartPerYear: number;
    returnerShare: number;
    priorPeriodShare: number;
  };
}

let seedsCache: Seeds | null = null;

/** seeds/demo.json — `../../seeds/` is the project root from both src/demo and dist/demo. */
export function loadSeeds(): Seeds {
  seedsCache ??= JSON.parse(readFileSync(new URL('../../seeds/demo.json', import.meta.url), 'utf8')) as Seeds;
  return seedsCache;
}

// ---------------------------------------------------------------------------------------------
// Randomness: mulberry32, a small seeded PRNG (never Math.random, never the clock)

class Rng {
  private state: number;
  constructor(seed: number) { this.state = seed >>> 0; }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return hi <= lo ? lo : lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean { return this.next() < p; }

  pick<T>(items: readonly T[]): T { return items[Math.floor(this.next() * items.length)]!; }

  weighted<T>(items: Weighted<T>): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [value, w] of items) {
      if (r < w) return value;
      r -= w;
    }
    return items[items.length - 1]![0];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar: day numbers with working-day flags and ISO strings, precomputed once per programme

class Calendar {
  private readonly working: Uint8Array;
  private readonly isoCache: IsoDate[];
  private readonly months: Uint8Array;

  constructor(readonly lo: number, readonly hi: number, closingDays: readonly IsoDate[]) {
    const closing = new Set(closingDays);
    const n = hi - lo + 1;
    this.working = new Uint8Array(n);
    this.isoCache = new Array<IsoDate>(n);
    this.months = new Uint8Array(n);
    const holidays = new Set<IsoDate>();
    const y0 = Number(fromDayNumber(lo).slice(0, 4)), y1 = Number(fromDayNumber(hi).slice(0, 4));
    for (let y = y0; y <= y1; y++) for (const d of nrwHolidays(y).keys()) holidays.add(d);
    for (let i = 0; i < n; i++) {
      const iso = fromDayNumber(lo + i);
      this.isoCache[i] = iso;
      this.months[i] = Number(iso.slice(5, 7));
      this.working[i] = weekdayOf(lo + i) <= 5 && !holidays.has(iso) && !closing.has(iso) ? 1 : 0;
    }
  }

  iso(day: number): IsoDate {
    return day >= this.lo && day <= this.hi ? this.isoCache[day - this.lo]! : fromDayNumber(day);
  }

  /** 1 … 12 */
  month(day: number): number {
    return day >= this.lo && day <= this.hi ? this.months[day - this.lo]! : Number(fromDayNumber(day).slice(5, 7));
  }

  isWorking(day: number): boolean {
    if (day < this.lo || day > this.hi) return weekdayOf(day) <= 5;
    return this.working[day - this.lo] === 1;
  }

  /** The day itself when it is a working day, else the next working day. */
  nextWorking(day: number): number {
    while (!this.isWorking(day)) day++;
    return day;
  }

  /** The day itself when it is a working day, else the working day before. */
  prevWorking(day: number): number {
    while (!this.isWorking(day)) day--;
    return day;
  }
}

/** 1 = Monday … 7 = Sunday for a day number (day 0, 1970-01-01, was a Thursday). */
function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** `day` + whole calendar months, as a day number. */
function plusMonths(cal: Calendar, day: number, months: number): number {
  return dayNumber(addMonths(cal.iso(day), months));
}

/**
 * The first day on which `fullMonthsBetween(start, day)` (src/model/dates.ts) reaches `k`: the day
 * before the k-th month anniversary, but never before that anniversary's calendar month begins.
 */
function fullMonthReached(cal: Calendar, start: number, k: number): number {
  const anniversary = addMonths(cal.iso(start), k);
  return Math.max(dayNumber(anniversary) - 1, dayNumber(`${anniversary.slice(0, 8)}01`));
}

// ---------------------------------------------------------------------------------------------
// Stays: one assignment on one seat, in day numbers until the end

type Role = 'normal' | 'ends-soon' | 'ends-later' | 'extended' | 'prior' | 'planned' | 'past';

interface Stay {
  seat: number;
  area: Area;
  role: Role;
  start: number;
  until: number;
  /** The last day the seat is taken (exit or end). */
  lastDay: number;
  hoursPerWeek: number;
  exit: { reason: string; text: string } | null;
  /** When the assignment was extended: its first end, and the day the extension was recorded. */
  extension: { previousUntil: number; recorded: number; reason: string } | null;
  person: PersonDraft | null;
}

interface PersonDraft {
  person: Person;
  officer: string;
  socialWorker: string;
  stays: Stay[];
  /** AGH days used so far (prior periods and stays here), kept within the 24-month cap. */
  usedDays: number;
}

/** The cap is 730 days (24 months of 365/12 days); stay one day below it everywhere. */
const CAP_DAYS = 729;

interface Options {
  seed: number;
  today: IsoDate;
  /** Stays are generated back to this day. */
  historyFrom: IsoDate;
  /** true: no stay starts before historyFrom (the programme began then). */
  clampToHistory: boolean;
  closingDays: IsoDate[];
}

function stayDays(s: Stay): number {
  return s.lastDay - s.start + 1;
}

class Builder {
  readonly rng: Rng;
  readonly seeds = loadSeeds();
  readonly settings: Settings;
  readonly cal: Calendar;
  readonly today: number;
  readonly from: number;
  readonly stays: Stay[] = [];
  readonly drafts: PersonDraft[] = [];
  private readonly usedNames = new Set<string>();
  private readonly usedCustomerNos = new Set<string>();

  constructor(readonly opts: Options) {
    this.rng = new Rng(opts.seed);
    this.today = dayNumber(opts.today);
    this.from = dayNumber(opts.historyFrom);
    this.settings = programmeSettings(this.seeds, opts.closingDays);
    this.cal = new Calendar(this.from - 4 * 366, this.today + 2 * 366, opts.closingDays);
  }

  // --- seats today and the stays that lead up to them ---------------------------------------

  build(): void {
    const plan = this.settings.seats[this.settings.seats.length - 1]!;
    const seats: Area[] = AREAS.flatMap((area) => Array.from({ length: plan.areas[area] }, () => area));
    const p = this.seeds.parameters;
    const rng = this.rng;

    // Vacant seats today: spread over the areas.
    const vacant = new Set<number>();
    for (let k = 0; vacant.size < Math.min(p.vacantSeatsToday, seats.length); k++) {
      const area = AREAS[k % AREAS.length]!;
      const candidates = seats.map((a, i) => (a === area && !vacant.has(i) ? i : -1)).filter((i) => i >= 0);
      if (candidates.length) vacant.add(rng.pick(candidates));
    }
    const occupied = rng.shuffle(seats.map((_, i) => i).filter((i) => !vacant.has(i)));
    const roles = new Map<number, Role>();
    const special: Role[] = ['ends-soon', 'ends-soon', 'ends-later', 'ends-later', 'extended', 'prior'];
    special.forEach((role, i) => { if (occupied[i] !== undefined) roles.set(occupied[i]!, role); });

    let plannedStarts = 0;
    let refilled = false;
    seats.forEach((area, seat) => {
      let freeFrom: number; // the day the earliest generated stay on this seat must end before
      if (vacant.has(seat)) {
        freeFrom = this.cal.prevWorking(this.today - rng.int(3, 25)) + 1;
        // Two of the free seats are already promised to someone starting soon.
        if (plannedStarts < 2) {
          plannedStarts++;
          const start = this.cal.nextWorking(this.today + (plannedStarts === 1 ? rng.int(5, 10) : rng.int(14, 24)));
          this.addPlanned(seat, area, start);
        }
      } else {
        const current = this.currentStay(seat, area, roles.get(seat) ?? 'normal');
        this.stays.push(current);
        freeFrom = current.start;
        // The seat that frees up within four weeks is refilled right after.
        if (current.role === 'ends-soon' && !refilled) {
          refilled = true;
          this.addPlanned(seat, area, this.cal.nextWorking(current.until + 1));
        }
      }
      this.pastStays(seat, area, freeFrom);
    });
  }

  private addPlanned(seat: number, area: Area, start: number): void {
    const until = plusMonths(this.cal, start, 12) - 1;
    this.stays.push(this.stay(seat, area, 'planned', start, until, until));
  }

  private stay(seat: number, area: Area, role: Role, start: number, until: number, lastDay: number): Stay {
    return {
      seat, area, role, start, until, lastDay, hoursPerWeek: this.rng.weighted(this.seeds.parameters.weeklyHours),
      exit: null, extension: null, person: null,
    };
  }

  /** The person on a seat today. */
  private currentStay(seat: number, area: Area, role: Role): Stay {
    const { rng, cal, today } = this;
    if (role === 'ends-soon' || role === 'ends-later') {
      const until = today + (role === 'ends-soon' ? rng.int(10, 24) : rng.int(33, 52));
      const months = rng.chance(0.7) ? 12 : 6;
      const start = cal.nextWorking(plusMonths(cal, until + 1, -months));
      return this.stay(seat, area, role, start, until, until);
    }
    if (role === 'extended') {
      const start = cal.nextWorking(today - rng.int(380, 470));
      const previousUntil = plusMonths(cal, start, 12) - 1;
      const until = plusMonths(cal, start, 18) - 1;
      const s = this.stay(seat, area, role, start, until, until);
      s.extension = { previousUntil, recorded: cal.prevWorking(previousUntil - rng.int(14, 35)), reason: rng.pick(this.seeds.extensionReasons) };
      return s;
    }
    for (;;) {
      const planned = rng.weighted<number>([[12, 65], [6, 20], [9, 15]]);
      const extra = role === 'normal' && rng.chance(0.12) ? 6 : 0;
      const elapsed = rng.int(0, (planned + extra) * 30 - 5);
      let start = cal.nextWorking(today - elapsed);
      if (start > today) start = cal.prevWorking(today);
      const previousUntil = plusMonths(cal, start, planned) - 1;
      let until = previousUntil;
      let extension: Stay['extension'] = null;
      if (extra > 0) {
        const recorded = cal.prevWorking(previousUntil - rng.int(10, 40));
        if (recorded < today) {
          until = plusMonths(cal, start, planned + extra) - 1;
          extension = { previousUntil, recorded, reason: rng.pick(this.seeds.extensionReasons) };
        }
      }
      // Today's participants stay beyond the next eight weeks unless they are one of the
      // deliberate "ends soon" seats.
      if (until < today + 60) continue;
      const s = this.stay(seat, area, role, start, until, until);
      s.extension = extension;
      return s;
    }
  }

  /** Earlier stays on a seat, backwards from the first day it is taken again. */
  private pastStays(seat: number, area: Area, takenFrom: number): void {
    const { rng, cal } = this;
    let next = takenFrom;
    for (;;) {
      // Free seats are refilled promptly: mostly within two weeks, now and then after a month.
      const gap = rng.weighted<[number, number]>([[[0, 3], 40], [[4, 10], 45], [[11, 30], 15]]);
      let lastDay = next - 1 - rng.int(gap[0], gap[1]);
      const reason = rng.weighted(this.seeds.parameters.exitReasons);
      let s: Stay;
      if (reason === 'regular-end') {
        const months = rng.weighted<number>([[12, 55], [6, 20], [9, 5], [18, 15], [24, 5]]);
        let start = cal.nextWorking(plusMonths(cal, lastDay + 1, -months));
        if (lastDay - start + 1 > CAP_DAYS) start = cal.nextWorking(lastDay - CAP_DAYS + 1);
        s = this.stay(seat, area, 'past', start, lastDay, lastDay);
        if (months > 12) {
          const previousUntil = plusMonths(cal, start, 12) - 1;
          s.extension = { previousUntil, recorded: cal.prevWorking(previousUntil - rng.int(10, 40)), reason: rng.pick(this.seeds.extensionReasons) };
        }
      } else {
        lastDay = cal.prevWorking(lastDay);
        const [lo, hi] = reason === 'dropout' || reason === 'excluded' ? [10, 200]
          : reason === 'job' || reason === 'training' || reason === 'self-employed' ? [60, 340] : [25, 320];
        const actual = rng.int(lo, hi);
        const start = cal.prevWorking(lastDay - actual);
        let until = plusMonths(cal, start, actual < 150 && rng.chance(0.3) ? 6 : 12) - 1;
        if (until <= lastDay + 5) until = plusMonths(cal, start, 12) - 1;
        s = this.stay(seat, area, 'past', start, until, lastDay);
      }
      s.exit = { reason, text: reason === 'other' ? rng.pick(this.seeds.otherExitTexts) : '' };
      if (this.opts.clampToHistory && s.start < this.from) {
        s.start = cal.nextWorking(this.from);
        if (s.start > s.lastDay - 10) return;
        if (s.extension && s.extension.previousUntil < s.start + 30) s.extension = null;
      }
      this.stays.push(s);
      if (s.start < this.from) return;
      next = s.start;
    }
  }

  // --- people ---------------------------------------------------------------------------------

  /** Attaches a person to every stay, in the order of their starts; a few people come back. */
  attachPeople(): void {
    const { rng } = this;
    const p = this.seeds.parameters;
    const ordered = [...this.stays].sort((x, y) => x.start - y.start || x.seat - y.seat);
    for (const s of ordered) {
      let draft: PersonDraft | null = null;
      if (s.role !== 'prior' && rng.chance(p.returnerShare)) {
        const candidates = this.drafts.filter((d) => {
          const last = d.stays[d.stays.length - 1]!;
          return last.lastDay < s.start - 180 && last.exit !== null && RETURNABLE.has(last.exit.reason)
            && d.usedDays + stayDays(s) <= CAP_DAYS;
        });
        if (candidates.length) draft = rng.pick(candidates);
      }
      if (!draft) {
        draft = this.newPerson(Math.min(s.start, this.today), s.start);
        if (s.role === 'prior' || (s.role === 'past' && rng.chance(p.priorPeriodShare))) this.addPriorPeriod(draft, s);
      }
      draft.stays.push(s);
      draft.usedDays += stayDays(s);
      s.person = draft;
    }
  }

  /** An AGH period elsewhere before the stay; a past stay may have ended by reaching the cap. */
  private addPriorPeriod(d: PersonDraft, s: Stay): void {
    const { rng } = this;
    const budget = CAP_DAYS - stayDays(s);
    if (budget < 60) return;
    let days = rng.int(90, Math.min(budget, 300));
    if (s.role === 'past' && s.exit?.reason === 'regular-end' && rng.chance(0.4)) {
      days = budget;
      s.exit.reason = 'max-duration';
    }
    const to = s.start - rng.int(120, 900);
    d.person.priorPeriods.push({ from: this.cal.iso(to - days + 1), to: this.cal.iso(to), provider: rng.pick(this.seeds.priorProviders) });
    d.usedDays += days;
  }

  /**
   * A new person whose entry pipeline ran before `anchor` (the start, or today for planned starts).
   * `outcome` null: enrolled; otherwise where the pipeline stopped.
   */
  newPerson(anchor: number, start: number | null, outcome: ApplicantOutcome | null = null): PersonDraft {
    const { rng, cal, seeds } = this;
    const p = seeds.parameters;
    let name = '';
    for (let i = 0; i < 50 && (!name || this.usedNames.has(name)); i++) name = this.name();
    this.usedNames.add(name);
    let customerNo = '';
    while (!customerNo || this.usedCustomerNos.has(customerNo)) customerNo = `${seeds.customerNoPrefix}${String(rng.int(0, 999_999)).padStart(6, '0')}`;
    this.usedCustomerNos.add(customerNo);
    const age = rng.int(21, 59);
    const birth = (start ?? anchor) - Math.floor(age * 365.25) - rng.int(0, 364);
    const officer = rng.pick(seeds.integrationOfficers);

    let contact: number, info: number | null = null, attended = true, decision: Person['decision'] = null, withdrawn: number | null = null;
    if (outcome === null) {
      const decided = cal.prevWorking(anchor - rng.int(2, 20));
      info = cal.prevWorking(decided - rng.int(3, 14));
      contact = cal.prevWorking(info - rng.int(5, 30));
      decision = { suitable: true, by: officer, date: cal.iso(decided) };
    } else {
      ({ contact, info, attended, decision, withdrawn } = this.pipeline(outcome, anchor, officer));
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
    const draft: PersonDraft = { person, officer, socialWorker: rng.pick(seeds.staff.socialWorkers), stays: [], usedDays: 0 };
    this.drafts.push(draft);
    return draft;
  }

  /** A first and last name, mostly from one group of the Bochum mix, now and then mixed. */
  private name(): string {
    const { rng } = this;
    const { groups, mixedShare } = this.seeds.names;
    const weighted = Object.values(groups).map((g): [NameGroup, number] => [g, g.weight]);
    const group = rng.weighted(weighted);
    const first = rng.pick(group.firstNames);
    if (rng.chance(mixedShare)) return `${first} ${rng.pick((groups.german ?? group).lastNames)}`;
    let last = rng.pick(group.lastNames);
    if (first.endsWith('a')) {
      for (const [masculine, feminine] of group.feminineEndings ?? []) {
        if (last.endsWith(masculine)) { last = last.slice(0, -masculine.length) + feminine; break; }
      }
    }
    return `${first} ${last}`;
  }

  private pipeline(outcome: ApplicantOutcome, anchor: number, officer: string) {
    const { rng, cal, today } = this;
    const lastPast = (d: number) => Math.min(cal.prevWorking(d), cal.prevWorking(today - 1));
    let contact: number, info: number | null = null, attended = false, decision: Person['decision'] = null, withdrawn: number | null = null;
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
          if (outcome === 'suitable' || outcome === 'withdrawn-suitable') decision = { suitable: true, by: officer, date: cal.iso(decided) };
          if (outcome === 'unsuitable') decision = { suitable: false, by: officer, date: cal.iso(decided) };
          if (outcome === 'withdrawn-suitable') withdrawn = lastPast(decided + rng.int(10, 60));
        }
      }
    }
    return { contact, info, attended, decision, withdrawn };
  }

  /** People who never started: today's pipeline, and earlier applicants who never got a seat. */
  addApplicants(): void {
    const { rng, today } = this;
    const p = this.seeds.parameters;
    const now: [ApplicantOutcome, number][] = [['new', 2], ['scheduled', 2], ['attended', 2], ['suitable', p.waitingList], ['unsuitable', 2]];
    for (const [outcome, n] of now) {
      for (let i = 0; i < n; i++) {
        const anchor = outcome === 'suitable' ? today - rng.int(5, 45) : outcome === 'unsuitable' ? today - rng.int(10, 150) : today;
        this.newPerson(anchor, null, outcome);
      }
    }
    this.newPerson(today - rng.int(10, 60), null, 'withdrawn-before-info');
    // Earlier applicants, spread over the history.
    const years = (today - 120 - this.from) / 365.25;
    const count = Math.max(0, Math.round(years * p.applicantsWithoutStartPerYear));
    for (let i = 0; i < count; i++) {
      const anchor = rng.int(this.from + 30, today - 120);
      const outcome = rng.weighted<ApplicantOutcome>([['unsuitable', 50], ['withdrawn-suitable', 25], ['withdrawn-before-info', 25]]);
      this.newPerson(anchor, null, outcome);
    }
  }

  // --- records ----------------------------------------------------------------------------------

  /** Ids in the order things happened: people by first contact, assignments by start. */
  records(): { people: Person[]; assignments: Assignment[]; byStay: Map<Stay, Assignment> } {
    const { cal } = this;
    const drafts = [...this.drafts].sort((x, y) => cmp(x.person.contactDate, y.person.contactDate));
    drafts.forEach((d, i) => { d.person.id = `p${pad(i + 1)}`; });
    const stays = [...this.stays].sort((x, y) => x.start - y.start || x.seat - y.seat);
    const refsPerYear = new Map<string, number>();
    const byStay = new Map<Stay, Assignment>();
    const assignments = stays.map((s, i): Assignment => {
      const d = s.person!;
      const year = cal.iso(s.start).slice(0, 4);
      const ref = (refsPerYear.get(year) ?? 0) + 1;
      refsPerYear.set(year, ref);
      const ended = s.lastDay < this.today;
      // An assignment that simply ran out in the last two weeks has no exit recorded yet.
      const exitRecorded = ended && s.exit !== null && (s.exit.reason !== 'regular-end' || s.lastDay < this.today - 14);
      const a: Assignment = {
        id: `a${pad(i + 1)}`,
        personId: d.person.id,
        start: cal.iso(s.start),
        until: cal.iso(s.until),
        hoursPerWeek: s.hoursPerWeek,
        areas: [{ from: cal.iso(s.start), area: s.area }],
        jobcenterRef: `AGH-${year}-${String(ref).padStart(3, '0')}`,
        integrationOfficer: d.officer,
        socialWorker: d.socialWorker,
        extensions: s.extension
          ? [{ until: cal.iso(s.until), previousUntil: cal.iso(s.extension.previousUntil), reason: s.extension.reason, beyondCap: false, recorded: cal.iso(s.extension.recorded) }]
          : [],
        exit: exitRecorded ? { date: cal.iso(s.lastDay), reason: s.exit!.reason, text: s.exit!.text } : null,
        capExtensionReason: '',
      };
      byStay.set(s, a);
      return a;
    });
    return { people: drafts.map((d) => d.person), assignments, byStay };
  }

  // --- bookings ---------------------------------------------------------------------------------

  bookings(byStay: Map<Stay, Assignment>): Booking[] {
    const { cal, rng, today } = this;
    const first = Math.min(...this.stays.map((s) => s.start));
    // Bookings per day, counted first, so that the result can be laid out in day order in one go.
    const perDay = new Int32Array(Math.max(0, today - first) + 1);
    const rows: { pid: string; days: number[]; codes: (AbsenceCode | null)[]; minutes: Int16Array }[] = [];
    const leavePerMonth = this.settings.leaveDaysPerFullMonth;
    // Stays in participant order, so that each day's bookings come out sorted by participant id.
    const stays = this.stays.filter((s) => s.start < today).sort((x, y) => cmpId(byStay.get(x)!.personId, byStay.get(y)!.personId));
    for (const s of stays) {
      const pid = byStay.get(s)!.personId;
      const end = Math.min(s.lastDay, today - 1);
      const days: number[] = [];
      for (let d = s.start; d <= end; d++) if (cal.isWorking(d)) days.push(d);
      if (days.length === 0) continue;
      const planned = Math.floor((s.hoursPerWeek * 60) / 5 / 15) * 15;
      const codes: (AbsenceCode | null)[] = new Array<AbsenceCode | null>(days.length).fill(null);

      // How an early exit shows in the last weeks.
      if (s.lastDay < today && s.exit) {
        const tail = (n: number, code: AbsenceCode, p: number) => {
          for (let i = Math.max(0, days.length - n); i < days.length; i++) if (rng.chance(p)) codes[i] = code;
        };
        switch (s.exit.reason) {
          case 'dropout': case 'excluded': tail(rng.int(3, 8), 'unexcused', 0.75); break;
          case 'custody': tail(rng.int(2, 5), 'unexcused', 1); break;
          case 'long-illness': tail(rng.int(15, 40), 'sick-certified', 1); break;
          case 'therapy': case 'deceased': tail(rng.int(0, 6), 'sick-certified', 1); break;
        }
      }

      const unexcusedRate = rng.weighted<number>([[0.003, 70], [0.015, 20], [0.04, 10]]);
      const sickRate = 0.012 + rng.next() * 0.025;
      // Leave: earned per full month of participation; month anniversaries as day numbers.
      let months = 0;
      let nextMonthFrom = fullMonthReached(cal, s.start, 1);
      let leaveTaken = 0;
      for (let i = 0; i < days.length; i++) {
        const d = days[i]!;
        while (nextMonthFrom <= d) { months++; nextMonthFrom = fullMonthReached(cal, s.start, months + 1); }
        if (codes[i] !== null) continue;
        const balance = months * leavePerMonth - leaveTaken;
        const month = cal.month(d);
        const leaveChance = month === 7 || month === 8 || month === 12 ? 0.07 : 0.04;
        if (balance >= 1 && rng.chance(leaveChance)) {
          const max = Math.floor(Math.min(balance, rng.chance(0.15) ? 10 : 5));
          const n = rng.int(1, max);
          for (let k = 0; k < n && i + k < days.length && codes[i + k] === null; k++) { codes[i + k] = 'holiday'; leaveTaken++; }
          continue;
        }
        if (rng.chance(sickRate)) {
          const len = rng.weighted<[number, number]>([[[1, 1], 40], [[2, 2], 25], [[3, 5], 25], [[6, 15], 10]]);
          const n = Math.min(rng.int(len[0], len[1]), days.length - i);
          let k = 0;
          while (k < n && codes[i + k] === null) k++;
          const span = days[i + k - 1]! - d + 1;
          // A certificate is due by the third calendar day; a few never bring one.
          const code: AbsenceCode = span >= 3 && rng.chance(0.95) ? 'sick-certified' : 'sick';
          for (let j = 0; j < k; j++) codes[i + j] = code;
          continue;
        }
        if (rng.chance(0.008)) codes[i] = 'excused';
        else if (rng.chance(unexcusedRate)) codes[i] = 'unexcused';
      }

      const minutes = new Int16Array(days.length);
      for (let i = 0; i < days.length; i++) {
        perDay[days[i]! - first]!++;
        if (codes[i] !== null) continue;
        // Left early now and then (appointment, feeling unwell); never more than planned.
        minutes[i] = rng.chance(0.05) ? Math.max(60, planned - 15 * rng.int(1, 4)) : planned;
      }
      rows.push({ pid, days, codes, minutes });
    }
    const next = new Int32Array(perDay.length);
    for (let i = 1; i < perDay.length; i++) next[i] = next[i - 1]! + perDay[i - 1]!;
    const out = new Array<Booking>(perDay.length ? next[perDay.length - 1]! + perDay[perDay.length - 1]! : 0);
    for (const { pid, days, codes, minutes } of rows) {
      for (let i = 0; i < days.length; i++) {
        const d = days[i]!;
        out[next[d - first]!++] = { participantId: pid, date: cal.iso(d), minutes: minutes[i]!, absence: codes[i] ?? null, forced: false };
      }
    }
    return out;
  }

  // --- Kooperationsplan goals and case notes -----------------------------------------------------

  goalsAndNotes(byStay: Map<Stay, Assignment>): { goals: Goal[]; notes: Note[] } {
    const { rng, cal, today, seeds } = this;
    const goals: Goal[] = [];
    const notes: Note[] = [];
    const stays = [...this.stays].filter((s) => s.start < today - 7).sort((x, y) => cmpId(byStay.get(x)!.id, byStay.get(y)!.id));
    for (const s of stays) {
      const a = byStay.get(s)!;
      const current = s.lastDay >= today;
      const until = Math.min(s.lastDay, today - 1);
      if (rng.chance(current ? 0.45 : 0.2)) {
        const texts = rng.shuffle([...seeds.goals]).slice(0, rng.int(1, current ? 3 : 2));
        for (const text of texts) {
          const created = Math.min(cal.prevWorking(s.start + rng.int(7, 35)), until);
          const reviews: Goal['reviews'] = [];
          let status: GoalStatus = 'open';
          let at = created;
          for (let r = 0; r < 2; r++) {
            at = cal.nextWorking(at + rng.int(45, 100));
            if (at > until) break;
            status = rng.weighted<GoalStatus>(current ? [['partly', 45], ['open', 25], ['achieved', 25], ['dropped', 5]] : [['achieved', 40], ['partly', 35], ['open', 10], ['dropped', 15]]);
            reviews.push({ date: cal.iso(at), status, comment: rng.pick(seeds.reviewComments[status]) });
            if (status === 'achieved' || status === 'dropped') break;
          }
          goals.push({
            id: '', personId: a.personId, text, created: cal.iso(created), status, reviews,
            due: rng.chance(0.85) ? cal.iso(plusMonths(cal, created, rng.int(2, 6))) : null,
          });
        }
      }
      if (rng.chance(current ? 0.5 : 0.3)) {
        const n = rng.int(1, 3);
        for (let k = 0; k < n; k++) {
          const date = cal.prevWorking(rng.int(s.start, until));
          if (date < s.start) continue;
          const jobcenter = rng.chance(0.5);
          notes.push({
            id: '', personId: a.personId, date: cal.iso(date),
            text: rng.pick(jobcenter ? seeds.jobcenterNotes : seeds.internalNotes),
            visibility: jobcenter ? 'jobcenter' : 'internal',
            author: jobcenter && rng.chance(0.5) ? rng.pick(seeds.staff.instructors[s.area]) : a.socialWorker,
          });
        }
      }
    }
    goals.sort((x, y) => cmp(x.created, y.created) || cmpId(x.personId, y.personId));
    goals.forEach((g, i) => { g.id = `g${pad(i + 1)}`; });
    notes.sort((x, y) => cmp(x.date, y.date) || cmpId(x.personId, y.personId));
    notes.forEach((n, i) => { n.id = `n${pad(i + 1)}`; });
    return { goals, notes };
  }

  result(): { main: MainData; bookings: Booking[] } {
    this.build();
    this.attachPeople();
    this.addApplicants();
    const { people, assignments, byStay } = this.records();
    const bookings = this.bookings(byStay);
    const { goals, notes } = this.goalsAndNotes(byStay);
    const main: MainData = {
      settings: this.settings,
      people,
      assignments,
      goals,
      notes,
      counters: { person: people.length, assignment: assignments.length, goal: goals.length, note: notes.length },
    };
    return { main, bookings };
  }
}

type ApplicantOutcome = 'new' | 'scheduled' | 'attended' | 'suitable' | 'unsuitable' | 'withdrawn-suitable' | 'withdrawn-before-info';

/** Exits after which a person may plausibly be assigned again later. */
const RETURNABLE = new Set(['regular-end', 'dropout', 'therapy', 'long-illness', 'minijob', 'benefit-ended', 'other-measure', 'excluded', 'job']);

/** Plain code-unit order (ISO dates, ids): no locale rules, and fast. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ids in numeric order: p999 before p1000. */
function cmpId(a: string, b: string): number {
  return a.length - b.length || cmp(a, b);
}

function pad(n: number): string {
  return String(n).padStart(3, '0');
}

/** "Zeynep Doğan" → "zeynep.dogan" */
function mailName(name: string): string {
  return name.toLowerCase()
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/ı/g, 'i').replace(/ł/g, 'l')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '.');
}

/** The shipped defaults, filled with the seeds' provider, Jobcenter and staff, and closing days. */
function programmeSettings(seeds: Seeds, closingDays: IsoDate[]): Settings {
  const settings = defaultSettings();
  return {
    ...settings,
    provider: { ...settings.provider, ...seeds.provider },
    jobcenter: { ...settings.jobcenter, ...seeds.jobcenter },
    staff: {
      instructors: { holz: [...seeds.staff.instructors.holz], kueche: [...seeds.staff.instructors.kueche], gestaltung: [...seeds.staff.instructors.gestaltung] },
      socialWorkers: [...seeds.staff.socialWorkers],
    },
    closingDays: [...closingDays],
  };
}

/** Christmas closing: 24 and 31 December of each year, when they fall on a weekday. */
function christmasClosing(fromYear: number, toYear: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    for (const d of [isoOf(y, 12, 24), isoOf(y, 12, 31)]) if (weekdayOf(dayNumber(d)) <= 5) days.push(d);
  }
  return days;
}

// ---------------------------------------------------------------------------------------------
// The two programmes

/**
 * The demo programme as of `today`: about 30 of 33 seats taken, a year of entries and exits,
 * every stage of the entry pipeline, a waiting list, planned starts, bookings up to yesterday.
 */
export function demoProgramme(today: IsoDate): { main: MainData; bookings: Booking[] } {
  const p = loadSeeds().parameters;
  const year = Number(today.slice(0, 4));
  return new Builder({
    seed: p.demoSeed,
    today,
    historyFrom: addMonths(today, -p.demoHistoryMonths),
    clampToHistory: false,
    closingDays: christmasClosing(year - 1, year),
  }).result();
}

/**
 * The benchmark history: `years` years of programme ending at `today` (≈50 people and ≈7,500
 * bookings a year), built by the same rules as the demo.
 */
export function historyProgramme(years: number, today: IsoDate): { main: MainData; bookings: Booking[] } {
  const p = loadSeeds().parameters;
  const from = addMonths(today, -12 * years);
  return new Builder({
    seed: p.historySeed + years,
    today,
    historyFrom: from,
    clampToHistory: true,
    closingDays: christmasClosing(Number(from.slice(0, 4)), Number(today.slice(0, 4))),
  }).result();
}

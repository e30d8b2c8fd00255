// What one run of the generator works on: the options, the random source, the calendar, and the
// stays (assignments on seats) and people built so far.
import { dayNumber, type IsoDate } from '../model/dates.js';
import { defaultSettings } from '../store/defaults.js';
import type { Area, Person, Settings } from '../model/types.js';
import { Calendar } from './calendar.js';
import { Rng } from './random.js';
import { loadSeeds, type Seeds } from './seeds.js';

export type Role = 'normal' | 'ends-soon' | 'ends-later' | 'extended' | 'prior' | 'planned' | 'past';

export interface Stay {
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

export interface PersonDraft {
  person: Person;
  officer: string;
  socialWorker: string;
  stays: Stay[];
  /** AGH days used so far (prior periods and stays here), kept within the 24-month cap. */
  usedDays: number;
}

/** Days that stay below 24 months however they are split (§ 191 BGB counts 30 leftover days a month). */
export const CAP_DAYS = 715;

export interface Options {
  seed: number;
  today: IsoDate;
  /** Stays are generated back to this day. */
  historyFrom: IsoDate;
  /** true: no stay starts before historyFrom (the programme began then). */
  clampToHistory: boolean;
  closingDays: IsoDate[];
}

export function stayDays(s: Stay): number {
  return s.lastDay - s.start + 1;
}

export interface Generation {
  readonly opts: Options;
  readonly rng: Rng;
  readonly seeds: Seeds;
  readonly settings: Settings;
  readonly cal: Calendar;
  /** Today and the first day of the history, as day numbers. */
  readonly today: number;
  readonly from: number;
  readonly stays: Stay[];
  readonly drafts: PersonDraft[];
  readonly usedNames: Set<string>;
  readonly usedCustomerNos: Set<string>;
}

export function startGeneration(opts: Options): Generation {
  const seeds = loadSeeds();
  const today = dayNumber(opts.today);
  const from = dayNumber(opts.historyFrom);
  return {
    opts,
    rng: new Rng(opts.seed),
    seeds,
    settings: programmeSettings(seeds, opts.closingDays, opts.historyFrom),
    cal: new Calendar(from - 4 * 366, today + 2 * 366, opts.closingDays),
    today,
    from,
    stays: [],
    drafts: [],
    usedNames: new Set(),
    usedCustomerNos: new Set(),
  };
}

/** The shipped defaults, filled with the seeds' provider and Jobcenter, and closing days (the staff are records: staff.ts). */
function programmeSettings(seeds: Seeds, closingDays: IsoDate[], historyFrom: IsoDate): Settings {
  const settings = defaultSettings();
  // A history longer than the shipped seat plan and rates (2006 on) needs a programme that existed
  // then: the first plan and rate date back to the history's first January.
  const since = (from: IsoDate): IsoDate => (historyFrom < from ? `${historyFrom.slice(0, 4)}-01-01` : from);
  return {
    ...settings,
    seats: settings.seats.map((s, i) => (i === 0 ? { ...s, from: since(s.from) } : s)),
    rates: settings.rates.map((r, i) => (i === 0 ? { ...r, from: since(r.from) } : r)),
    provider: { ...settings.provider, ...seeds.provider },
    jobcenter: { ...settings.jobcenter, ...seeds.jobcenter },
    closingDays: [...closingDays],
  };
}

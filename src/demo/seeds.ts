// seeds/demo.json: the names, places, texts and parameters the demo and the benchmark history are made of.
import { readFileSync } from 'node:fs';
import type { Area, GoalStatus, Person, ReferralSource, Settings } from '../model/types.js';

export type Weighted<T> = [T, number][];

export interface NameGroup {
  weight: number;
  firstNames: string[];
  lastNames: string[];
  /** [masculine ending, feminine ending] of last names, for women of this group. */
  feminineEndings?: [string, string][];
}

export interface Seeds {
  names: { mixedShare: number; groups: Record<string, NameGroup> };
  streets: string[];
  postcodes: string[];
  emailDomain: string;
  mobilePrefixes: string[];
  customerNoPrefix: string;
  provider: Settings['provider'];
  jobcenter: Settings['jobcenter'];
  staff: { instructors: Record<Area, string[]>; socialWorkers: string[]; admins: string[] };
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

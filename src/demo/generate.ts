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
// The parts: seeds.ts, random.ts, calendar.ts, generation.ts (the state of one run), stays.ts,
// people.ts, records.ts, bookings.ts.
import { addMonths, type IsoDate } from '../model/dates.js';
import type { Booking, MainData } from '../model/types.js';
import { bookings } from './bookings.js';
import { christmasClosing } from './calendar.js';
import { startGeneration, type Options } from './generation.js';
import { addApplicants, attachPeople } from './people.js';
import { demoGroupOffers } from './groups.js';
import { demoCertifications } from './certifications.js';
import { demoCustomersAndOrders } from './orders.js';
import { Rng } from './random.js';
import { goalsAndNotes, records } from './records.js';
import { loadSeeds } from './seeds.js';
import { addDemoStaff } from './staff.js';
import { seatTimelines } from './stays.js';

/** Builds a whole programme: stays, people, applicants, records, bookings, goals and notes. */
function generate(opts: Options, workSeed?: number): { main: MainData; bookings: Booking[] } {
  const g = startGeneration(opts);
  seatTimelines(g);
  attachPeople(g);
  addApplicants(g);
  const { people, assignments, byStay } = records(g);
  const booked = bookings(g, byStay);
  const { goals, notes } = goalsAndNotes(g, byStay);
  const main: MainData = {
    settings: g.settings,
    people,
    assignments,
    goals,
    notes,
    customers: [],
    orders: [],
    groupOffers: [],
    certifications: [],
    staff: [],
    counters: { person: people.length, assignment: assignments.length, goal: goals.length, note: notes.length },
  };
  addDemoStaff(main, g.seeds, opts.historyFrom);
  if (workSeed !== undefined) {
    // Their own random source, drawn last: the people, assignments and bookings above stay as they were.
    const rng = new Rng(workSeed);
    demoCustomersAndOrders(main, opts.today, rng);
    demoGroupOffers(main, booked, opts.today, rng);
    demoCertifications(main, opts.today);
  }
  return { main, bookings: booked };
}

/**
 * The demo programme as of `today`: about 30 of 33 seats taken, a year of entries and exits,
 * every stage of the entry pipeline, a waiting list, planned starts, bookings up to yesterday.
 */
export function demoProgramme(today: IsoDate): { main: MainData; bookings: Booking[] } {
  const p = loadSeeds().parameters;
  const year = Number(today.slice(0, 4));
  return generate(
    {
      seed: p.demoSeed,
      today,
      historyFrom: addMonths(today, -p.demoHistoryMonths),
      clampToHistory: false,
      closingDays: christmasClosing(year - 1, year),
    },
    p.demoSeed + 14,
  );
}

/**
 * The benchmark history: `years` years of programme ending at `today` (≈50 people and ≈7,500
 * bookings a year), built by the same rules as the demo.
 */
export function historyProgramme(years: number, today: IsoDate): { main: MainData; bookings: Booking[] } {
  const p = loadSeeds().parameters;
  const from = addMonths(today, -12 * years);
  return generate({
    seed: p.historySeed + years,
    today,
    historyFrom: from,
    clampToHistory: true,
    closingDays: christmasClosing(Number(from.slice(0, 4)), Number(today.slice(0, 4))),
  });
}

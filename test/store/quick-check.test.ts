// The quick checks (src/store/quick-check.ts) accept exactly what the zod schema (src/store/schema.ts)
// accepts: both are run on sample files and on thousands of variants of them, each with one value
// replaced by something else (wrong type, wrong format, out of range, missing, an extra key).
import { describe, expect, test } from '@jest/globals';
import { demoProgramme, historyProgramme } from '../../src/demo/generate.js';
import {
  BOOKING_MONTH_CHECK,
  BOOKING_YEAR_CHECK,
  MAIN_FILE_CHECK,
  SETTINGS_CHECK,
  type FileCheck,
} from '../../src/store/quick-check.js';
import { bookingMonthSchema, bookingYearSchema, mainSchema, settingsSchema } from '../../src/store/schema.js';
import type { z } from 'zod';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const REPLACEMENTS: unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  1,
  -1,
  1.5,
  60,
  61,
  2 ** 60,
  Infinity,
  '',
  'x',
  'p001',
  '2026-11-25',
  '2026-1-5',
  '25.11.2026',
  'holz',
  'sick',
  'jobcenter',
  'dependent',
  'achieved',
  'internal',
  [],
  {},
  ['x'],
  [1],
  // impossible days, and texts just beyond the bounds of a short field and of any field
  '1980-13-45',
  '2026-02-29',
  'x'.repeat(201),
  'x'.repeat(2001),
];

/** Every variant of `root` with one value replaced (or removed), and one with an extra key per object. */
function* variants(root: Json): Generator<{ path: string; value: unknown }> {
  const walk = function* (node: Json, path: (string | number)[]): Generator<{ path: string; value: unknown }> {
    if (Array.isArray(node)) {
      for (const at of [0, 1]) if (at < node.length) yield* walk(node[at]!, [...path, at]);
      if (path.length > 0) {
        yield { path: `${path.join('.')}=[]`, value: replaceAt(root, path, []) };
        yield { path: `${path.join('.')}+extra`, value: replaceAt(root, path, [...node, node.length ? 'extra' : 'x']) };
      }
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) yield* walk(node[key]!, [...path, key]);
      yield { path: `${path.join('.')}+unknownKey`, value: replaceAt(root, path, { ...node, unknownKey: 1 }) };
      return;
    }
    for (const r of REPLACEMENTS) {
      if (r === node) continue;
      yield { path: `${path.join('.')}=${JSON.stringify(r) ?? 'undefined'}`, value: replaceAt(root, path, r) };
    }
  };
  yield* walk(root, []);
}

function replaceAt(root: Json, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = value;
  return copy;
}

function disagreements(sample: Json, check: FileCheck, schema: z.ZodType): { count: number; differ: string[] } {
  let count = 0;
  const differ: string[] = [];
  for (const v of variants(sample)) {
    count++;
    const quick = check.quick(v.value);
    const zod = schema.safeParse(v.value).success;
    if (quick !== zod)
      differ.push(`${v.path}: quick ${quick ? 'accepts' : 'rejects'}, zod ${zod ? 'accepts' : 'rejects'}`);
  }
  return { count, differ };
}

/** A small main file that still has every kind of record and every optional field. */
function sampleMain(): Json {
  const { main } = demoProgramme('2026-11-25');
  const people = [
    main.people.find((p) => p.decision && p.priorPeriods.length > 0) ?? main.people[0]!,
    { ...(main.people.find((p) => p.decision === null) ?? main.people[1]!), purged: true, withdrawn: '2026-10-01' },
    { ...main.people[2]!, withdrawn: null },
  ];
  const assignments = [
    main.assignments.find((a) => a.exit !== null && a.extensions.length > 0) ?? main.assignments[0]!,
    main.assignments.find((a) => a.areas.length > 1) ?? main.assignments[1]!,
  ].map((a, i) =>
    i === 0
      ? {
          ...a,
          capDecision: { text: 'Jobcenter 2026-10-01', decided: '2026-10-01' },
          weekdayMinutes: [360, 360, 360, 360, 0],
          hoursChanges: [{ from: a.until, hoursPerWeek: 20 }],
          instructor: 'Herr Kaya',
          extensions: [
            {
              until: a.until,
              previousUntil: a.start,
              reason: '',
              beyondCap: true,
              recorded: a.start,
              capDecision: { text: 'JC', decided: a.start },
            },
          ],
        }
      : { ...a, capDecision: null },
  );
  const goal = main.goals[0] ?? {
    id: 'g001',
    personId: 'p001',
    text: 'Pünktlich',
    due: null,
    created: '2026-01-05',
    status: 'open',
    reviews: [],
  };
  const goals = [{ ...goal, due: '2026-12-31', reviews: [{ date: '2026-06-01', status: 'partly', comment: 'meist' }] }];
  const notes = [
    main.notes[0] ?? {
      id: 'n001',
      personId: 'p001',
      date: '2026-01-05',
      text: 'Gespräch',
      visibility: 'jobcenter',
      author: 'Frau Kaya',
    },
  ];
  const settings = { ...main.settings, flatRatesPerSeatMonth: { personnel: 45000, material: 1200 } };
  // Two records of each further collection keep the sample small: every variant clones it whole.
  const customers = main.customers.slice(0, 2);
  const orders = [
    main.orders.find((o) => o.participants.length > 0 && o.delivered !== null) ?? main.orders[0]!,
    main.orders.find((o) => o.due === null) ?? main.orders[1]!,
  ];
  const groupOffers = [
    main.groupOffers.find((g) => (g.attendance ?? []).some((x) => x.absence !== null)) ?? main.groupOffers[0]!,
    { ...main.groupOffers[1]!, attendance: null },
  ];
  return JSON.parse(
    JSON.stringify({
      schemaVersion: 1,
      ...main,
      settings,
      people,
      assignments,
      goals,
      notes,
      customers,
      orders,
      groupOffers,
    }),
  ) as Json;
}

describe('the quick checks agree with the zod schema', () => {
  test('both accept the demo programme and a year of history as generated', () => {
    for (const { main, bookings } of [demoProgramme('2026-11-25'), historyProgramme(1, '2026-11-25')]) {
      const file = { schemaVersion: 1, ...main };
      expect(MAIN_FILE_CHECK.quick(file)).toBe(true);
      expect(mainSchema.safeParse(file).success).toBe(true);
      const year = { schemaVersion: 1, year: 2026, bookings: bookings.filter((b) => b.date.startsWith('2026')) };
      expect(year.bookings.length).toBeGreaterThan(100);
      expect(BOOKING_YEAR_CHECK.quick(year)).toBe(true);
      expect(bookingYearSchema.safeParse(year).success).toBe(true);
    }
  });

  test('the main file: every variant is accepted by both or rejected by both', () => {
    const { count, differ } = disagreements(sampleMain(), MAIN_FILE_CHECK, mainSchema);
    expect(count).toBeGreaterThan(3000);
    expect(differ).toEqual([]);
  });

  test('a bookings file: every variant is accepted by both or rejected by both', () => {
    const sample: Json = {
      schemaVersion: 1,
      year: 2026,
      bookings: [
        { participantId: 'p001', date: '2026-11-24', minutes: 390, absence: null, forced: false },
        { participantId: 'p002', date: '2026-11-24', minutes: 0, absence: 'sick-certified', forced: true },
      ],
    };
    const { count, differ } = disagreements(sample, BOOKING_YEAR_CHECK, bookingYearSchema);
    expect(count).toBeGreaterThan(200);
    expect(differ).toEqual([]);
  });

  test('a month file: every variant is accepted by both or rejected by both', () => {
    const sample: Json = {
      schemaVersion: 2,
      month: '2026-11',
      bookings: [
        { participantId: 'p001', date: '2026-11-24', minutes: 390, absence: null, forced: false },
        { participantId: 'p002', date: '2026-11-24', minutes: 0, absence: 'sick-certified', forced: true },
      ],
    };
    for (const month of ['2026-13', '2026-1', '26-11', '2026-00']) {
      expect(BOOKING_MONTH_CHECK.quick({ ...sample, month })).toBe(false);
      expect(bookingMonthSchema.safeParse({ ...sample, month }).success).toBe(false);
    }
    const { count, differ } = disagreements(sample, BOOKING_MONTH_CHECK, bookingMonthSchema);
    expect(count).toBeGreaterThan(200);
    expect(differ).toEqual([]);
  });

  test('the settings alone (the shipped defaults): every variant is accepted by both or rejected by both', () => {
    const settings = (sampleMain() as { settings: Json }).settings;
    const { count, differ } = disagreements(settings, SETTINGS_CHECK, settingsSchema);
    expect(count).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });
});

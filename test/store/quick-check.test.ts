// The quick checks (src/store/quick-check.ts) accept exactly what the zod schema (src/store/schema.ts)
// accepts: both are run on sample files and on thousands of variants of them, each with one value
// replaced by something else (wrong type, wrong format, out of range, missing, an extra key).
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { demoProgramme, historyProgramme } from '../../src/demo/generate.js';
import {
  ARCHIVE_FILE_CHECK,
  BOOKING_MONTH_CHECK,
  BOOKING_YEAR_CHECK,
  MAIN_FILE_CHECK,
  SETTINGS_CHECK,
  type FileCheck,
} from '../../src/store/quick-check.js';
import {
  archiveSchema,
  bookingMonthSchema,
  bookingYearSchema,
  mainSchema,
  settingsSchema,
} from '../../src/store/schema.js';
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

interface Variant {
  /** Where the one change is, as the failure message shows it. */
  path: string;
  /** The top-level key the change is under (none for a change of the whole file). */
  field: string | number | undefined;
  value: unknown;
}

/** Every variant of `root` with one value replaced (or removed), and one with an extra key per object. */
function* variants(root: Json): Generator<Variant> {
  const variant = (path: (string | number)[], label: string, value: unknown): Variant => ({
    path: `${path.join('.')}${label}`,
    field: path[0],
    value: replaceAt(root, path, value),
  });
  const walk = function* (node: Json, path: (string | number)[]): Generator<Variant> {
    if (Array.isArray(node)) {
      for (const at of [0, 1]) if (at < node.length) yield* walk(node[at]!, [...path, at]);
      if (path.length > 0) {
        yield variant(path, '=[]', []);
        yield variant(path, '+extra', [...node, node.length ? 'extra' : 'x']);
      }
      return;
    }
    if (node !== null && typeof node === 'object') {
      for (const key of Object.keys(node)) yield* walk(node[key]!, [...path, key]);
      yield variant(path, '+unknownKey', { ...node, unknownKey: 1 });
      return;
    }
    for (const r of REPLACEMENTS) {
      if (r === node) continue;
      yield variant(path, `=${JSON.stringify(r) ?? 'undefined'}`, r);
    }
  };
  yield* walk(root, []);
}

/**
 * `root` with the value at `path` replaced (removed when undefined). Only the objects and arrays on
 * the way to it are copied; the rest is shared with `root` — neither check changes what it reads.
 */
function replaceAt(root: Json, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const node = root as Record<string | number, Json>;
  const copy = (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
  const replaced = rest.length === 0 ? value : replaceAt(node[head!]!, rest, value);
  if (replaced === undefined && !Array.isArray(node)) delete copy[head!];
  else copy[head!] = replaced;
  return copy;
}

/**
 * zod's verdict on the variants of `sample`. A file's schema is a strict object without a refinement
 * of its own: zod accepts a file exactly when it has no unknown key and each field's schema accepts
 * that field. A variant changes one top-level field and keeps the sample's others, which zod accepts;
 * so zod's verdict on it is that field's schema's verdict on the changed field (for a change of the
 * whole file, the whole schema's). Parsing the whole file for each variant read the unchanged
 * records again every time, the most of this test's work. Every 32nd variant is also parsed whole,
 * to show that the two verdicts are the same.
 */
function zodVerdicts(sample: Json, schema: z.ZodType): (v: Variant, index: number) => boolean {
  const def = (schema as unknown as { _zod: { def: ObjectDef } })._zod.def;
  const byField =
    def.type === 'object' &&
    (def.checks ?? []).length === 0 &&
    def.catchall?._zod.def.type === 'never' &&
    schema.safeParse(sample).success;
  return (v, index) => {
    if (!byField || v.field === undefined) return schema.safeParse(v.value).success;
    const verdict = def.shape[v.field]!.safeParse((v.value as Record<string | number, unknown>)[v.field]).success;
    if (index % 32 === 0)
      expect({ path: v.path, zod: schema.safeParse(v.value).success }).toEqual({ path: v.path, zod: verdict });
    return verdict;
  };
}

interface ObjectDef {
  type: string;
  checks?: unknown[];
  catchall?: { _zod: { def: { type: string } } };
  shape: Record<string | number, z.ZodType>;
}

function disagreements(sample: Json, check: FileCheck, schema: z.ZodType): { count: number; differ: string[] } {
  let count = 0;
  const differ: string[] = [];
  const zodAccepts = zodVerdicts(sample, schema);
  for (const v of variants(sample)) {
    const quick = check.quick(v.value);
    const zod = zodAccepts(v, count++);
    if (quick !== zod)
      differ.push(`${v.path}: quick ${quick ? 'accepts' : 'rejects'}, zod ${zod ? 'accepts' : 'rejects'}`);
  }
  return { count, differ };
}

let generated: ReturnType<typeof demoProgramme> | undefined;
/** The demo programme, generated once for the tests that read it (it is the same every time). */
const demo = () => (generated ??= demoProgramme('2026-11-25'));

let builtSample: Json | undefined;
/** A small main file that still has every kind of record and every optional field. */
function sampleMain(): Json {
  const { main } = demo();
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
  // Two records of each further collection keep the sample small.
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
      archive: { before: '2024-01-01' },
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

const mainSample = () => (builtSample ??= sampleMain());

describe('the quick checks agree with the zod schema', () => {
  test('both accept the demo programme and a year of history as generated', () => {
    for (const { main, bookings } of [demo(), historyProgramme(1, '2026-11-25')]) {
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
    const { count, differ } = disagreements(mainSample(), MAIN_FILE_CHECK, mainSchema);
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

  test('archive.json: every variant is accepted by both or rejected by both', () => {
    const { people, assignments, goals, notes } = mainSample() as Record<string, Json>;
    const sample: Json = { schemaVersion: 3, people, assignments, goals, notes } as Json;
    const { count, differ } = disagreements(sample, ARCHIVE_FILE_CHECK, archiveSchema);
    expect(count).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });

  test('the settings alone (the shipped defaults): every variant is accepted by both or rejected by both', () => {
    const settings = (mainSample() as { settings: Json }).settings;
    const { count, differ } = disagreements(settings, SETTINGS_CHECK, settingsSchema);
    expect(count).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });
});

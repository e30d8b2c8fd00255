// A file checked with the zod schema is kept as the file holds it, not as zod's copy (json-file.ts:
// zod's copy orders the keys by the schema, and a restored backup then differed in every record).
// That is only right while the schema changes no value — no defaults, transforms or stripped keys:
// zod's copy of a whole store must equal the store.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bookingMonthSchema, mainSchema } from '../../src/store/schema.js';
import { ok, tempDataDir } from '../helpers/cli.js';

describe('the zod schema changes no value of a store', () => {
  test("the demo programme's main file and month files parse to what they hold", () => {
    const dir = tempDataDir();
    ok(dir, ['init', '--demo'], { today: '2026-11-25' });
    const main = JSON.parse(readFileSync(join(dir, 'insat.json'), 'utf8')) as unknown;
    expect(mainSchema.parse(main)).toEqual(main);
    const months = readdirSync(join(dir, 'bookings'));
    expect(months.length).toBeGreaterThan(3);
    for (const f of months) {
      const file = JSON.parse(readFileSync(join(dir, 'bookings', f), 'utf8')) as unknown;
      expect(bookingMonthSchema.parse(file)).toEqual(file);
    }
  });
});

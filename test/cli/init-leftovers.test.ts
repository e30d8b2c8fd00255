// A folder with bookings or archive.json but no insat.json is what is left of a store (insat.json
// deleted or not copied), not an empty folder: `init` refuses to write over it, and `init --force`
// and a restore over it keep those files in a backup first.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ok, insat, storeBytes, suitableApplicant, tempDataDir } from '../helpers/cli.js';

const at = { today: '2026-11-25' };

/** A store with one booking, then its insat.json gone. */
function leftovers(): { dir: string; month: string } {
  const dir = tempDataDir('insat-leftovers-');
  ok(dir, ['init'], at);
  const id = suitableApplicant(dir, 'Erika Muster', at);
  ok(
    dir,
    ['enrol', id, '--area', 'holz', '--start', '2026-11-02', '--until', '2027-04-30', '--hours-per-week', '20'],
    at,
  );
  ok(dir, ['hours', 'book', id, '--date', '2026-11-24', '--hours', '4'], at);
  const month = readFileSync(join(dir, 'bookings', '2026-11.json'), 'utf8');
  expect(month).toContain('2026-11-24');
  rmSync(join(dir, 'insat.json'));
  return { dir, month };
}

describe('init over what is left of a store', () => {
  test('refused: exit 6, one line that says how to get insat.json back, nothing changed', () => {
    const { dir } = leftovers();
    const before = storeBytes(dir);
    const r = insat(dir, ['init'], at);
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(/bookings or archive\.json but no insat\.json.*backup restore NAME.*--force/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('--force starts over and keeps the old bookings in backups/before-init-…', () => {
    const { dir, month } = leftovers();
    const r = ok(dir, ['init', '--force', '--json'], at);
    const kept = r.json<{ backup: string }>().backup;
    expect(kept).toMatch(/before-init-/);
    expect(readFileSync(join(kept, 'bookings', '2026-11.json'), 'utf8')).toBe(month);
    expect(readFileSync(join(dir, 'bookings', '2026-11.json'), 'utf8')).not.toContain('2026-11-24');
  });

  test('a restore over it keeps the bookings made since the backup in backups/before-restore-…', () => {
    const { dir, month } = leftovers();
    ok(dir, ['backup', 'restore', '2026-11-25'], at);
    const saved = readdirSync(join(dir, 'backups')).find((n) => n.startsWith('before-restore-'))!;
    expect(readFileSync(join(dir, 'backups', saved, 'bookings', '2026-11.json'), 'utf8')).toBe(month);
  });
});

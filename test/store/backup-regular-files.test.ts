// Backups hold regular files only: a bookings file that is a symbolic link is backed up as the
// content it points to, never as the link (which could later point elsewhere, or at nothing).
import { describe, expect, test } from '@jest/globals';
import { lstatSync, mkdtempSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

describe('the daily backup of a store with a symlinked bookings file', () => {
  test('copies the content as a regular file', () => {
    const dir = tempDataDir();
    const opts = { today: '2026-11-25' };
    ok(dir, ['init'], opts);
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20, opts);
    ok(dir, ['hours', 'book', id, '--date', '2026-11-24', '--hours', '4'], opts);
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'insat-elsewhere-')), '2026-11.json');
    renameSync(join(dir, 'bookings', '2026-11.json'), elsewhere);
    symlinkSync(elsewhere, join(dir, 'bookings', '2026-11.json'));
    // The first change of the next day makes that day's backup.
    ok(dir, ['applicant', 'add', '--name', 'Neu', '--birth-date', '1980-01-01', '--referred-by', 'self'], {
      today: '2026-11-26',
    });
    const backedUp = join(dir, 'backups', '2026-11-26', 'bookings', '2026-11.json');
    expect(lstatSync(backedUp).isFile()).toBe(true);
    expect(lstatSync(backedUp).isSymbolicLink()).toBe(false);
    expect(readFileSync(backedUp, 'utf8')).toBe(readFileSync(elsewhere, 'utf8'));
  });
});

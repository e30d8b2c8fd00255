// Restoring a backup names how many records it changes: those that differ, not every record of the
// store (a backup is read with the zod schema, whose copy of a record has its keys in another order).
import { describe, expect, test } from '@jest/globals';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

const TODAY = '2026-11-25';

/** The demo store, its backup of today (made before the first change), then one applicant more. */
function oneChangeAfterTheBackup(): string {
  const dir = tempDataDir();
  ok(dir, ['init', '--demo'], { today: TODAY });
  const person = ['--name', 'Nach Der Sicherung', '--birth-date', '1980-01-01', '--referred-by', 'self'];
  ok(dir, ['applicant', 'add', ...person], { today: TODAY });
  return dir;
}

describe('backup restore counts the records that differ', () => {
  test('one applicant added since the backup: the dry run and the restore name one record', () => {
    const dir = oneChangeAfterTheBackup();
    const before = storeBytes(dir);
    const dry = ok(dir, ['backup', 'restore', TODAY, '--dry-run', '--json'], { today: TODAY }).json();
    expect(dry).toMatchObject({ restored: TODAY, records: 1, dryRun: true });
    expect(storeBytes(dir)).toEqual(before);
    expect(
      ok(dir, ['backup', 'restore', TODAY, '--dry-run'], { today: TODAY, env: { INSAT_LANG: 'de' } }).stdout,
    ).toContain('(1 Datensatz würde sich ändern)');
    expect(ok(dir, ['backup', 'restore', TODAY], { today: TODAY }).stdout).toContain('(1 record changed)');
  });

  test('a backup equal to the store: nothing to restore, nothing written', () => {
    const dir = oneChangeAfterTheBackup();
    ok(dir, ['backup', 'restore', TODAY], { today: TODAY });
    const before = storeBytes(dir);
    const r = insat(dir, ['backup', 'restore', TODAY, '--json'], { today: TODAY });
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ restored: TODAY, records: 0 });
    expect(storeBytes(dir)).toEqual(before);
  });
});

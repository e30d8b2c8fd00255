// What `staff edit` and `staff list` say in German: the field names and the work areas as words,
// an edit that changes nothing said as such (and recorded nowhere); csv keeps the codes.
import { describe, expect, test } from '@jest/globals';
import { historyLines } from '../helpers/store-files.js';
import { ok, storeBytes, tempDataDir } from '../helpers/cli.js';

const de = { env: { INSAT_LANG: 'de' } };

function store(): { dir: string; id: string } {
  const dir = tempDataDir('insat-staff-words-');
  ok(dir, ['init']);
  const args = ['staff', 'add', '--name', 'Serkan Aksoy', '--role', 'instructor', '--area', 'kueche', '--json'];
  return { dir, id: ok(dir, args).json<{ id: string }>().id };
}

describe('staff edit in German', () => {
  test('the changed fields are named in German', () => {
    const { dir, id } = store();
    expect(ok(dir, ['staff', 'edit', id, '--name', 'Serkan Aksoy-Demir', '--area', 'holz'], de).stdout.trim()).toBe(
      `Name und Praxisbereich von ${id} geändert`,
    );
  });

  test('an edit to the values it has already changes nothing and says so', () => {
    const { dir, id } = store();
    const before = storeBytes(dir);
    const lines = historyLines(dir);
    expect(ok(dir, ['staff', 'edit', id, '--area', 'kueche'], de).stdout.trim()).toBe(
      `nichts geändert: ${id} hat diese Angaben bereits`,
    );
    expect(ok(dir, ['staff', 'edit', id, '--area', 'kueche', '--json']).json()).toEqual({
      id,
      changed: false,
      dryRun: false,
    });
    // with --dry-run it says the same (not "would change"); the JSON says it was a dry run
    expect(ok(dir, ['staff', 'edit', id, '--area', 'kueche', '--dry-run'], de).stdout.trim()).toBe(
      `nichts geändert: ${id} hat diese Angaben bereits`,
    );
    expect(ok(dir, ['staff', 'edit', id, '--area', 'kueche', '--dry-run', '--json']).json()).toEqual({
      id,
      changed: false,
      dryRun: true,
    });
    expect(historyLines(dir)).toBe(lines);
    expect(storeBytes(dir)).toEqual(before);
  });
});

describe('staff list', () => {
  test('the table and csv-de name the area (Küche), csv keeps its code', () => {
    const { dir, id } = store();
    expect(ok(dir, ['staff', 'list'], de).stdout).toMatch(new RegExp(`${id}.*Küche`));
    expect(ok(dir, ['staff', 'list', '--format', 'csv-de'], de).stdout).toContain(
      `${id};Serkan Aksoy;Anleiter/in;Küche;`,
    );
    expect(ok(dir, ['staff', 'list', '--format', 'csv'], de).stdout).toContain(`${id},Serkan Aksoy,instructor,kueche,`);
  });
});

// `customer edit --clear address,contact`: the help said `--address ""` clears the address, but an
// empty value is refused everywhere (exit 2); the optional fields are emptied as in the other edits.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { insat, ok, tempDataDir } from '../helpers/cli.js';
import { acceptedThenUndone, refused } from '../helpers/edit-steps.js';

const dir = tempDataDir('insat-customer-clear-');

beforeAll(() => {
  ok(dir, ['init']);
  ok(dir, [
    'customer',
    'add',
    '--name',
    'Kita Sonnenschein',
    '--kind',
    'non-profit',
    '--type',
    'Kita',
    '--address',
    'Hauptstraße 5, 44787 Bochum',
    '--contact',
    'Frau Berg',
  ]);
});

const shown = () => ok(dir, ['customer', 'show', 'c001', '--json']).json<{ address: string; contact: string }>();

describe('customer edit --clear', () => {
  test('empties the address and the contact in one undoable step', () => {
    acceptedThenUndone(dir, ['customer', 'edit', 'c001', '--clear', 'address,contact', '--json'], (r) => {
      expect(r.json()).toEqual({ id: 'c001', changed: ['address', 'contact'], dryRun: false });
      expect(shown()).toMatchObject({ address: '', contact: '' });
    });
    expect(shown()).toMatchObject({ address: 'Hauptstraße 5, 44787 Bochum', contact: 'Frau Berg' });
  });

  test('--dry-run names the field and changes nothing', () => {
    const r = ok(dir, ['customer', 'edit', 'c001', '--clear', 'contact', '--dry-run']);
    expect(r.stdout).toBe('dry run: would change contact of customer c001 — nothing was changed\n');
    expect(shown().contact).toBe('Frau Berg');
  });

  test('a field that is empty already changes nothing and says so', () => {
    ok(dir, ['customer', 'edit', 'c001', '--clear', 'address']);
    expect(ok(dir, ['customer', 'edit', 'c001', '--clear', 'address']).stdout).toBe(
      'nothing changed: customer c001 already has these values\n',
    );
    ok(dir, ['undo']);
  });

  test('an empty value is still refused (exit 2), naming the flag; nothing changes', () => {
    expect(refused(dir, ['customer', 'edit', 'c001', '--address', ''], 2).stderr).toMatch(/--address/);
  });

  test('a field that cannot be emptied, or one both given and cleared, is refused (exit 2)', () => {
    expect(refused(dir, ['customer', 'edit', 'c001', '--clear', 'name'], 2).stderr).toMatch(
      /--clear 'name' is not a field that can be emptied — use address, contact/,
    );
    expect(
      refused(dir, ['customer', 'edit', 'c001', '--clear', 'contact', '--contact', 'Herr Yilmaz'], 2).stderr,
    ).toMatch(/--contact is both given and cleared/);
  });

  test('the help says how to empty a field, in English and in German', () => {
    const en = insat(dir, ['customer', 'edit', '--help']).stdout;
    expect(en).toMatch(/--clear <fields>/);
    expect(en).not.toMatch(/""/);
    const de = insat(dir, ['customer', 'edit', '--help'], { env: { INSAT_LANG: 'de' } }).stdout;
    expect(de).toMatch(/leeren: --clear address/);
    expect(de).not.toMatch(/""/);
  });
});

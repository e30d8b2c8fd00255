// `order edit` and `order unassign`: every fact of an order can be corrected as one undoable step —
// its title, customer, area, kind of work (the rule of `order add`), material contribution, due and
// received dates, the dates of the steps it took (a step taken by mistake is taken back) — and a
// participant linked by mistake is unlinked. A refusal leaves every file as it was.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { acceptedThenUndone, lastChangeLines, refused } from '../helpers/edit-steps.js';

const dir = tempDataDir('insat-order-edit-');
let p = '';

const order = (id = 'o001') => ok(dir, ['order', 'show', id, '--json']).json<Record<string, unknown>>();

beforeAll(() => {
  ok(dir, ['init']);
  ok(dir, ['customer', 'add', '--name', 'Kita Sonnenschein', '--kind', 'non-profit', '--type', 'Kita']);
  ok(dir, ['customer', 'add', '--name', 'Stadt Bochum, Grünflächenamt', '--kind', 'public', '--type', 'Stadt Bochum']);
  // o001: received, holz, a listed kind
  ok(dir, [
    'order',
    'add',
    '--customer',
    'c001',
    '--area',
    'holz',
    '--title',
    'Zwei Sitzbänke',
    '--received',
    '2026-11-02',
    '--kind',
    'Möbelbau',
    '--material-euros',
    '85,00',
  ]);
  // o002: delivered
  ok(dir, ['order', 'add', '--customer', 'c002', '--area', 'holz', '--title', 'Schilder', '--received', '2026-10-01']);
  ok(dir, ['order', 'start', 'o002', '--date', '2026-10-05']);
  ok(dir, ['order', 'done', 'o002', '--date', '2026-10-20']);
  ok(dir, ['order', 'deliver', 'o002', '--date', '2026-10-22']);
  p = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
});

describe('order edit: the fields of an order', () => {
  test('corrects customer, title, material and received date in one undoable step, naming before → after', () => {
    const args = ['order', 'edit', 'o001', '--customer', 'c002', '--title', 'Drei Sitzbänke'];
    acceptedThenUndone(dir, [...args, '--material-euros', '90,50', '--received', '2026-10-30'], (r) => {
      expect(r.stdout).toBe(
        'changed order o001: title Zwei Sitzbänke → Drei Sitzbänke; customer c001 → c002; material 85.00 € → 90.50 €; received 2026-11-02 → 2026-10-30\n',
      );
      expect(order()).toMatchObject({
        customerId: 'c002',
        title: 'Drei Sitzbänke',
        materialCents: 9050,
        received: '2026-10-30',
      });
      expect(lastChangeLines(dir)).toMatch(/order edit o001 \(title, customerId, materialCents, received\)/);
      expect(lastChangeLines(dir)).toMatch(/received 2026-11-02 → 2026-10-30/);
    });
    expect(order()).toMatchObject({ customerId: 'c001', title: 'Zwei Sitzbänke', materialCents: 8500 });
  });

  test('--json: {id, changed:[field…], dryRun}; --dry-run changes nothing', () => {
    const before = storeBytes(dir);
    expect(ok(dir, ['order', 'edit', 'o001', '--due', '2026-12-15', '--dry-run', '--json']).json()).toEqual({
      id: 'o001',
      changed: ['due'],
      dryRun: true,
    });
    expect(ok(dir, ['order', 'edit', 'o001', '--due', '2026-12-15', '--dry-run']).stdout).toBe(
      'dry run: would change order o001: due – → 2026-12-15 — nothing was changed\n',
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('values the order has already change nothing and say so (recorded nowhere)', () => {
    const before = storeBytes(dir);
    expect(ok(dir, ['order', 'edit', 'o001', '--title', 'Zwei Sitzbänke', '--area', 'holz']).stdout).toBe(
      'nothing changed: order o001 already has these values\n',
    );
    expect(ok(dir, ['order', 'edit', 'o001', '--material-euros', '85', '--json']).json()).toEqual({
      id: 'o001',
      changed: [],
      dryRun: false,
    });
    expect(storeBytes(dir)).toEqual(before);
  });

  test('--clear due,kind empties them; undo brings them back', () => {
    ok(dir, ['order', 'edit', 'o001', '--due', '2026-12-15']);
    acceptedThenUndone(dir, ['order', 'edit', 'o001', '--clear', 'due,kind'], () => {
      expect(order()).toMatchObject({ due: null, kind: '' });
    });
    expect(order()).toMatchObject({ due: '2026-12-15', kind: 'Möbelbau' });
    ok(dir, ['undo']);
  });

  test('without a flag: exit 2 naming the flags', () => {
    expect(refused(dir, ['order', 'edit', 'o001'], 2).stderr).toMatch(
      /nothing to change — give at least one of --title/,
    );
  });

  test('an unknown order or customer: exit 4, nothing changed', () => {
    refused(dir, ['order', 'edit', 'o099', '--title', 'x'], 4);
    refused(dir, ['order', 'edit', 'o001', '--customer', 'c099'], 4);
  });

  test('refuses a received day in the future or after the due day (exit 3), changing nothing', () => {
    expect(refused(dir, ['order', 'edit', 'o001', '--received', '2026-11-26'], 3).stderr).toMatch(
      /received .*2026-11-26 lies in the future/,
    );
    expect(refused(dir, ['order', 'edit', 'o001', '--due', '2026-10-31'], 3).stderr).toMatch(
      /order o001 would be due on 2026-10-31, before it was received \(2026-11-02\)/,
    );
  });
});

describe('order edit: the kind of work the area listed (the rule of order add)', () => {
  test('another area re-checks the kind: refused until a kind of the new area is given', () => {
    expect(refused(dir, ['order', 'edit', 'o001', '--area', 'kueche'], 3).stderr).toMatch(
      /'Möbelbau' is not a kind of work the area kueche listed/,
    );
    acceptedThenUndone(dir, ['order', 'edit', 'o001', '--area', 'Küche', '--kind', 'catering'], (r) => {
      expect(r.stdout).toBe('changed order o001: area holz → kueche; kind Möbelbau → Catering\n');
    });
  });

  test('a kind the area did not list needs --force --reason; check then warns about it', () => {
    refused(dir, ['order', 'edit', 'o001', '--kind', 'Transport'], 3);
    refused(dir, ['order', 'edit', 'o001', '--kind', 'Transport', '--force'], 2);
    refused(dir, ['order', 'edit', 'o001', '--kind', 'Transport', '--reason', 'einmalig'], 2);
    acceptedThenUndone(
      dir,
      ['order', 'edit', 'o001', '--kind', 'Transport', '--force', '--reason', 'einmalig, abgestimmt'],
      () => {
        expect(order()).toMatchObject({ kind: 'Transport', kindReason: 'einmalig, abgestimmt' });
        expect(insat(dir, ['check']).stderr).toMatch(/o001/);
        // the reason stays while neither kind nor area changes
        ok(dir, ['order', 'edit', 'o001', '--title', 'Umzug']);
        expect(order().kindReason).toBe('einmalig, abgestimmt');
        // a listed kind needs no reason: it goes
        ok(dir, ['order', 'edit', 'o001', '--kind', 'reparatur']);
        expect(order()).toMatchObject({ kind: 'Reparatur', kindReason: '' });
        ok(dir, ['undo']);
        ok(dir, ['undo']);
      },
    );
  });
});

describe('order edit: the dates of the steps taken', () => {
  test('corrects a step date within the order of the steps', () => {
    acceptedThenUndone(dir, ['order', 'edit', 'o002', '--done', '2026-10-21', '--started', '2026-10-02'], (r) => {
      expect(r.stdout).toBe('changed order o002: started 2026-10-05 → 2026-10-02; done 2026-10-20 → 2026-10-21\n');
    });
  });

  test('refuses steps out of order, in the future, or a step never taken (exit 3), changing nothing', () => {
    expect(refused(dir, ['order', 'edit', 'o002', '--done', '2026-10-23'], 3).stderr).toMatch(
      /order o002 would be delivered on 2026-10-22, before it was done \(2026-10-23\)/,
    );
    refused(dir, ['order', 'edit', 'o002', '--received', '2026-10-06'], 3);
    refused(dir, ['order', 'edit', 'o002', '--delivered', '2026-11-30'], 3);
    expect(refused(dir, ['order', 'edit', 'o002', '--cancelled', '2026-10-25'], 3).stderr).toMatch(
      /order o002 is delivered and was never cancelled — record the step with 'insat order cancel o002/,
    );
    expect(refused(dir, ['order', 'edit', 'o001', '--started', '2026-11-03'], 3).stderr).toMatch(
      /insat order start o001 --date DATE/,
    );
  });

  test('takes back a step taken by mistake (--clear STEP): the status follows; undo restores it', () => {
    acceptedThenUndone(dir, ['order', 'edit', 'o002', '--clear', 'delivered', '--json'], (r) => {
      expect(r.json()).toEqual({ id: 'o002', changed: ['delivered', 'status'], dryRun: false });
      expect(order('o002')).toMatchObject({ status: 'done', delivered: null });
      expect(ok(dir, ['check']).code).toBe(0);
    });
    expect(order('o002')).toMatchObject({ status: 'delivered', delivered: '2026-10-22' });
  });

  test('an earlier step goes back only with the steps after it', () => {
    expect(refused(dir, ['order', 'edit', 'o002', '--clear', 'started'], 3).stderr).toMatch(
      /cannot be taken back while done and delivered stay — take back the later steps too: --clear started,done,delivered/,
    );
    acceptedThenUndone(dir, ['order', 'edit', 'o002', '--clear', 'started,done,delivered'], () => {
      expect(order('o002')).toMatchObject({ status: 'received', started: null, done: null, delivered: null });
    });
  });

  test('a field both given and cleared, or not clearable: exit 2', () => {
    refused(dir, ['order', 'edit', 'o002', '--clear', 'done', '--done', '2026-10-21'], 2);
    refused(dir, ['order', 'edit', 'o002', '--clear', 'received'], 2);
  });
});

describe('order unassign', () => {
  test('unlinks a participant linked by mistake, one undoable step', () => {
    ok(dir, ['order', 'assign', 'o001', p]);
    acceptedThenUndone(dir, ['order', 'unassign', 'o001', p, '--json'], (r) => {
      expect(r.json()).toEqual({ id: 'o001', unlinked: [p], dryRun: false });
      expect(order().participants).toEqual([]);
    });
    expect(order().participants).toEqual([p]);
  });

  test('--dry-run says what it would unlink and changes nothing', () => {
    const before = storeBytes(dir);
    expect(ok(dir, ['order', 'unassign', 'o001', p, '--dry-run']).stdout).toBe(
      `dry run: would unlink ${p} from order o001 — nothing was changed\n`,
    );
    expect(storeBytes(dir)).toEqual(before);
  });

  test('someone not on the order: nothing to unlink (exit 0); an unknown person or order: exit 4', () => {
    const before = storeBytes(dir);
    expect(ok(dir, ['order', 'unassign', 'o002', p]).stdout).toBe(`unlink nothing: ${p} is not on order o002\n`);
    expect(storeBytes(dir)).toEqual(before);
    refused(dir, ['order', 'unassign', 'o001', 'p999'], 4);
    refused(dir, ['order', 'unassign', 'o099', p], 4);
  });
});

describe('in German', () => {
  const de = { env: { INSAT_LANG: 'de' } };
  test('the change lines and refusals', () => {
    expect(ok(dir, ['order', 'edit', 'o001', '--material-euros', '90', '--dry-run'], de).stdout).toMatch(
      /Auftrag o001 berichtigen: Material 85,00 € → 90,00 €/,
    );
    expect(refused(dir, ['order', 'edit', 'o002', '--clear', 'done'], 3, de).stderr).toMatch(
      /^Fehler: der Schritt fertiggestellt des Auftrags o002 kann nicht zurückgenommen werden, solange er übergeben ist/,
    );
    expect(ok(dir, ['order', 'unassign', 'o002', p], de).stdout).toMatch(/nichts zu lösen/);
  });

  test('the store is consistent after all this', () => {
    expect(insat(dir, ['check']).code).toBe(0);
  });
});

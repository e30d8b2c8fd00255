// Who works on an order works in its area: a participant linked to an order had a seat in the
// order's area on some day between its receipt and its last step (or today). One rule in the model
// (orderParticipantViolations): `order assign` and the order steps refuse, `check` names, and a
// change of an assignment may not take the last such day away.
import { describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

function withOrder(received = '2026-11-02'): string {
  const dir = tempDataDir();
  ok(dir, ['init']);
  ok(dir, ['customer', 'add', '--name', 'Kita Sonnenschein', '--kind', 'non-profit', '--type', 'Kita']);
  ok(dir, ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Bank', '--received', received]);
  return dir;
}

function refused(dir: string, args: string[]): string {
  const before = storeBytes(dir);
  const r = insat(dir, args);
  expect(r.code).toBe(3);
  expect(storeBytes(dir)).toEqual(before);
  return r.stderr;
}

describe('orders: only participants of the area, while the order ran', () => {
  test('refuses a participant who left before the order came in (exit 3), store unchanged', () => {
    const dir = withOrder();
    const left = enrolled(dir, 'holz', '2026-02-02', '2026-06-30');
    expect(refused(dir, ['order', 'assign', 'o001', left])).toMatch(
      new RegExp(`^error: ${left} had no seat in holz on any day of order o001 \\(2026-11-02 – 2026-11-25\\) — `, 'm'),
    );
  });
  test('refuses a participant of another area, and a whole list when one of them is wrong', () => {
    const dir = withOrder();
    const kitchen = enrolled(dir, 'kueche', '2026-09-01', '2027-08-31');
    const wood = enrolled(dir, 'holz', '2026-09-01', '2027-08-31');
    expect(refused(dir, ['order', 'assign', 'o001', wood, kitchen])).toContain(`${kitchen} had no seat in holz`);
    ok(dir, ['order', 'assign', 'o001', wood]);
    ok(dir, ['check']);
  });
  test('accepts someone who moved into the area while the order ran', () => {
    const dir = withOrder();
    const p = enrolled(dir, 'kueche', '2026-09-01', '2027-08-31');
    ok(dir, ['participant', 'move', p, '--area', 'holz', '--from', '2026-11-16']);
    ok(dir, ['order', 'assign', 'o001', p]);
  });
  test('a step dated back may not end the order before its participant had a seat', () => {
    const dir = withOrder('2026-03-02');
    const early = enrolled(dir, 'holz', '2026-02-02', '2026-06-30');
    const late = enrolled(dir, 'holz', '2026-09-01', '2027-08-31');
    ok(dir, ['order', 'start', 'o001', '--date', '2026-03-03']);
    ok(dir, ['order', 'assign', 'o001', early, late]);
    expect(refused(dir, ['order', 'done', 'o001', '--date', '2026-05-04'])).toContain(
      `${late} had no seat in holz on any day of order o001 (2026-03-02 – 2026-05-04)`,
    );
    ok(dir, ['order', 'done', 'o001', '--date', '2026-09-02']);
  });
  test('order edit may not move the order away from its participants: to another area, or dated back', () => {
    const dir = withOrder();
    const p = enrolled(dir, 'holz', '2026-09-01', '2027-08-31');
    ok(dir, ['order', 'assign', 'o001', p]);
    expect(refused(dir, ['order', 'edit', 'o001', '--area', 'kueche', '--force', '--reason', 'Umzug'])).toContain(
      `${p} had no seat in kueche on any day of order o001`,
    );
    ok(dir, ['order', 'unassign', 'o001', p]);
    ok(dir, ['order', 'edit', 'o001', '--area', 'kueche', '--force', '--reason', 'Umzug']);
    ok(dir, ['check']);
  });
  test('an exit dated before the order came in is refused while the person is linked to it', () => {
    const dir = withOrder();
    const p = enrolled(dir, 'holz', '2026-09-01', '2027-08-31');
    ok(dir, ['order', 'assign', 'o001', p]);
    expect(refused(dir, ['participant', 'exit', p, '--date', '2026-10-30', '--reason', 'job'])).toContain(
      `${p} had no seat in holz on any day of order o001`,
    );
    ok(dir, ['check']);
  });
});

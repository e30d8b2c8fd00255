import { describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';

function edit(dir: string, fn: (data: any) => void): void {
  const path = join(dir, 'insat.json');
  const data = JSON.parse(readFileSync(path, 'utf8'));
  fn(data);
  writeFileSync(path, JSON.stringify(data, null, 1));
}

describe('insat check: the whole store against every rule', () => {
  test('the demo programme is consistent: exit 0', () => {
    const dir = tempDataDir();
    ok(dir, ['init', '--demo']);
    const r = ok(dir, ['check']);
    expect(r.stdout).toMatch(/^the store is consistent: 100 people, \d+ assignments, \d+ bookings checked$/m);
    expect(ok(dir, ['check', '--json']).json()).toEqual({ ok: true, problems: [] });
  });

  test('lists every problem with its rule and ids, exit 3, and changes nothing', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    const a = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    const b = enrolled(dir, 'holz', '2026-11-02', '2027-10-31');
    ok(dir, ['note', 'add', a, '--text', 'Erstgespräch']);
    ok(dir, ['config', 'set', 'seats.holz', '2']);
    edit(dir, (d) => {
      d.settings.seats[d.settings.seats.length - 1].areas.holz = 1; // two people in holz, one seat
      d.people.find((p: any) => p.id === b).attended = false; // enrolled without the appointment
      d.notes.push({ id: 'n009', personId: 'p777', date: '2026-11-20', text: 'x', visibility: 'internal', author: '' });
      d.assignments[0].hoursPerWeek = 45;
    });
    // a booking in another year's month file, outside the assignment
    mkdirSync(join(dir, 'bookings'), { recursive: true });
    writeFileSync(
      join(dir, 'bookings', '2025-03.json'),
      JSON.stringify({
        schemaVersion: 2,
        month: '2025-03',
        bookings: [{ participantId: a, date: '2025-03-03', minutes: 240, absence: null, forced: false }],
      }),
    );
    const before = storeBytes(dir);

    const r = insat(dir, ['check']);
    expect(r.code).toBe(3);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          new RegExp(
            `^entry-pipeline: ${b} is enrolled but has not attended an information appointment .* \\(${b}\\)$`,
          ),
        ),
        expect.stringMatching(/^unknown-person: note n009 belongs to p777, who is not in the store \(n009, p777\)$/),
        expect.stringMatching(/^id-counter: /),
        expect.stringMatching(new RegExp(`^weekly-hours: 45 hours a week .* \\(${a}\\)$`)),
        expect.stringMatching(
          new RegExp(
            `^capacity: 2 seats taken in holz on 2026-11-25, the area has 1 — .* \\((${a}, ${b}|${b}, ${a})\\)$`,
          ),
        ),
        expect.stringMatching(new RegExp(`^booking-period: ${a} has no assignment on 2025-03-03`)),
      ]),
    );
    // each line says how to fix its problem: the summary points there, not at undo for all of them
    expect(r.stderr).toMatch(/^error: \d+ problems found in the store — fix them as each line of the list says /m);

    const j = insat(dir, ['check', '--json']);
    expect(j.code).toBe(3);
    const doc = j.json();
    expect(doc.ok).toBe(false);
    const errors = doc.problems.filter((p: { severity: string }) => p.severity === 'error');
    expect(errors.length).toBe(lines.length);
    expect(new Set(errors.map((p: { rule: string }) => p.rule))).toEqual(
      new Set(['entry-pipeline', 'unknown-person', 'id-counter', 'weekly-hours', 'capacity', 'booking-period']),
    );
    // The days nobody booked, and assignments without a social worker or integration officer, are
    // warnings beside them, not problems of the store.
    expect(
      new Set(
        doc.problems.filter((p: { severity: string }) => p.severity === 'warning').map((p: { rule: string }) => p.rule),
      ),
    ).toEqual(new Set(['unbooked-days', 'assignment-contacts']));
    for (const p of doc.problems) expect(Object.keys(p).sort()).toEqual(['ids', 'message', 'rule', 'severity']);
    expect(storeBytes(dir)).toEqual(before);
  });

  test('a file that does not match the schema is exit 6, naming the file and the field', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    enrolled(dir, 'kueche', '2026-11-02', '2027-10-31');
    edit(dir, (d) => {
      d.assignments[0].start = '2. November';
    });
    const r = insat(dir, ['check', '--json']);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain(join(dir, 'insat.json'));
    expect(r.stderr).toContain('assignments.0.start');
    expect(r.stdout).toBe('');
  });

  test('a damaged bookings file of any year is found too (exit 6)', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    mkdirSync(join(dir, 'bookings'), { recursive: true });
    writeFileSync(join(dir, 'bookings', '2019.json'), '{"schemaVersion":1,"year":2019,"bookings":[');
    const r = insat(dir, ['check']);
    expect(r.code).toBe(6);
    expect(r.stderr).toContain(join(dir, 'bookings', '2019.json'));
  });
});

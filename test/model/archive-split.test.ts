// Who goes to archive.json: people whose every record lies before 1 January two years before
// today — and the promise that the main part keeps everyone else whole.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import {
  archiveBefore,
  archivePromiseViolations,
  longEndedPeople,
  mergeArchive,
  splitArchive,
} from '../../src/model/archive.js';
import { historyProgramme } from '../../src/demo/generate.js';
import type { MainData } from '../../src/model/types.js';
import { enrol, mainData, person } from '../helpers/main-data.js';

const TODAY = '2026-11-25';
const BEFORE = '2024-01-01';

/** p1 ended long ago; the others each have one thing that keeps them current. */
function store(): MainData {
  const data = mainData();
  enrol(data, 'p1', 'holz', '2021-02-01', '2022-01-31');
  enrol(data, 'p2', 'holz', '2022-02-01', '2023-12-31');
  enrol(data, 'p3', 'kueche', '2023-01-01', '2024-01-01');
  enrol(data, 'p4', 'kueche', '2022-06-01', '2024-05-31', { exit: { date: '2023-06-30', reason: 'regular' } });
  enrol(data, 'p5', 'gestaltung', '2021-01-04', '2022-12-31');
  data.people.push(person('p6', { contactDate: '2026-10-01', decision: null }));
  return data;
}

describe('who is long-ended', () => {
  test('the archive begins on 1 January two years before today', () => {
    expect(archiveBefore(TODAY)).toBe(BEFORE);
    expect(archiveBefore('2027-01-01')).toBe('2025-01-01');
  });

  test('every assignment day before it: archived; a last day on it keeps the person', () => {
    const ended = longEndedPeople(store(), BEFORE);
    expect(ended.has('p1')).toBe(true);
    expect(ended.has('p2')).toBe(true);
    expect(ended.has('p3')).toBe(false);
  });

  test('an exit before it ends the stay, whatever the planned end', () => {
    expect(longEndedPeople(store(), BEFORE).has('p4')).toBe(true);
  });

  test('an applicant still in the pipeline stays, whatever the dates: new, invited, attended, waiting', () => {
    const data = store();
    data.people.push(
      person('p7', { contactDate: '2019-01-01', infoAppointment: null, attended: false, decision: null }),
      person('p8', { contactDate: '2019-01-01', infoAppointment: '2019-01-08', attended: false, decision: null }),
      person('p9', { contactDate: '2019-01-01', infoAppointment: '2019-01-08', attended: true, decision: null }),
      person('p10', { contactDate: '2019-01-01', infoAppointment: '2019-01-08' }),
    );
    const ended = longEndedPeople(data, BEFORE);
    for (const id of ['p6', 'p7', 'p8', 'p9', 'p10']) expect([id, ended.has(id)]).toEqual([id, false]);
  });

  test('a closed application (withdrawn, not suitable) without a stay goes like an ended stay', () => {
    const data = store();
    const unsuitable = { suitable: false, by: 'Frau Schulte', date: '2019-01-15' };
    data.people.push(
      person('p7', { contactDate: '2019-01-01', decision: unsuitable }),
      person('p8', { contactDate: '2019-01-01', decision: null, withdrawn: '2019-02-01' }),
      person('p9', { contactDate: '2019-01-01', withdrawn: '2019-02-01' }),
      // the same, with one day on or after BEFORE: the decision, the withdrawal
      person('p10', { contactDate: '2019-01-01', decision: { ...unsuitable, date: BEFORE } }),
      person('p11', { contactDate: '2019-01-01', decision: null, withdrawn: '2024-02-01' }),
    );
    const ended = longEndedPeople(data, BEFORE);
    for (const id of ['p7', 'p8', 'p9']) expect([id, ended.has(id)]).toEqual([id, true]);
    for (const id of ['p10', 'p11']) expect([id, ended.has(id)]).toEqual([id, false]);
    // and the split files them with the people whose stay ended
    expect(splitArchive(data, TODAY).archive.people.map((p) => p.id)).toEqual(
      expect.arrayContaining(['p7', 'p8', 'p9']),
    );
  });

  test('a new application, a note, a goal review, an order or a group offer since then keeps them current', () => {
    const cases: [string, (d: MainData) => void][] = [
      ['contact', (d) => (d.people.find((p) => p.id === 'p5')!.contactDate = '2025-03-01')],
      ['decision', (d) => (d.people.find((p) => p.id === 'p5')!.decision = { suitable: true, by: 'x', date: BEFORE })],
      ['withdrawn', (d) => (d.people.find((p) => p.id === 'p5')!.withdrawn = '2024-02-01')],
      [
        'note',
        (d) =>
          d.notes.push({ id: 'n1', personId: 'p5', date: '2024-03-01', text: 't', visibility: 'internal', author: '' }),
      ],
      [
        'goal review',
        (d) =>
          d.goals.push({
            id: 'g1',
            personId: 'p5',
            text: 't',
            due: null,
            created: '2022-01-01',
            status: 'open',
            reviews: [{ date: '2024-01-02', status: 'open', comment: '' }],
          }),
      ],
      [
        'order',
        (d) =>
          d.orders.push({
            id: 'o1',
            customerId: 'c1',
            area: 'holz',
            title: 't',
            kind: 'k',
            kindReason: '',
            received: '2022-05-01',
            due: null,
            materialCents: 0,
            status: 'delivered',
            started: null,
            done: null,
            delivered: '2024-01-10',
            cancelled: null,
            participants: ['p5'],
          }),
      ],
      [
        'group offer',
        (d) =>
          d.groupOffers.push({
            id: 'go1',
            date: '2024-06-01',
            topic: 't',
            kind: 'group',
            fromMinutes: 600,
            toMinutes: 660,
            ledBy: 'x',
            area: 'all',
            attendance: [{ participantId: 'p5', absence: null }],
          }),
      ],
    ];
    expect(longEndedPeople(store(), BEFORE).has('p5')).toBe(true);
    for (const [what, add] of cases) {
      const data = store();
      add(data);
      expect({ what, archived: longEndedPeople(data, BEFORE).has('p5') }).toEqual({ what, archived: false });
    }
  });
});

describe('the split', () => {
  test("a person's assignments, goals and notes go with them; programme records stay in the main part", () => {
    const data = store();
    data.notes.push({ id: 'n1', personId: 'p1', date: '2021-03-01', text: 't', visibility: 'internal', author: '' });
    data.notes.push({ id: 'n2', personId: 'p3', date: '2021-03-01', text: 't', visibility: 'internal', author: '' });
    const { main, archive, before } = splitArchive(data, TODAY);
    expect(before).toBe(BEFORE);
    expect(archive.people.map((p) => p.id)).toEqual(['p1', 'p2', 'p4', 'p5']);
    expect(new Set(archive.assignments.map((a) => a.personId))).toEqual(new Set(['p1', 'p2', 'p4', 'p5']));
    expect(archive.notes.map((n) => n.id)).toEqual(['n1']);
    expect(main.people.map((p) => p.id)).toEqual(['p3', 'p6']);
    expect(main.notes.map((n) => n.id)).toEqual(['n2']);
    expect(main.settings).toBe(data.settings);
    expect(main.counters).toBe(data.counters);
  });

  test('merged again, 20 years of history are the same records in the same order', () => {
    const { main } = historyProgramme(20, TODAY);
    const whole = JSON.stringify(main);
    const { main: part, archive } = splitArchive(main, TODAY);
    expect(archive.people.length).toBeGreaterThan(main.people.length * 0.7);
    expect(part.people.length).toBeGreaterThan(50);
    expect(JSON.stringify(mergeArchive({ ...part }, archive))).toBe(whole);
  });

  test('a split as made keeps its promise; a current person or a stray record in the archive does not', () => {
    const data = store();
    const { archive } = splitArchive(data, TODAY);
    expect(archivePromiseViolations(data, archive, BEFORE)).toEqual([]);
    const current = data.people.find((p) => p.id === 'p3')!;
    const withCurrent = { ...archive, people: [...archive.people, current] };
    expect(archivePromiseViolations(data, withCurrent, BEFORE).map((v) => [v.rule, v.ids])).toEqual([
      ['archive-current', ['p3']],
      ['archive-apart', [data.assignments.find((a) => a.personId === 'p3')!.id]],
    ]);
    const stray = { ...archive, assignments: [...archive.assignments, data.assignments[2]!] };
    expect(archivePromiseViolations(data, stray, BEFORE).map((v) => v.rule)).toEqual(['archive-apart']);
    expect(archivePromiseViolations(data, archive, null).map((v) => v.rule)).toEqual(
      archive.people.map(() => 'archive-current'),
    );
  });
});

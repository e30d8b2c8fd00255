// A refusal for lack of a seat names the earliest start with a free seat in the area (DOMAIN.md:
// free seats are refilled promptly; a seat freed by an exit can be taken again from the next day).
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { enrolViolations } from '../../src/model/enrolment.js';
import { earliestFreeStart } from '../../src/model/free-seat.js';
import type { Assignment, MainData } from '../../src/model/types.js';
import { sayViolation } from '../../src/i18n/active.js';
import { enrol, mainData, person } from '../helpers/main-data.js';

/** A store whose holz area has `seats` seats, all taken by people leaving on the given days. */
function fullHolz(lastDays: string[]): MainData {
  const data = mainData();
  data.settings.seats = [
    { from: '2020-01-01', total: 33, areas: { holz: lastDays.length, kueche: 11, gestaltung: 10 } },
  ];
  lastDays.forEach((last, i) => enrol(data, `p${i + 1}`, 'holz', '2026-06-01', last));
  return data;
}

function proposal(start: string, until: string): Assignment {
  return {
    id: 'new',
    personId: 'p9',
    start,
    until,
    hoursPerWeek: 20,
    areas: [{ from: start, area: 'holz' }],
    jobcenterRef: '',
    integrationOfficer: '',
    socialWorker: '',
    extensions: [],
    exit: null,
    capExtensionReason: '',
  };
}

describe('the earliest start with a free seat', () => {
  test('the day after the first seat of the area frees up', () => {
    const data = fullHolz(['2027-03-31', '2027-01-31']);
    expect(earliestFreeStart(data.assignments, data.settings, proposal('2026-12-01', '2027-11-30'))).toBe('2027-02-01');
  });

  test('a seat that frees up but is taken again by a planned start does not count', () => {
    const data = fullHolz(['2027-03-31', '2027-01-31']);
    enrol(data, 'p3', 'holz', '2027-02-15', '2027-12-31');
    expect(earliestFreeStart(data.assignments, data.settings, proposal('2026-12-01', '2027-11-30'))).toBe('2027-04-01');
  });

  test('a larger seat plan from a day on frees a seat from that day', () => {
    const data = fullHolz(['2027-12-31']);
    data.settings.seats.push({ from: '2027-01-01', total: 33, areas: { holz: 2, kueche: 11, gestaltung: 10 } });
    expect(earliestFreeStart(data.assignments, data.settings, proposal('2026-12-01', '2027-05-31'))).toBe('2027-01-01');
  });

  test('no seat in the plan: none', () => {
    const data = fullHolz([]);
    expect(earliestFreeStart(data.assignments, data.settings, proposal('2026-12-01', '2027-05-31'))).toBeNull();
  });

  test('the enrolment refusal names the date and the same length from it', () => {
    const data = fullHolz(['2027-01-31']);
    data.people.push(person('p9'));
    const messages = enrolViolations(data, {
      person: data.people.at(-1)!,
      assignment: proposal('2026-12-01', '2027-11-30'),
    }).map(sayViolation);
    expect(messages).toEqual([
      expect.stringContaining(
        '2 seats taken in holz on 2026-12-01, the area has 1 — the earliest start with a free seat in holz is 2027-02-01 (--start 2027-02-01 --until 2028-01-31 keeps the length)',
      ),
    ]);
  });
});

import { describe, expect, test } from '@jest/globals';
import { freeingWithin } from '../../src/model/capacity.js';
import { seatSummary } from '../../src/model/seats.js';
import { seatsFreeFrom, seatsFreeingOn, seatsFreeOn, vacancyNotice } from '../../src/model/vacancy.js';
import type { MainData } from '../../src/model/types.js';
import { enrol, mainData, person } from '../helpers/main-data.js';

const TODAY = '2026-11-25';
const HORIZON = '2027-01-20'; // today + 8 weeks

/** Holz 2 seats, Küche 2, Gestaltung 1, 33 in all. */
function smallPlan(): MainData {
  const data = mainData();
  data.settings.seats = [{ from: '2020-01-01', total: 33, areas: { holz: 2, kueche: 2, gestaltung: 1 } }];
  return data;
}

describe('seats free from a day: free on every day from then through the horizon', () => {
  test('a free seat that a later start takes is not free today; it is free again after the next end', () => {
    const data = smallPlan();
    enrol(data, 'p1', 'holz', '2026-01-05', '2026-12-11'); // last day Fri 11 Dec → free from 12 Dec
    enrol(data, 'p2', 'holz', '2026-12-01', '2027-11-30'); // takes the seat free today
    expect(seatsFreeOn(data.assignments, data.settings, 'holz', TODAY)).toBe(1);
    expect(seatsFreeFrom(data.assignments, data.settings, 'holz', TODAY, HORIZON)).toEqual([
      { from: '2026-12-12', seats: 1 },
    ]);
  });

  test('an area nobody will take: every free seat from the first day', () => {
    const data = smallPlan();
    enrol(data, 'p3', 'kueche', '2026-06-01', '2027-05-31');
    expect(seatsFreeFrom(data.assignments, data.settings, 'kueche', TODAY, HORIZON)).toEqual([
      { from: TODAY, seats: 1 },
    ]);
  });

  test('seats freeing at different days come as steps, earliest first', () => {
    const data = smallPlan();
    enrol(data, 'p1', 'kueche', '2026-01-05', '2026-12-04');
    enrol(data, 'p2', 'kueche', '2026-01-05', '2027-01-08', { exit: { date: '2026-12-18', reason: 'job' } });
    expect(seatsFreeFrom(data.assignments, data.settings, 'kueche', TODAY, HORIZON)).toEqual([
      { from: '2026-12-05', seats: 1 },
      { from: '2026-12-19', seats: 1 },
    ]);
  });

  test('a seat freed after the horizon is not listed; a full area lists nothing', () => {
    const data = smallPlan();
    enrol(data, 'p4', 'gestaltung', '2026-03-02', '2027-01-20'); // last day = the horizon
    expect(seatsFreeFrom(data.assignments, data.settings, 'gestaltung', TODAY, HORIZON)).toEqual([]);
  });

  test('a move into the area takes a seat from the day of the move', () => {
    const data = smallPlan();
    enrol(data, 'p5', 'holz', '2026-01-05', '2027-06-30', { moves: [['2026-12-07', 'gestaltung']] });
    // gestaltung's one seat is free until the move, then taken: not free through the horizon
    expect(seatsFreeOn(data.assignments, data.settings, 'gestaltung', TODAY)).toBe(1);
    expect(seatsFreeFrom(data.assignments, data.settings, 'gestaltung', TODAY, HORIZON)).toEqual([]);
    // and holz gets its seat back on the day of the move
    expect(seatsFreeFrom(data.assignments, data.settings, 'holz', TODAY, HORIZON)).toEqual([
      { from: TODAY, seats: 1 },
      { from: '2026-12-07', seats: 1 },
    ]);
  });

  test('the programme total caps every area: a seat is free only with room in the area and in the programme', () => {
    const data = mainData();
    data.settings.seats = [{ from: '2020-01-01', total: 2, areas: { holz: 2, kueche: 2, gestaltung: 2 } }];
    enrol(data, 'p1', 'holz', '2026-01-05', '2027-06-30');
    enrol(data, 'p2', 'kueche', '2026-01-05', '2027-06-30');
    expect(seatsFreeOn(data.assignments, data.settings, 'gestaltung', TODAY)).toBe(0);
    expect(seatsFreeFrom(data.assignments, data.settings, 'gestaltung', TODAY, HORIZON)).toEqual([]);
  });

  test('a smaller seat plan from a later day takes the seat away before the horizon', () => {
    const data = smallPlan();
    data.settings.seats.push({ from: '2027-01-01', total: 33, areas: { holz: 2, kueche: 1, gestaltung: 1 } });
    enrol(data, 'p3', 'kueche', '2026-06-01', '2027-05-31');
    expect(seatsFreeFrom(data.assignments, data.settings, 'kueche', TODAY, HORIZON)).toEqual([]);
  });
});

describe('seats freeing: the day after each assignment that ends within the weeks', () => {
  test('the days agree with the counts of insat seats (4 and 8 weeks)', () => {
    const data = smallPlan();
    enrol(data, 'p1', 'holz', '2026-01-05', '2026-12-11');
    enrol(data, 'p2', 'holz', '2026-01-05', '2027-01-15');
    enrol(data, 'p3', 'holz', '2026-01-05', '2027-01-19'); // last day 19 Jan < 20 Jan: within 8 weeks
    expect(seatsFreeingOn(data.assignments, TODAY, 28, 'holz')).toEqual(['2026-12-12']);
    expect(seatsFreeingOn(data.assignments, TODAY, 56, 'holz')).toEqual(['2026-12-12', '2027-01-16', '2027-01-20']);
    expect(seatsFreeingOn(data.assignments, TODAY, 28, 'holz')).toHaveLength(
      freeingWithin(data.assignments, TODAY, 28, 'holz'),
    );
    expect(seatsFreeingOn(data.assignments, TODAY, 56, 'holz')).toHaveLength(
      freeingWithin(data.assignments, TODAY, 56, 'holz'),
    );
  });

  test('an assignment ending today frees its seat tomorrow; one that has not started frees none', () => {
    const data = smallPlan();
    enrol(data, 'p1', 'kueche', '2026-01-05', TODAY);
    enrol(data, 'p2', 'kueche', '2026-12-01', '2026-12-20');
    // only seats taken on the day count: p2's seat is not yet taken, so it frees nothing
    expect(seatsFreeingOn(data.assignments, TODAY, 28, 'kueche')).toEqual(['2026-11-26']);
  });
});

describe('the notice: insat seats’ counts, the days, and the suitable applicants waiting', () => {
  test('counts are seatSummary’s; waiting applicants carry their customer numbers, purged records are left out', () => {
    const data = smallPlan();
    enrol(data, 'p1', 'holz', '2026-01-05', '2026-12-11');
    data.people.push(
      person('p7', {
        name: 'Wanda Warte',
        jobcenterCustomerNo: '362D555001',
        decision: { suitable: true, by: 'X', date: '2026-10-01' },
      }),
      person('p8', { name: 'Udo Ungeeignet', decision: { suitable: false, by: 'X', date: '2026-10-02' } }),
      person('p9', { name: '', purged: true, decision: { suitable: true, by: 'X', date: '2026-09-01' } }),
    );
    const notice = vacancyNotice(data, TODAY);
    const summary = seatSummary(data, TODAY);
    expect(notice.horizon).toBe(HORIZON);
    for (const a of notice.areas) {
      const s = summary.areas.find((x) => x.area === a.area)!;
      expect([a.capacity, a.occupied, a.free, a.freeingIn4Weeks, a.freeingIn8Weeks]).toEqual([
        s.capacity,
        s.occupied,
        s.free,
        s.freeingIn4Weeks,
        s.freeingIn8Weeks,
      ]);
    }
    const holz = notice.areas.find((a) => a.area === 'holz')!;
    expect(holz.freeFrom).toEqual([
      { from: TODAY, seats: 1 },
      { from: '2026-12-12', seats: 1 },
    ]);
    expect(holz.freeingOn).toEqual(['2026-12-12']);
    expect(notice.waiting).toEqual([
      { id: 'p7', name: 'Wanda Warte', jobcenterCustomerNo: '362D555001', since: '2026-10-01' },
    ]);
  });
});

// The notice's total is the programme's, as `insat seats` and the occupancy summary count it: the seats a new assignment can
// take need room in the programme and in an area, so the total free is the smaller of the two.
import { expect, test } from '@jest/globals';
import { occupancySummary } from '../../src/model/occupancy.js';
import { seatSummary } from '../../src/model/seats.js';
import { vacancyNotice } from '../../src/model/vacancy.js';
import { enrol, mainData } from '../helpers/main-data.js';

const TODAY = '2026-11-25';

test('programme 4 seats, areas 2 + 2 + 2: with 3 occupied, 1 seat is free in all although the areas show 3', () => {
  const data = mainData();
  data.settings.seats = [{ from: '2020-01-01', total: 4, areas: { holz: 2, kueche: 2, gestaltung: 2 } }];
  enrol(data, 'p1', 'holz', '2026-01-05', '2027-06-30');
  enrol(data, 'p2', 'kueche', '2026-01-05', '2027-06-30');
  enrol(data, 'p3', 'gestaltung', '2026-01-05', '2027-06-30');
  const notice = vacancyNotice(data, TODAY);
  expect(notice.areas.reduce((n, a) => n + a.free, 0)).toBe(3);
  expect(notice.total).toEqual({ capacity: 4, occupied: 3, free: 1, freeingIn4Weeks: 0, freeingIn8Weeks: 0 });
  const seats = seatSummary(data, TODAY);
  expect(notice.total.free).toBe(seats.free);
  expect(notice.total.capacity).toBe(seats.capacity);
});

test('programme 33 seats, areas 1 + 1 + 1: with 1 occupied, 2 seats are free in all, not 32', () => {
  const data = mainData();
  data.settings.seats = [{ from: '2020-01-01', total: 33, areas: { holz: 1, kueche: 1, gestaltung: 1 } }];
  enrol(data, 'p1', 'holz', '2026-01-05', '2027-06-30');
  expect(seatSummary(data, TODAY).free).toBe(2);
  expect(vacancyNotice(data, TODAY).total.free).toBe(2);
});

test('the occupancy summary frees as many seats at its end as `insat seats` on that day (areas 12 + 11 + 9 of 33)', () => {
  const data = mainData();
  data.settings.seats = [{ from: '2020-01-01', total: 33, areas: { holz: 12, kueche: 11, gestaltung: 9 } }];
  for (let i = 1; i <= 30; i++)
    enrol(data, `p${i}`, i <= 12 ? 'holz' : i <= 22 ? 'kueche' : 'gestaltung', '2026-01-05', '2027-06-30');
  const summary = occupancySummary(data, [], { from: TODAY, to: TODAY });
  expect(summary.freeAtEnd).toBe(seatSummary(data, TODAY).free);
  expect(summary.freeAtEnd).toBe(2);
});

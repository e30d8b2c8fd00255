// Seats over the whole store (capacityViolations): a day counts the assignments that hold a seat on
// it — begun, not yet ended or left — whatever order the store keeps them in.
import { describe, expect, test } from '@jest/globals';
import { capacityViolations } from '../../src/model/capacity.js';
import { enrol, mainData } from '../helpers/main-data.js';

function store() {
  const data = mainData();
  data.settings.seats = [{ from: '2026-01-01', total: 3, areas: { holz: 2, kueche: 1, gestaltung: 1 } }];
  return data;
}

describe('capacityViolations over many days', () => {
  test('seats freed by an end or an exit are free again for a later start', () => {
    const data = store();
    enrol(data, 'p003', 'holz', '2026-07-01', '2026-12-31'); // listed first, starts last
    enrol(data, 'p001', 'holz', '2026-01-05', '2026-03-31');
    const left = enrol(data, 'p002', 'holz', '2026-01-05', '2026-12-31');
    left.exit = { date: '2026-05-15', reason: 'job', text: '' };
    enrol(data, 'p004', 'holz', '2026-06-01', '2026-12-31');
    expect(capacityViolations(data.assignments, data.settings, '2026-01-01', '2026-12-31')).toEqual([]);
  });

  test('the first day an area is over its seats names everybody holding one that day, in store order', () => {
    const data = store();
    enrol(data, 'p009', 'holz', '2026-04-01', '2026-12-31');
    enrol(data, 'p001', 'holz', '2026-01-05', '2026-06-30');
    enrol(data, 'p005', 'kueche', '2026-02-01', '2026-12-31');
    enrol(data, 'p002', 'holz', '2026-03-02', '2026-12-31');
    const v = capacityViolations(data.assignments, data.settings, '2026-01-01', '2026-12-31');
    expect(v.map((x) => [x.rule, x.ids])).toEqual([
      ['capacity', ['p009', 'p001', 'p005', 'p002']], // 4 seats taken of 3 from 1 April
      ['capacity', ['p009', 'p001', 'p002']], // 3 of 2 in holz from 1 April
    ]);
  });
});

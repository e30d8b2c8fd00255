// The history records a booking change by comparing each month's bookings with copies taken when the
// month was read (store/records.ts): what counts as a change is what the month file's JSON would show.
import { describe, expect, test } from '@jest/globals';
import type { Booking } from '../../src/model/types.js';
import { diffBookings, snapshotBookings } from '../../src/store/records.js';

const b = (participantId: string, date: string, minutes: number): Booking => ({
  participantId,
  date,
  minutes,
  absence: null,
  forced: false,
});

describe('diffBookings', () => {
  test('records a changed, an added and a removed booking, and nothing for one left alone', () => {
    const month = [b('p001', '2026-11-02', 240), b('p002', '2026-11-02', 180), b('p003', '2026-11-02', 120)];
    const before = snapshotBookings(month);
    month[0]!.minutes = 300; // changed in place: the copy still holds the old value
    month.splice(2, 1);
    month.push(b('p004', '2026-11-03', 60));
    expect(diffBookings('bookings/2026-11', before, month)).toEqual([
      {
        file: 'bookings/2026-11',
        collection: 'bookings',
        key: 'p001|2026-11-02',
        before: b('p001', '2026-11-02', 240),
        after: b('p001', '2026-11-02', 300),
      },
      {
        file: 'bookings/2026-11',
        collection: 'bookings',
        key: 'p004|2026-11-03',
        before: null,
        after: b('p004', '2026-11-03', 60),
      },
      {
        file: 'bookings/2026-11',
        collection: 'bookings',
        key: 'p003|2026-11-02',
        before: b('p003', '2026-11-02', 120),
        after: null,
      },
    ]);
  });

  test('a booking replaced by an equal one, or with its fields in another order, is no change', () => {
    const month = [b('p001', '2026-11-02', 240)];
    const before = snapshotBookings(month);
    month[0] = { forced: false, absence: null, minutes: 240, date: '2026-11-02', participantId: 'p001' };
    expect(diffBookings('bookings/2026-11', before, month)).toEqual([]);
  });

  test('an absence code is a change; an undefined field is none, as in the file', () => {
    const month = [b('p001', '2026-11-02', 240), b('p002', '2026-11-02', 240)];
    const before = snapshotBookings(month);
    month[0] = { ...month[0]!, minutes: 0, absence: 'sick' } as Booking;
    (month[1] as unknown as Record<string, unknown>).note = undefined;
    const changes = diffBookings('bookings/2026-11', before, month);
    expect(changes.map((c) => c.key)).toEqual(['p001|2026-11-02']);
    expect(changes[0]!.after).toMatchObject({ minutes: 0, absence: 'sick' });
  });

  test('the records it returns are copies: changing the month afterwards does not change them', () => {
    const month = [b('p001', '2026-11-02', 240)];
    const before = snapshotBookings(month);
    month[0]!.minutes = 60;
    const [change] = diffBookings('bookings/2026-11', before, month);
    month[0]!.minutes = 30;
    expect(change!.after).toMatchObject({ minutes: 60 });
    expect(change!.before).toMatchObject({ minutes: 240 });
  });
});

// The calendar day in Europe/Berlin at an instant, by the EU daylight-saving rule (since 1996:
// CEST from the last Sunday of March to the last Sunday of October, both at 01:00 UTC). Computed
// by hand because building an Intl.DateTimeFormat for the time zone costs 10–15 ms of ICU start-up
// on every run that needs "today".
import { fromDayNumber, type IsoDate } from './dates.js';

const MS_PER_HOUR = 3_600_000;
const MS_PER_DAY = 86_400_000;

/** The instant (ms since the epoch) of 01:00 UTC on the last Sunday of a month (0-based). */
function lastSundayOneUtc(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  const weekday = new Date(lastDay).getUTCDay(); // 0 = Sunday
  return lastDay - weekday * MS_PER_DAY + MS_PER_HOUR;
}

/** Hours Berlin is ahead of UTC at an instant: 2 in summer time, 1 otherwise. */
export function berlinOffsetHours(epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  return epochMs >= lastSundayOneUtc(year, 2) && epochMs < lastSundayOneUtc(year, 9) ? 2 : 1;
}

/** The ISO day in Berlin at an instant. */
export function berlinDay(epochMs: number): IsoDate {
  return fromDayNumber(Math.floor((epochMs + berlinOffsetHours(epochMs) * MS_PER_HOUR) / MS_PER_DAY));
}

// Durations are integer minutes: hours as people type them (6.5, 6,5, 6:30), quarter-hour steps,
// and their exact decimal and German forms.
import { groupThousands, roundHalfUp } from './money.js';

export type Minutes = number;

/** Hours as typed by a user: `6.5`, `6,5`, `6:30`, `6`. Returns minutes, or null if malformed. */
export function parseHours(text: string): Minutes | null {
  const t = text.trim();
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(t);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const dec = /^(\d{1,2})(?:[.,](\d{1,2}))?$/.exec(t);
  if (!dec) return null;
  const frac = dec[2] ?? '0';
  // 6.5 → 30 min, 6.25 → 15 min, 6.75 → 45 min: exact for hundredths, no float arithmetic.
  const hundredths = Number(frac.padEnd(2, '0'));
  if ((hundredths * 60) % 100 !== 0) return null;
  return Number(dec[1]) * 60 + (hundredths * 60) / 100;
}

export function isQuarterHour(minutes: Minutes): boolean {
  return minutes % 15 === 0;
}

/** Minutes as exact decimal hours: 390 → "6.5", 405 → "6.75". */
export function minutesToDecimalHours(minutes: Minutes, sep = '.'): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  const whole = Math.floor(abs / 60);
  const rest = abs % 60;
  if (rest === 0) return `${sign}${whole}`;
  // rest/60 as hundredths is exact for quarter hours; other minutes round to 2 places.
  const hundredths = roundHalfUp(rest * 100, 60);
  const frac = String(hundredths).padStart(2, '0').replace(/0$/, '');
  return `${sign}${whole}${sep}${frac}`;
}

/** Minutes as a number of hours, for a chart's scale: 390 → 6.5. */
export function hoursOf(minutes: Minutes): number {
  return minutes / 60;
}

/** A value on a chart's hour scale back to whole minutes: 6.5 → 390. */
export function minutesOfHours(hours: number): Minutes {
  return Math.round(hours * 60);
}

/** 390 → "6:30" */
export function formatMinutesClock(minutes: Minutes): string {
  const sign = minutes < 0 ? '-' : '';
  const abs = Math.abs(minutes);
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`;
}

/** German display of hours: 2897,75 → "2.897,75". */
export function formatHoursDe(minutes: Minutes): string {
  const [whole, frac] = minutesToDecimalHours(minutes, ',').split(',');
  const grouped = groupThousands(whole!);
  return frac ? `${grouped},${frac}` : grouped;
}

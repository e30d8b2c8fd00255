// The generator's calendar: day numbers with working-day flags and ISO strings, precomputed once
// per programme on top of src/model/dates.ts and the NRW holidays.
import { addMonths, dayNumber, fromDayNumber, isoOf, type IsoDate } from '../model/dates.js';
import { nrwHolidays } from '../model/holidays.js';

export class Calendar {
  private readonly working: Uint8Array;
  private readonly isoCache: IsoDate[];
  private readonly months: Uint8Array;

  constructor(
    readonly lo: number,
    readonly hi: number,
    closingDays: readonly IsoDate[],
  ) {
    const closing = new Set(closingDays);
    const n = hi - lo + 1;
    this.working = new Uint8Array(n);
    this.isoCache = new Array<IsoDate>(n);
    this.months = new Uint8Array(n);
    const holidays = new Set<IsoDate>();
    const y0 = Number(fromDayNumber(lo).slice(0, 4)),
      y1 = Number(fromDayNumber(hi).slice(0, 4));
    for (let y = y0; y <= y1; y++) for (const d of nrwHolidays(y).keys()) holidays.add(d);
    for (let i = 0; i < n; i++) {
      const iso = fromDayNumber(lo + i);
      this.isoCache[i] = iso;
      this.months[i] = Number(iso.slice(5, 7));
      this.working[i] = weekdayOf(lo + i) <= 5 && !holidays.has(iso) && !closing.has(iso) ? 1 : 0;
    }
  }

  iso(day: number): IsoDate {
    return day >= this.lo && day <= this.hi ? this.isoCache[day - this.lo]! : fromDayNumber(day);
  }

  /** 1 … 12 */
  month(day: number): number {
    return day >= this.lo && day <= this.hi ? this.months[day - this.lo]! : Number(fromDayNumber(day).slice(5, 7));
  }

  isWorking(day: number): boolean {
    if (day < this.lo || day > this.hi) return weekdayOf(day) <= 5;
    return this.working[day - this.lo] === 1;
  }

  /** The day itself when it is a working day, else the next working day. */
  nextWorking(day: number): number {
    while (!this.isWorking(day)) day++;
    return day;
  }

  /** The day itself when it is a working day, else the working day before. */
  prevWorking(day: number): number {
    while (!this.isWorking(day)) day--;
    return day;
  }
}

/** 1 = Monday … 7 = Sunday for a day number (day 0, 1970-01-01, was a Thursday). */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** `day` + whole calendar months, as a day number. */
export function plusMonths(cal: Calendar, day: number, months: number): number {
  return dayNumber(addMonths(cal.iso(day), months));
}

/**
 * The first day on which `fullMonthsBetween(start, day)` (src/model/dates.ts) reaches `k`: the day
 * before the k-th month anniversary, but never before that anniversary's calendar month begins.
 */
export function fullMonthReached(cal: Calendar, start: number, k: number): number {
  const anniversary = addMonths(cal.iso(start), k);
  return Math.max(dayNumber(anniversary) - 1, dayNumber(`${anniversary.slice(0, 8)}01`));
}

/** Christmas closing: 24 and 31 December of each year, when they fall on a weekday. */
export function christmasClosing(fromYear: number, toYear: number): IsoDate[] {
  const days: IsoDate[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    for (const d of [isoOf(y, 12, 24), isoOf(y, 12, 31)]) if (weekdayOf(dayNumber(d)) <= 5) days.push(d);
  }
  return days;
}

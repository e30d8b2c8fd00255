// Input forms from CLI.md, turned into domain values or a usage error that says what was wrong.
import { isLang, type Lang } from '../i18n/text.js';
import { UsageError } from '../errors.js';
import { today } from './context.js';
import { freeText, type FreeTextRule } from './free-text.js';
import { parseDate, parseIsoWeek, parseMonth, type IsoDate } from '../model/dates.js';
import { parseEuros, type Cents } from '../model/money.js';
import { isQuarterHour, parseHours, type Minutes } from '../model/durations.js';
import { ABSENCE_CODES, AREAS, type AbsenceCode, type Area } from '../model/types.js';
import { absenceOfWord, areaOfWord, GERMAN_ABSENCE_WORDS } from '../model/words.js';

/** A date as people type it (CLI.md "input forms"); heute/gestern count from the run's today. */
export function dateArg(value: string | undefined, flag: string): IsoDate {
  if (value === undefined || value === '') throw new UsageError((m) => m.input.needsDate(flag));
  const d = parseDate(value, today());
  if (!d) throw new UsageError((m) => m.input.notDate(flag, clip(value)));
  return d;
}

export function optionalDate(value: string | undefined, flag: string): IsoDate | undefined {
  return value === undefined ? undefined : dateArg(value, flag);
}

export function monthArg(value: string | undefined, flag = '--month'): string {
  const month = value === undefined ? null : parseMonth(value);
  if (!month) throw new UsageError((m) => m.input.notMonth(flag, clip(value ?? '')));
  return month;
}

export function weekArg(value: string, flag = '--week'): { year: number; week: number } {
  const w = parseIsoWeek(value);
  if (!w) throw new UsageError((m) => m.input.notWeek(flag, clip(value)));
  return w;
}

export function hoursArg(value: string, flag = '--hours'): Minutes {
  const minutes = parseHours(value);
  if (minutes === null) throw new UsageError((m) => m.input.notHours(flag, clip(value)));
  if (!isQuarterHour(minutes)) throw new UsageError((m) => m.input.notQuarterHour(flag, clip(value)));
  return minutes;
}

export function eurosArg(value: string, what?: string): Cents {
  const c = parseEuros(value);
  if (c === null) throw new UsageError((m) => m.input.notEuros(what ?? m.input.theRate, clip(value)));
  return c;
}

export function areaArg(value: string | undefined, flag = '--area'): Area {
  const area = value === undefined ? null : areaOfWord(value);
  if (!area) throw new UsageError((m) => m.input.notArea(flag, clip(value ?? ''), AREAS.join(', ')));
  return area;
}

export function absenceArg(value: string, flag = '--absent'): AbsenceCode {
  const code = absenceOfWord(value);
  if (!code)
    throw new UsageError((m) => m.input.notAbsence(flag, clip(value), ABSENCE_CODES.join(', '), GERMAN_ABSENCE_WORDS));
  return code;
}

export function intArg(value: string, flag: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError((m) => m.input.notWholeNumber(flag, clip(value), min, max));
  }
  return Number(value);
}

/** A language of the catalogue: de or en. */
export function languageArg(value: string, flag: string): Lang {
  const lang = value.trim().toLowerCase();
  if (!isLang(lang)) throw new UsageError((m) => m.cli.badLang(clip(value), flag));
  return lang;
}

/** Free text (free-text.ts): no control characters or bidi overrides, one line unless `lineBreaks`, not empty, of a sane length. */
export function textArg(value: string | undefined, flag: string, rule: FreeTextRule = {}): string {
  return freeText(value, flag, rule);
}

/**
 * A person's id: p001 for applicants and participants. Anything else is a typo, not an id; an id of
 * another kind (a customer's c001, an offer's u001) is a usage error too, as for the records' ids
 * (src/cli/record-ids.ts), not an unknown person.
 */
export function idArg(value: string | undefined, what = 'ID'): string {
  const v = (value ?? '').trim();
  if (!/^[a-z]\d{1,6}$/i.test(v)) throw new UsageError((m) => m.input.notId(what, clip(v)));
  if (!/^p/i.test(v)) throw new UsageError((m) => m.input.notPersonId(what, clip(v)));
  return v.toLowerCase();
}

/** Keeps a user's value readable inside a one-line message. */
export function clip(value: string): string {
  const safe = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return safe.length > 40 ? `${safe.slice(0, 40)}…` : safe;
}

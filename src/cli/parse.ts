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
  if (value === undefined || value === '') throw new UsageError(`${flag} needs a date — use YYYY-MM-DD or dd.MM.yyyy`);
  const d = parseDate(value, today());
  if (!d)
    throw new UsageError(
      `${flag} '${clip(value)}' is not a date — use YYYY-MM-DD or dd.MM.yyyy (also dd.MM.yy, heute, gestern)`,
    );
  return d;
}

export function optionalDate(value: string | undefined, flag: string): IsoDate | undefined {
  return value === undefined ? undefined : dateArg(value, flag);
}

export function monthArg(value: string | undefined, flag = '--month'): string {
  const m = value === undefined ? null : parseMonth(value);
  if (!m) throw new UsageError(`${flag} '${clip(value ?? '')}' is not a month — use YYYY-MM, e.g. 2026-11`);
  return m;
}

export function weekArg(value: string, flag = '--week'): { year: number; week: number } {
  const w = parseIsoWeek(value);
  if (!w) throw new UsageError(`${flag} '${clip(value)}' is not an ISO week — use YYYY-Www, e.g. 2026-W47`);
  return w;
}

export function hoursArg(value: string, flag = '--hours'): Minutes {
  const m = parseHours(value);
  if (m === null) throw new UsageError(`${flag} '${clip(value)}' is not a number of hours — use 6.5, 6,5 or 6:30`);
  if (!isQuarterHour(m))
    throw new UsageError(`${flag} '${clip(value)}' is not in quarter-hour steps — round to :00, :15, :30 or :45`);
  return m;
}

export function eurosArg(value: string, what = 'the rate'): Cents {
  const c = parseEuros(value);
  if (c === null) throw new UsageError(`${what} '${clip(value)}' is not an amount in euros — use 2.00 or 2,00`);
  return c;
}

export function areaArg(value: string | undefined, flag = '--area'): Area {
  const area = value === undefined ? null : areaOfWord(value);
  if (!area)
    throw new UsageError(
      `${flag} '${clip(value ?? '')}' is not a work area — use one of ${AREAS.join(', ')} (or Holz, Küche, Gestaltung)`,
    );
  return area;
}

export function absenceArg(value: string, flag = '--absent'): AbsenceCode {
  const code = absenceOfWord(value);
  if (!code)
    throw new UsageError(
      `${flag} '${clip(value)}' is not an absence code — use one of ${ABSENCE_CODES.join(', ')} (or ${GERMAN_ABSENCE_WORDS})`,
    );
  return code;
}

export function intArg(value: string, flag: string, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    throw new UsageError(`${flag} '${clip(value)}' is not a whole number from ${min} to ${max}`);
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

/** Ids are short: p001 for people; anything else is a typo, not an id. */
export function idArg(value: string | undefined, what = 'ID'): string {
  const v = (value ?? '').trim();
  if (!/^[a-z]\d{1,6}$/i.test(v))
    throw new UsageError(
      `${what} '${clip(v)}' is not an id — ids look like p012 (see 'insat participant list' or 'insat applicant list')`,
    );
  return v.toLowerCase();
}

/** Keeps a user's value readable inside a one-line message. */
export function clip(value: string): string {
  const safe = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return safe.length > 40 ? `${safe.slice(0, 40)}…` : safe;
}

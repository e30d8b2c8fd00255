// The timesheet an area's instructor keeps, read from its bytes: UTF-8 or Windows-1252, RFC 4180
// or German Excel CSV (`;`, tab, BOM), English or German headers, any line endings. Each row becomes
// a booking's facts or a reason why it is malformed; the programme's rules are checked elsewhere.
import { parse } from 'csv-parse/sync';
import { UsageError } from '../errors.js';
import { parseDate, type IsoDate } from '../model/dates.js';
import { isQuarterHour, parseHours } from '../model/durations.js';
import { ABSENCE_CODES, type AbsenceCode } from '../model/types.js';
import { absenceOfWord, GERMAN_ABSENCE_WORDS } from '../model/words.js';
import { clip } from './parse.js';
import type { Catalogue, Text } from '../i18n/text.js';

type Field = 'participant' | 'date' | 'hours' | 'code';

const HEADERS: Record<string, Field> = {
  participant: 'participant',
  participantid: 'participant',
  teilnehmer: 'participant',
  teilnehmerin: 'participant',
  teilnehmende: 'participant',
  teilnehmerid: 'participant',
  tn: 'participant',
  id: 'participant',
  date: 'date',
  datum: 'date',
  tag: 'date',
  hours: 'hours',
  stunden: 'hours',
  std: 'hours',
  code: 'code',
  absence: 'code',
  abwesenheit: 'code',
  grund: 'code',
};

export interface Row {
  line: number;
  participantId: string;
  date: IsoDate;
  minutes: number;
  absence: AbsenceCode | null;
}

export interface BadRow {
  line: number;
  reason: Text;
  /** malformed (exit 2) or refused by a rule (exit 3) */
  kind: 'malformed' | 'rule';
}

/** Bytes Windows-1252 leaves undefined (decoded as C1 controls), and control bytes no timesheet holds (UTF-16, a binary). */
const NOT_WINDOWS_1252 = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x81\x8d\x8f\x90\x9d]/;

/** Where UTF-8 decoding first fails: the shortest prefix a streaming decoder refuses ends there. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const refuses = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 1,
    hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (refuses(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo - 1;
}

/**
 * The file's text: UTF-8 (with or without BOM), else Windows-1252 as older Excel saves it. A file
 * that is neither — or claims UTF-8 by its BOM and breaks it — is refused, never read with
 * replacement characters.
 */
export function decode(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    text = new TextDecoder('windows-1252').decode(bytes);
    if (bom || NOT_WINDOWS_1252.test(text)) {
      const at = firstInvalidUtf8(bytes);
      const byte = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
      throw new UsageError((m) => m.hours.import.notUtf8(file, byte, at));
    }
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** `;`, tab or `,`: whichever the header line (outside quotes) uses most; `,` when in doubt. */
export function detectDelimiter(text: string): string {
  const header = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

/** Parses the timesheet into rows and the rows that are malformed; a broken CSV is a usage error. */
export function parseTimesheet(raw: string, file: string): { rows: Row[]; bad: BadRow[] } {
  // csv-parse takes the first line's ending for all; a file edited by several tools mixes CRLF and LF
  const text = raw.replace(/\r\n?/g, '\n');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter: detectDelimiter(text),
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    }) as never;
  } catch (e) {
    const err = e as Error & { lines?: number; code?: string };
    throw new UsageError((m) =>
      m.hours.import.notCsv(file, err.lines, m.hours.import.csvProblem(err.code, err.message)),
    );
  }
  records = records.filter((r) => r.record.some((c) => c !== ''));
  if (records.length === 0) throw new UsageError((m) => m.hours.import.empty(file));
  const columns = headerColumns(records[0]!.record, file);
  if (records.length === 1) throw new UsageError((m) => m.hours.import.noRows(file));
  const rows: Row[] = [];
  const bad: BadRow[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const cell = (f: Field) => (columns[f] === undefined ? '' : (record[columns[f]!] ?? '').trim());
    const reasons: Text[] = [];
    const rawId = cell('participant');
    const id = /^[a-z]\d{1,6}$/i.test(rawId) ? rawId.toLowerCase() : null;
    if (!rawId) reasons.push((m) => m.hours.import.noParticipantCell);
    else if (!id) reasons.push((m) => m.hours.import.notAnId(clip(rawId)));
    const rawDate = cell('date');
    const date = parseDate(rawDate);
    if (!rawDate) reasons.push((m) => m.hours.import.noDate);
    else if (!date) reasons.push((m) => m.hours.import.notADate(clip(rawDate)));
    const rawHours = cell('hours'),
      rawCode = cell('code');
    let minutes = 0;
    let absence: AbsenceCode | null = null;
    if (rawHours && rawCode) reasons.push((m) => m.hours.import.hoursAndCode(clip(rawHours), clip(rawCode)));
    else if (!rawHours && !rawCode) reasons.push((m) => m.hours.import.neither);
    else if (rawHours) {
      const parsed = parseHours(rawHours);
      if (parsed === null) reasons.push((m) => m.hours.import.notHours(clip(rawHours)));
      else if (!isQuarterHour(parsed)) reasons.push((m) => m.hours.import.notQuarter(clip(rawHours)));
      else if (parsed === 0) reasons.push((m) => m.hours.import.zero);
      else minutes = parsed;
    } else if (absenceOfWord(rawCode)) absence = absenceOfWord(rawCode);
    else reasons.push((m) => m.hours.import.notACode(clip(rawCode), ABSENCE_CODES.join(', '), GERMAN_ABSENCE_WORDS));
    if (reasons.length > 0) bad.push({ line, reason: (m) => reasons.map((r) => r(m)).join('; '), kind: 'malformed' });
    else rows.push({ line, participantId: id!, date: date!, minutes, absence });
  }
  return { rows, bad };
}

function headerColumns(header: string[], file: string): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {};
  header.forEach((h, i) => {
    const f =
      HEADERS[
        h
          .trim()
          .toLowerCase()
          .replace(/[^a-zäöü]/g, '')
      ];
    if (f && columns[f] === undefined) columns[f] = i;
  });
  const missing: ((m: Catalogue) => string)[] = [
    ...(columns.participant === undefined ? [(m: Catalogue) => m.hours.import.columnParticipant] : []),
    ...(columns.date === undefined ? [(m: Catalogue) => m.hours.import.columnDate] : []),
    ...(columns.hours === undefined && columns.code === undefined
      ? [(m: Catalogue) => m.hours.import.columnHoursOrCode]
      : []),
  ];
  if (missing.length > 0) {
    throw new UsageError((m) =>
      m.hours.import.badHeader(
        file,
        clip(header.join(',')),
        missing.map((x) => x(m)),
      ),
    );
  }
  return columns;
}

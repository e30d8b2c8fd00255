// How German output writes dates, numbers and money: 24.11.2026, 1.234,5, 1.234,50 €, 87,5 %.
import type { Formats } from '../en/format.js';
import { formatDateDe } from '../../model/dates.js';
import { formatEuroDe } from '../../model/money.js';
import { formatHoursDe } from '../../model/durations.js';
import { intDe, monthDe, percentDe } from '../../reports/german.js';

/** The system's error codes people meet, in words; the code stays beside them in parentheses. */
const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'die Datei oder das Verzeichnis gibt es nicht',
  ENOTDIR: 'ein Teil des Pfads ist kein Verzeichnis',
  EISDIR: 'das ist ein Verzeichnis, keine Datei',
  ENOTEMPTY: 'das Verzeichnis ist nicht leer',
  EEXIST: 'die Datei gibt es schon',
  EACCES: 'keine Berechtigung',
  EPERM: 'nicht erlaubt',
  EROFS: 'das Dateisystem ist schreibgeschützt',
  ENOSPC: 'kein Platz mehr auf dem Datenträger',
  EDQUOT: 'das Speicherkontingent ist ausgeschöpft',
  EFBIG: 'die Datei ist zu groß',
  EIO: 'Ein-/Ausgabefehler des Datenträgers',
  EBUSY: 'die Datei ist gerade belegt',
  EMFILE: 'zu viele offene Dateien',
  ENFILE: 'zu viele offene Dateien im System',
  ENAMETOOLONG: 'der Pfad ist zu lang',
  ELOOP: 'zu viele symbolische Verknüpfungen im Pfad',
  EXDEV: 'Verschieben zwischen Dateisystemen ist nicht möglich',
  EPIPE: 'der Empfänger der Ausgabe ist nicht mehr da',
  EAGAIN: 'vorübergehend nicht verfügbar',
  ENOTSUP: 'vom Dateisystem nicht unterstützt',
  EOPNOTSUPP: 'vom Dateisystem nicht unterstützt',
  ENOSYS: 'vom System nicht unterstützt',
  EMLINK: 'zu viele Verknüpfungen',
};

export const fmt: Formats = {
  date: formatDateDe,
  range: (from, to) => `${formatDateDe(from)} – ${formatDateDe(to)}`,
  month: monthDe,
  int: intDe,
  decimal: (x) => String(x).replace('.', ','),
  hours: formatHoursDe,
  euro: formatEuroDe,
  percent: percentDe,
  count: (n, one, many) => `${intDe(n)} ${n === 1 ? one : many}`,
  alternatives: (items) =>
    items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} oder ${items[items.length - 1]}`,
  list: (items) =>
    items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} und ${items[items.length - 1]}`,
  systemError: (code, message) => {
    if (code === undefined) return message;
    const why = SYSTEM_ERRORS[code];
    return why ? `${why} (${code})` : `Fehler des Betriebssystems ${code}`;
  },
  jsonError: (message, line, column) => {
    if (/end of (JSON|data)/i.test(message))
      return 'der Text bricht mitten im JSON ab, die Datei ist wohl abgeschnitten';
    return line === null ? 'fehlerhafter Aufbau' : `fehlerhafter Aufbau in Zeile ${line}, Spalte ${column}`;
  },
};

import type { weekdays as en } from '../en/weekdays.js';
import type { AbsenceCode } from '../../model/types.js';
import { fmt } from './format.js';

const DAYS = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'];
const ABSENCE: Record<AbsenceCode, string> = {
  sick: 'Krankheit',
  'sick-certified': 'Krankheit',
  holiday: 'Urlaub',
  excused: 'eine entschuldigte Fehlzeit',
  unexcused: 'eine unentschuldigte Fehlzeit',
  closed: 'ein Schließtag',
};

export const weekdays: typeof en = {
  optDays: 'die Arbeitstage, die Wochenstunden gleichmäßig darauf verteilt: mo-fr (Standard), mo,di,do, …',
  optPattern:
    'stattdessen Stunden je Wochentag: mo=6,di=6,mi=6,do=6,fr=0 (deutsche oder englische Tagesnamen; Summe = Wochenstunden)',
  optFrom: 'erster Tag eines Zeitraums für eine Person (mit --to und --absent oder --hours): nur ihre Arbeitstage',
  optTo: 'letzter Tag des Zeitraums',

  patternSum: (pattern, sum, hoursPerWeek) =>
    `der Wochenplan ${pattern} ergibt ${fmt.hours(sum)} Std., die Zuweisung hat ${hoursPerWeek} Std. pro Woche — die Tage müssen zusammen ${hoursPerWeek} Std. ergeben`,
  notQuarter: (id, pattern) => `${id}: der Wochenplan ${pattern} ist nicht in Viertelstunden — jeden Tag runden`,
  overDailyMax: (id, day, minutes, max) =>
    `${id}: ${day}=${fmt.hours(minutes)} Std. im Wochenplan sind mehr als die höchstens ${fmt.hours(max)} Std. am Tag — die Stunden auf mehr Tage verteilen`,
  noDay: (id, pattern) => `${id}: der Wochenplan ${pattern} plant keinen Tag — mindestens einem Tag Stunden geben`,
  aboveWeek: (id, pattern, sum, hoursPerWeek) =>
    `${id}: der Wochenplan ${pattern} plant ${fmt.hours(sum)} Std., mehr als die ${hoursPerWeek} Std. pro Woche der Zuweisung — die Tage kürzen`,
  absenceOnFreeDay: (id, date, weekday, pattern, absence) =>
    `${id}: der ${fmt.date(date)} ist ein ${DAYS[weekday - 1]} ohne geplante Stunden für ${id} (Wochenplan ${pattern}) — ${ABSENCE[absence]} wird nur an Arbeitstagen der Person gebucht; den Tag ohne Buchung lassen`,

  daysAndPattern:
    '--days und --pattern schließen einander aus — --days verteilt die Wochenstunden gleichmäßig, --pattern gibt jedem Tag seine Stunden',
  problem(flag, value, p) {
    const example =
      flag === '--days' ? 'z. B. --days mo-fr oder --days mo,di,do' : 'z. B. --pattern mo=6,di=6,mi=6,do=6,fr=0';
    switch (p.kind) {
      case 'empty':
        return `${flag} '${value}' nennt keinen Tag — ${example}`;
      case 'item':
        return `${flag}: '${p.item}' ist nicht TAG=STUNDEN — ${example}`;
      case 'day':
        return `${flag}: '${p.item}' ist kein Wochentag — mo, di, mi, do, fr verwenden (oder Montag … Freitag, mon … fri)`;
      case 'range':
        return `${flag}: '${p.item}' läuft rückwärts — den ersten Tag zuerst schreiben, z. B. mo-fr`;
      case 'twice':
        return `${flag} nennt ${DAYS[p.day - 1]} zweimal — jeden Tag nur einmal nennen`;
      case 'weekend':
        return `${flag}: ${DAYS[p.day - 1]} kann keine geplanten Stunden haben — Arbeitstage sind Montag bis Freitag`;
      case 'hours':
        return `${flag}: '${p.item}' ist keine Stundenzahl — mo=6, mo=6,5 oder mo=6:30 verwenden`;
      case 'quarter':
        return `${flag}: '${p.item}' ist nicht in Viertelstunden — auf :00, :15, :30 oder :45 runden`;
    }
  },

  evenWeek: 'Montag bis Freitag gleichmäßig',
  evenWeekPerDay: (perDay) => `Montag bis Freitag gleichmäßig, ${fmt.hours(perDay)} Std. am Tag`,
  patternWeek: (pattern, sum) => `${pattern} (${fmt.hours(sum)} Std. pro Woche geplant)`,

  promptHoursPerWeek: 'Wochenstunden',
  promptJobcenterRef: 'Aktenzeichen der Zuweisung (Jobcenter)',
  promptIntegrationOfficer: 'Integrationsfachkraft (Jobcenter)',
  promptHoursOrAbsence: 'Gearbeitete Stunden (6,5 oder 6:30) oder eine Fehlzeit (krank, urlaub, …)',
  promptHoursOrAbsenceInvalid: (words) => `6,5 oder 6:30 eingeben, oder eine Fehlzeit (${words})`,

  earliestStart: (area, start, until) =>
    `der früheste Beginn mit freiem Platz in ${area} ist der ${fmt.date(start)} (--start ${start} --until ${until} behält die Dauer), oder einen anderen Praxisbereich wählen (siehe 'insat seats')`,
  noSeatFrees: (area) =>
    `in ${area} wird nach dem geltenden Platzplan kein Platz frei: einen anderen Praxisbereich wählen oder den Platzplan erhöhen ('insat config set seats.${area} N --from DATUM')`,

  roster: {
    noRange:
      '--from/--to buchen einen Zeitraum für eine Person — einen ganzen Praxisbereich Tag für Tag mit --date buchen',
    onlyClosed: (code) =>
      `--absent ${code} mit --area — ein ganzer Praxisbereich wird nur als Schließtag abwesend gebucht: --absent closed verwenden (oder die Personen einzeln buchen)`,
    weekHint: (id, fits) =>
      fits > 0
        ? `die passenden Stunden mit --except ${id}=${fmt.hours(fits)} buchen`
        : `in dieser Woche sind keine Stunden mehr frei: eine Fehlzeit mit --except ${id}=CODE buchen`,
    dayOff: (ids) => `an diesem Tag keine geplanten Stunden (Wochenplan), ausgelassen: ${ids.join(', ')}`,
    nobodyPlanned: (area, date) => `niemand in ${area} hat am ${fmt.date(date)} geplante Stunden — nichts zu buchen`,
  },

  range: {
    needsBoth: '--from und --to gehören zusammen — den ersten und den letzten Tag des Zeitraums angeben',
    withDate: '--date ist ein Tag, --from/--to ein Zeitraum — nur eins von beiden angeben',
    backwards: (from, to) => `--to ${to} liegt vor --from ${from} — den ersten Tag zuerst angeben`,
    tooLong: (days) => `der Zeitraum hat ${days} Tage, mehr als ein Jahr — höchstens 366 Tage auf einmal buchen`,
    needsValue: '--from/--to bucht jeden Arbeitstag des Zeitraums — --absent CODE (oder --hours H) angeben',
    noDays: (id, from, to) =>
      `${id} hat vom ${fmt.date(from)} bis ${fmt.date(to)} keinen Arbeitstag mit geplanten Stunden — nichts zu buchen; Wochenenden, Feiertage, Schließtage und Tage ohne geplante Stunden werden ausgelassen`,
    done: (dryRun, id, days, from, to, what) =>
      `${dryRun ? 'zu buchen' : 'gebucht'}: ${id} an ${fmt.count(days, 'Arbeitstag', 'Arbeitstagen')} vom ${fmt.date(from)} bis ${fmt.date(to)}: ${what}`,
    skipped: (count) =>
      `${fmt.count(count, 'Tag', 'Tage')} ausgelassen (Wochenenden, Feiertage, Schließtage, Tage ohne geplante Stunden)`,
    replaced: (list) => `ersetzt: ${list}`,
  },
};

import type { settings as en } from '../en/settings.js';
import { fmt } from './format.js';
import { AREA_LABELS, type Area } from '../../model/types.js';

export const settings: typeof en = {
  seatsPerArea: (from, sum, total) =>
    `die Plätze der Praxisbereiche ab ${fmt.date(from)} ergeben zusammen ${sum}, mehr als die ${total} Plätze insgesamt — die Plätze eines Bereichs senken oder die Gesamtzahl erhöhen`,
  programmeCapacity: (from, total, max) =>
    `der Platzplan ab ${fmt.date(from)} hat ${total} Plätze; das Programm erlaubt höchstens ${max} — seats.total senken`,
  weeklyHoursBounds: (min, max) =>
    `die Mindest-Wochenstunden ${min} liegen über dem Höchstwert ${max} — weeklyHours.min oder weeklyHours.max so ändern, dass min ≤ max`,
  dailyMaximum: (minutes) =>
    `eine Tageshöchstzeit von ${fmt.hours(minutes)} h ist kein möglicher Arbeitstag — dailyMax auf mehr als 0 und höchstens 24 Stunden setzen`,
  twoRates: (from) => `zwei MAE-Sätze beginnen am ${fmt.date(from)} — nur einen Satz je Anfangstag behalten`,
  seatPlanBelowTaken: (from, total, taken, ids) =>
    `der Platzplan ab ${fmt.date(from)} hat ${total} Plätze, an dem Tag sind aber ${taken} belegt (${ids.join(', ')}) — mindestens ${taken} behalten oder den Plan erst nach dem Ende dieser Zuweisungen beginnen lassen`,
  seatPlanAreaBelowTaken: (from, area, seats, taken, ids) =>
    `der Platzplan ab ${fmt.date(from)} gibt ${AREA_LABELS[area as Area] ?? area} ${seats} Plätze, dort sind an dem Tag aber ${taken} belegt (${ids.join(', ')}) — mindestens ${taken} behalten oder den Plan erst nach dem Ende dieser Zuweisungen beginnen lassen`,
  theSeatPlanFrom: (from) => `der Platzplan ab ${fmt.date(from)}`,
  theClosingDays: 'die Änderung der Schließtage',
  theRateChangeFrom: (from) => `die Satzänderung ab ${fmt.date(from)}`,
  reachesBack: (what, past) =>
    `${what} reicht vor heute zurück (${past.slice(0, 5).map(fmt.date).join(', ')}${past.length > 5 ? ', …' : ''}); schon gemeldete Zahlen würden sich ändern — --force angeben, wenn das gewollt ist`,
  notWorkingDay: (day, why) =>
    `${fmt.date(day)} ist kein Arbeitstag (${why}) — ein Schließtag fällt auf einen Arbeitstag; weglassen`,
  repriced: (m) => `${fmt.month(m.month)}: ${fmt.euro(m.oldCents)} → ${fmt.euro(m.newCents)}`,
  reachesMonths: (lines, n) =>
    `reicht in ${n} ${n === 1 ? 'Monat' : 'Monate'} mit Buchungen (${lines.join('; ')}${n > 3 ? '; …' : ''})`,
  startsBeforeToday: (today) => `beginnt vor heute (${fmt.date(today)})`,
  pastRateChange: (what, why) =>
    `${what} ${why}; schon verschickte Abrechnungen müssen nachvollziehbar bleiben — jeden Monat mit --dry-run --force ansehen, dann mit --force wiederholen, wenn es gewollt ist`,
  rateStartsThatDay: (from) =>
    `am ${fmt.date(from)} beginnt schon ein Satz; der Verlauf wird nie umgeschrieben — ein anderes Datum wählen oder den falschen Eintrag mit 'insat config rate delete --from ${from}' entfernen`,
  rateUnchanged: (from, cents) =>
    `der Satz ab ${fmt.date(from)} beträgt schon ${fmt.euro(cents)}/h — ein Satz gleich dem vorigen ändert nichts; weglassen`,
  noRateThatDay: (from) => `am ${fmt.date(from)} beginnt kein Satz — die Anfangstage zeigt 'insat config rate list'`,
  onlyRate: (from) => `der Satz ab ${fmt.date(from)} ist der einzige — zuerst einen anderen Satz festlegen`,
  rateSameAsNext: (from, next, cents) =>
    `ab ${fmt.date(next)} gilt schon ein Satz von ${fmt.euro(cents)}/h; derselbe Satz ab ${fmt.date(from)} machte diesen Schritt wirkungslos — soll er früher beginnen, ihn zuerst mit 'insat config rate delete --from ${next}' löschen`,
  unpriced: (days, first, last) =>
    `${fmt.count(days, 'Tag', 'Tage')} mit geleisteten Stunden (${fmt.date(first)} – ${fmt.date(last)}) ${days === 1 ? 'hätte' : 'hätten'} keinen MAE-Satz — einen Satz ab ${fmt.date(first)} oder früher behalten oder setzen ('insat config rate list')`,
  deleteLeavesEqualRates: (from, before, after, cents) =>
    `ohne den Satz ab ${fmt.date(from)} folgte auf den Satz ab ${fmt.date(before)} (${fmt.euro(cents)}/h) derselbe Satz ab ${fmt.date(after)} — zuerst den Satz ab ${fmt.date(after)} löschen ('insat config rate delete --from ${after}')`,
};

import type { progress as en } from '../en/progress.js';
import { fmt } from './format.js';

export const progress: typeof en = {
  purged: (id) =>
    `die personenbezogenen Daten von ${id} wurden gelöscht — es kann kein Verlaufsbericht mehr geschrieben werden`,
  notStarted: (id, start) =>
    `die Zuweisung von ${id} beginnt am ${fmt.date(start)} — ein Verlaufsbericht kann ab diesem Tag geschrieben werden`,
  outsideAssignment: (from, to, id, start, last) =>
    `der Zeitraum ${fmt.range(from, to)} liegt außerhalb der Zuweisung von ${id} (${fmt.range(start, last)}) — Tage der Zuweisung wählen`,
};

import type { plan as en } from '../en/plan.js';
import { fmt } from './format.js';
import { GOAL_STATUS_LABELS } from '../../model/plan.js';

const statusWord = (code: string): string => (GOAL_STATUS_LABELS as Record<string, string>)[code] ?? code;

export const plan: typeof en = {
  description: 'Eingliederungsplanung: die Ziele des Kooperationsplans, ihre Fristen und Überprüfungen',
  add: {
    description: 'ein mit der teilnehmenden Person und dem Jobcenter vereinbartes Ziel erfassen',
    optGoal: 'das Ziel, wie vereinbart',
    optDue: 'bis wann es erreicht sein soll',
    optDate: 'der Tag der Vereinbarung (Standard: heute)',
    done: (goal, id, due) => `Ziel ${goal} für ${id} erfasst${due ? ` (fällig am ${fmt.date(due)})` : ''}`,
    wouldDo: (goal, id, due) => `Ziel ${goal} für ${id} würde erfasst${due ? ` (fällig am ${fmt.date(due)})` : ''}`,
  },
  review: {
    description: 'die Überprüfung eines Ziels und seinen neuen Stand erfassen',
    optStatus:
      'der Stand nach der Überprüfung: achieved (erreicht), partly (teilweise erreicht), open (offen) oder dropped (nicht mehr verfolgt)',
    optComment: 'was festgestellt wurde',
    optDate: 'der Tag der Überprüfung (Standard: heute)',
    done: (goal, id, date, status) => `Ziel ${goal} von ${id} am ${fmt.date(date)} überprüft: ${statusWord(status)}`,
    wouldDo: (goal, id, date, status) =>
      `Ziel ${goal} von ${id} würde am ${fmt.date(date)} überprüft: ${statusWord(status)}`,
  },
  statusWords: GOAL_STATUS_LABELS,
  list: {
    description: 'die Ziele einer teilnehmenden Person mit Stand, Frist und letzter Überprüfung',
    columns: {
      id: 'Ziel',
      text: 'Text',
      created: 'vereinbart',
      due: 'fällig',
      status: 'Stand',
      reviewed: 'letzte Überprüfung',
      comment: 'Bemerkung',
      reviews: 'Überprüfungen',
    },
  },
  noGoal: (id, goal) => `${id} hat kein Ziel '${goal}' — siehe 'insat plan list ${id}'`,
  agreedInFuture: (date) =>
    `ein Ziel kann nicht in der Zukunft vereinbart werden (${fmt.date(date)}) — heute oder einen früheren Tag angeben`,
  dueBeforeAgreed: (due, created) =>
    `die Frist ${fmt.date(due)} liegt vor dem Tag der Vereinbarung (${fmt.date(created)}) — eine spätere Frist wählen`,
  reviewInFuture: (date) => `eine Überprüfung kann nicht in der Zukunft liegen (${fmt.date(date)})`,
  reviewBeforeAgreed: (date, created) =>
    `die Überprüfung am ${fmt.date(date)} liegt vor der Vereinbarung des Ziels am ${fmt.date(created)}`,
};

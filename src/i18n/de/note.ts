import type { note as en } from '../en/note.js';
import { fmt } from './format.js';

const kindOf = (v: string) => (v === 'jobcenter' ? 'Vermerk für das Jobcenter' : 'Interner Vermerk');

export const note: typeof en = {
  description:
    "Vermerke; 'internal' (der Standard) erscheint nie in einem Bericht für das Jobcenter, 'jobcenter' im Verlaufsbericht",
  add: {
    description: 'einen Vermerk schreiben',
    optText: 'der Vermerk',
    optVisibility: "'jobcenter' lässt den Vermerk in Verlaufsberichten erscheinen",
    optAuthor: 'wer ihn geschrieben hat',
    optDate: 'der Tag des Vermerks (Standard: heute)',
    done: (visibility, note, id) =>
      `${kindOf(visibility)} ${note} für ${id} erfasst${visibility === 'jobcenter' ? ' — er erscheint in Verlaufsberichten' : ''}`,
    wouldDo: (visibility, note, id) =>
      `${kindOf(visibility)} ${note} für ${id} würde erfasst${visibility === 'jobcenter' ? ' — er erschiene in Verlaufsberichten' : ''}`,
  },
  visibilityWords: { internal: 'intern', jobcenter: 'Jobcenter' },
  list: {
    description: 'die Vermerke einer Person, die ältesten zuerst',
    optVisibility: 'nur interne oder nur für das Jobcenter sichtbare Vermerke',
    columns: { id: 'Vermerk', date: 'Datum', visibility: 'Sichtbarkeit', author: 'verfasst von', text: 'Text' },
  },
  purged: (id) => `die personenbezogenen Daten von ${id} wurden gelöscht — es können keine Vermerke hinzugefügt werden`,
  inFuture: (date) => `ein Vermerk kann nicht in der Zukunft liegen (${fmt.date(date)})`,
};

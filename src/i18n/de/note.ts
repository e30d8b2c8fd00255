import type { note as en } from '../en/note.js';
import { fmt } from './format.js';
import { VISIBILITY_WORDS } from './code-words.js';

const kindOf = (v: string) => (v === 'jobcenter' ? 'Vermerk für das Jobcenter' : 'Interner Vermerk');

export const note: typeof en = {
  description:
    'Vermerke; ein interner (internal, der Standard) erscheint nie in einem Bericht für das Jobcenter, einer für das Jobcenter (jobcenter) im Verlaufsbericht',
  add: {
    description: 'einen Vermerk schreiben',
    optText: 'der Vermerk',
    optVisibility:
      'internal (intern, der Standard) oder jobcenter (Jobcenter): jobcenter lässt den Vermerk in Verlaufsberichten erscheinen',
    optAuthor: 'wer ihn geschrieben hat',
    optDate: 'der Tag des Vermerks (Standard: heute)',
    done: (visibility, note, id) =>
      `${kindOf(visibility)} ${note} für ${id} erfasst${visibility === 'jobcenter' ? ' — er erscheint in Verlaufsberichten' : ''}`,
    wouldDo: (visibility, note, id) =>
      `${kindOf(visibility)} ${note} für ${id} würde erfasst${visibility === 'jobcenter' ? ' — er erschiene in Verlaufsberichten' : ''}`,
  },
  visibilityWords: VISIBILITY_WORDS,
  list: {
    description: 'die Vermerke einer Person, die ältesten zuerst',
    optVisibility: 'nur interne (internal, intern) oder nur für das Jobcenter sichtbare (jobcenter) Vermerke',
    columns: { id: 'Vermerk', date: 'Datum', visibility: 'Sichtbarkeit', author: 'verfasst von', text: 'Text' },
  },
  purged: (id) => `die personenbezogenen Daten von ${id} wurden gelöscht — es können keine Vermerke hinzugefügt werden`,
  inFuture: (date) => `ein Vermerk kann nicht in der Zukunft liegen (${fmt.date(date)})`,
};

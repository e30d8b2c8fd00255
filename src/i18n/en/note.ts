// `insat note`: case notes (src/commands/note).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const note = {
  description: "case notes; 'internal' (the default) never leaves in a report for the Jobcenter",
  add: {
    description: 'write a case note',
    optText: 'the note',
    optVisibility: "'jobcenter' lets the note appear in progress reports",
    optAuthor: 'who wrote it',
    optDate: 'the day of the note (default: today)',
    done: (visibility: string, note: string, id: string) =>
      `added ${visibility} note ${note} for ${id}${visibility === 'jobcenter' ? ' — it will appear in progress reports' : ''}`,
    wouldDo: (visibility: string, note: string, id: string) =>
      `add ${visibility} note ${note} for ${id}${visibility === 'jobcenter' ? ' — it will appear in progress reports' : ''}`,
  },
  /** The visibilities in people's words; English keeps the codes. */
  visibilityWords: {} as Record<string, string>,
  list: {
    description: "a person's case notes, oldest first",
    optVisibility: 'only internal or only jobcenter notes',
    columns: { id: 'note', date: 'date', visibility: 'visibility', author: 'author', text: 'text' },
  },
  purged: (id: string) => `the personal data of ${id} has been purged — notes cannot be added`,
  inFuture: (date: IsoDate) => `a note cannot be dated in the future (${fmt.date(date)})`,
};

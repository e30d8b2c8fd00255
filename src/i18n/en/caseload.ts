// insat caseload: participants per social worker and instructor, against the target.
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const caseload = {
  description:
    'participants per social worker and per instructor on a day, against the target (setting caseloadTarget)',
  optDate: 'the day (default: today)',
  columns: {
    role: 'role',
    id: 'staff',
    name: 'name',
    area: 'area',
    participants: 'participants',
    target: 'target',
    over: 'over target',
    people: 'who',
  },
  roles: { socialWorker: 'social worker', instructor: 'instructor' },
  left: ' (left)',
  noSocialWorker: '(no social worker)',
  noInstructor: '(no instructor)',
  summary: (date: IsoDate, participants: number, target: number) =>
    `${fmt.date(date)}: ${fmt.count(participants, 'participant', 'participants')}; target ${target} per social worker ('insat config set caseloadTarget N')`,
  overTarget: (name: string, count: number, target: number) =>
    `${name} cares for ${count} participants, more than the target of ${target} — share them out with another social worker`,
  withoutSocialWorker: (people: string[]) =>
    `${fmt.list(people)} ${people.length === 1 ? 'has' : 'have'} no social worker on this day`,
};

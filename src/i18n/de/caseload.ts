import type { caseload as en } from '../en/caseload.js';
import { fmt } from './format.js';

export const caseload: typeof en = {
  description:
    'Teilnehmende je Sozialarbeiter/in und je Anleiter/in an einem Tag, gemessen am Betreuungsschlüssel (Einstellung caseloadTarget)',
  optDate: 'der Stichtag (Standard: heute)',
  columns: {
    role: 'Funktion',
    id: 'Kürzel',
    name: 'Name',
    area: 'Praxisbereich',
    participants: 'Teilnehmende',
    target: 'Schlüssel',
    over: 'darüber',
    people: 'wer',
  },
  roles: { socialWorker: 'Sozialarbeiter/in', instructor: 'Anleiter/in' },
  left: ' (ausgeschieden)',
  noSocialWorker: '(ohne Sozialarbeiter/in)',
  noInstructor: '(ohne Anleiter/in)',
  summary: (date, participants, target) =>
    `${fmt.date(date)}: ${fmt.count(participants, 'Teilnehmende/r', 'Teilnehmende')}; Schlüssel ${target} je Sozialarbeiter/in ('insat config set caseloadTarget N')`,
  overTarget: (name, count, target) =>
    `${name} betreut ${count} Teilnehmende, mehr als der Schlüssel von ${target} — Teilnehmende mit einer anderen Sozialarbeiterin / einem anderen Sozialarbeiter teilen`,
  withoutSocialWorker: (people) =>
    `${fmt.list(people)} ${people.length === 1 ? 'hat' : 'haben'} an diesem Tag keine Sozialarbeiterin / keinen Sozialarbeiter`,
};

import type { exporting as en } from '../en/exporting.js';

export const exporting: typeof en = {
  description:
    'Daten für Tabellenkalkulation und Skripte (csv, csv-de oder json auf stdout oder mit --out in eine Datei)',
  argWhat: 'was exportiert wird',
  optPseudonymize: 'Namen durch gleichbleibende Pseudonyme ersetzen',
  optFrom: 'erster Tag (hours, occupancy, groups)',
  optTo: 'letzter Tag (hours, occupancy, groups)',
  optMonth: 'ein Monat (pay, hours, occupancy, groups)',
  optWeek: 'eine ISO-Kalenderwoche (occupancy)',
  optParticipant: 'eine teilnehmende Person (hours, pay, groups)',
  optOut: 'in diese Datei schreiben (0600) statt auf stdout',
  optForce: 'die Datei von --out ersetzen, wenn es sie schon gibt',
  monthOrRange: '--month und --from/--to schließen einander aus — nur eines davon angeben',
  participants: {
    pseudonym: 'Pseudonym',
    id: 'ID',
    name: 'Name',
    birthDate: 'Geburtsdatum',
    area: 'Praxisbereich',
    status: 'Status',
    start: 'Beginn',
    until: 'Ende der Zuweisung',
    hoursPerWeek: 'Wochenstunden',
    exitDate: 'Austritt',
    exitReason: 'Austrittsgrund',
    exitGroup: 'Austrittsgruppe',
    referredBy: 'vermittelt durch',
  },
};

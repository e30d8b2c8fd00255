import { addDays } from '../../model/dates.js';
import type { staff as en } from '../en/staff.js';
import { AREA_LABELS, STAFF_ROLES, type StaffMember, type StaffRole } from '../../model/types.js';
import { fmt } from './format.js';

const roleName: Record<StaffRole, string> = {
  instructor: 'Anleiter/in',
  'social-worker': 'Sozialarbeiter/in',
  admin: 'Verwaltung',
};
const flagOf: Record<StaffRole, string> = { instructor: '--instructor', 'social-worker': '--social-worker', admin: '' };
const who = (s: Pick<StaffMember, 'id' | 'name'>) => `${s.id} (${s.name})`;
const roleOf = (s: Pick<StaffMember, 'role' | 'area'>) =>
  s.area ? `${roleName[s.role]} (${AREA_LABELS[s.area]})` : roleName[s.role];
const records = (created: StaffMember[]) =>
  `${fmt.count(created.length, 'Mitarbeiterdatensatz', 'Mitarbeiterdatensätze')}${created.length ? ` (${created.map((s) => `${s.id} ${s.name}`).join(', ')})` : ''}`;

export const staff: typeof en = {
  roleName,
  configShown: (target) =>
    `Team              siehe 'insat staff list'; Betreuungsschlüssel ${target} Teilnehmende je Sozialarbeiter/in`,
  description: 'das Team: Anleiter/innen der Praxisbereiche, Sozialarbeiter/innen, Verwaltung',
  add: {
    description: 'eine Person ins Team aufnehmen; ein Schritt, den undo zurücknimmt',
    optName: 'Vor- und Nachname',
    optRole: `${STAFF_ROLES.join(', ')} (Anleiter/in, Sozialarbeiter/in, Verwaltung)`,
    optArea: 'der Praxisbereich der Anleiterin / des Anleiters (nur für Anleiter/innen)',
    optFrom: 'erster Tag im Team (Standard: heute)',
    done: (s) => `${who(s)} als ${roleOf(s)} ab ${fmt.date(s.from)} aufgenommen`,
    wouldDo: (s) => `${s.name} als ${roleOf(s)} ab ${fmt.date(s.from)} aufnehmen`,
  },
  list: {
    description: 'das Team an einem Tag (Standard: heute), mit --all alle, die je im Team waren',
    optDate: 'der Stichtag (Standard: heute)',
    optAll: 'alle, die je im Team waren, mit erstem und letztem Tag',
    columns: { id: 'Kürzel', name: 'Name', role: 'Funktion', area: 'Praxisbereich', from: 'ab', left: 'bis' },
    none: (date) =>
      `am ${fmt.date(date)} ist niemand im Team — Personen mit 'insat staff add --name NAME --role ROLLE' aufnehmen oder früher eingetragene Namen mit 'insat staff migrate' übernehmen`,
  },
  edit: {
    exampleClearLeft: 'ein versehentlich eingetragener Austritt aus dem Team',
    description:
      "einen Namen, den Praxisbereich einer Anleiterin / eines Anleiters, den ersten oder den letzten Tag berichtigen (ein versehentlich eingetragenes Ausscheiden: '--clear left'); ein Schritt, den undo zurücknimmt",
    optName: 'der berichtigte Name',
    optArea: 'der Praxisbereich der Anleiterin / des Anleiters',
    optFrom: 'der berichtigte erste Tag im Team (abgelehnt nach einem Tag, an dem die Person schon zuständig ist)',
    optLeft: 'der berichtigte letzte Tag im Team (warnt, wer jemand Neues braucht)',
    optClear: "'left': das Ausscheiden zurücknehmen (wieder im Team)",
    nothing: "nichts zu ändern — --name, --area, --from, --left oder '--clear left' angeben",
    field: { name: 'Name', area: 'Praxisbereich', from: 'erster Tag', left: 'letzter Tag' },
    dateChange: (field, before, after) =>
      `${field} (${before ? fmt.date(before) : '–'} → ${after ? fmt.date(after) : '–'})`,
    done: (id, fields) => `${fmt.list(fields)} von ${id} geändert`,
    wouldDo: (id, fields) => `${fmt.list(fields)} von ${id} ändern`,
    unchanged: (id) => `nichts geändert: ${id} hat diese Angaben bereits`,
  },
  leave: {
    exampleCheck: 'wer eine neue Sozialarbeiterin oder einen neuen Sozialarbeiter braucht',
    description: 'den letzten Tag einer Person im Team eintragen; ein Schritt, den undo zurücknimmt',
    optDate: 'der letzte Tag im Team',
    done: (s) => `${who(s)} verlässt das Team am ${fmt.date(s.left!)}`,
    wouldDo: (s) => `eintragen, dass ${who(s)} das Team am ${fmt.date(s.left!)} verlässt`,
    needNew: (people, left) =>
      `${fmt.list(people)} ${people.length === 1 ? 'braucht' : 'brauchen'} ab dem Tag danach eine neue Sozialarbeiterin oder einen neuen Sozialarbeiter — mit 'insat participant edit KÜRZEL --social-worker KÜRZEL --from ${fmt.date(addDays(left, 1))}' übergeben; 'insat check' führt sie auf, bis sie eine/n haben`,
    needNewInstructor: (people) =>
      `${fmt.list(people)} ${people.length === 1 ? 'braucht' : 'brauchen'} ab dem Tag danach eine neue Anleiterin oder einen neuen Anleiter — 'insat check' führt sie auf, bis sie eine/n haben`,
  },
  migrate: {
    description:
      'einmaliger Schritt für Datenbestände aus der Zeit vor den Mitarbeiterdatensätzen: frei eingetragene Namen werden Datensätze, die Zuweisungen verweisen auf sie',
    nothing: 'nichts zu übernehmen: jeder Name ist bereits ein Mitarbeiterdatensatz',
    done: (created, linked) =>
      `${records(created)} angelegt und ${fmt.count(linked, 'Zuweisung', 'Zuweisungen')} mit der Sozialarbeit verknüpft`,
    wouldDo: (created, linked) =>
      `${records(created)} anlegen und ${fmt.count(linked, 'Zuweisung', 'Zuweisungen')} mit der Sozialarbeit verknüpfen`,
  },
  prompt: { socialWorker: 'Sozialarbeiter/in', instructor: 'Anleiter/in' },
  enrol: {
    optSocialWorker:
      "die zuständige Sozialarbeiterin / der zuständige Sozialarbeiter: ein Kürzel (siehe 'insat staff list')",
    optInstructor: 'die zuständige Anleiterin / der zuständige Anleiter: ein Kürzel aus dem Praxisbereich',
  },
  errors: {
    role: (value) =>
      `--role '${value}' ist keine Funktion — eine von ${STAFF_ROLES.join(', ')} angeben (oder Anleiter/in, Sozialarbeiter/in, Verwaltung)`,
    areaNeeded: 'Anleiter/innen gehören zu einem Praxisbereich — --area holz|kueche|gestaltung angeben',
    areaNotForRole: (role) =>
      `nur Anleiter/innen gehören zu einem Praxisbereich, nicht ${roleName[role]} — --area weglassen`,
    duplicate: (s) =>
      `${s.name} ist bereits als ${roleOf(s)} im Team (${s.id}) — siehe 'insat staff list'; 'insat staff edit ${s.id}' berichtigt den Datensatz`,
    notStaffId: (flag, value) =>
      `${flag} '${value}' ist kein Kürzel einer Person im Team — Kürzel sehen so aus: s003 (siehe 'insat staff list'; Personen aufnehmen mit 'insat staff add')`,
    notFound: (id) => `keine Person '${id}' im Team — siehe 'insat staff list --all'`,
    noLongerSetting: (key) =>
      `'${key}' ist keine Einstellung mehr: das Team besteht jetzt aus Datensätzen — Personen mit 'insat staff add --name NAME --role instructor|social-worker --area BEREICH' aufnehmen (früher eingetragene Namen: 'insat staff migrate')`,
  },
  rules: {
    emptyName: (id) => `${id} hat keinen Namen — mit 'insat staff edit ${id} --name NAME' eintragen`,
    instructorArea: (id) =>
      `Anleiter/in ${id} hat keinen Praxisbereich — mit 'insat staff edit ${id} --area BEREICH' eintragen`,
    areaNotInstructor: (id, role) =>
      `${id} ist ${roleName[role]}; nur Anleiter/innen gehören zu einem Praxisbereich — den Bereich entfernen`,
    leftBeforeFrom: (id, left, from) =>
      `${id} kann das Team nicht am ${fmt.date(left)} verlassen, vor dem ersten Tag ${fmt.date(from)} — einen Tag ab ${fmt.date(from)} angeben`,
    unknownStaff: (assignment, person, role, id) =>
      `Zuweisung ${assignment} von ${person} nennt als ${roleName[role]} ${id}, die/den es im Datenbestand nicht gibt — siehe 'insat staff list --all'`,
    wrongRole: (s, wanted) =>
      `${who(s)} ist ${roleName[s.role]}, nicht ${roleName[wanted]} — für ${flagOf[wanted]} eine Person dieser Funktion wählen (siehe 'insat staff list')`,
    notActive: (s, day) =>
      `${who(s)} ist am ${fmt.date(day)} nicht im Team (${s.left ? `${fmt.date(s.from)} bis ${fmt.date(s.left)}` : `ab ${fmt.date(s.from)}`}) — jemanden wählen, der an dem Tag im Team ist (siehe 'insat staff list --date ${day}')`,
    otherArea: (s, wanted) =>
      `${who(s)} leitet im Bereich ${AREA_LABELS[s.area!]} an, nicht in ${AREA_LABELS[wanted]} — eine Anleiterin oder einen Anleiter aus ${AREA_LABELS[wanted]} wählen`,
    unlinkedNames: (n) =>
      `${n === 1 ? 'ein Name im Team ist' : `${n} Namen im Team sind`} noch freier Text aus einer älteren Version, ohne Mitarbeiterdatensatz — 'insat staff migrate' ausführen (README, "Repairing an older store")`,
    alreadyLeft: (s) =>
      `${who(s)} hat das Team bereits am ${fmt.date(s.left!)} verlassen — einen falschen Tag mit 'insat staff edit ${s.id} --left DATUM' berichtigen oder mit 'insat staff edit ${s.id} --clear left' zurücknehmen`,
    firstDayAfterInCharge: (s, from, people) =>
      `${who(s)} kann nicht erst am ${fmt.date(from)} ins Team kommen: ${fmt.list(people)} ${people.length === 1 ? 'hat' : 'haben'} ${s.name} schon an einem früheren Tag als ${roleName[s.role]} — zuerst mit 'insat participant edit KÜRZEL ${flagOf[s.role]} KÜRZEL' jemand anderen eintragen oder einen früheren ersten Tag angeben`,
    needNewSocialWorker: (s, people) =>
      `Sozialarbeiter/in ${who(s)} verlässt das Team am ${fmt.date(s.left!)}, aber ${fmt.list(people)} ${people.length === 1 ? 'ist' : 'sind'} darüber hinaus ${s.name} zugeordnet — mit 'insat participant edit KÜRZEL --social-worker KÜRZEL --from ${fmt.date(addDays(s.left!, 1))}' an eine neue Sozialarbeiterin oder einen neuen Sozialarbeiter übergeben`,
    instructorOtherArea: (person, s, area, day) =>
      `Anleiter/in ${who(s)} von ${person} leitet im Bereich ${AREA_LABELS[s.area!]} an, ${person} arbeitet am ${fmt.date(day)} aber im Bereich ${AREA_LABELS[area]} — mit 'insat participant edit ${person} --instructor KÜRZEL' eine Anleiterin oder einen Anleiter aus ${AREA_LABELS[area]} eintragen (siehe 'insat staff list') oder mit 'insat participant edit ${person} --clear instructor' niemanden`,
    instructorAreaAhead: (person, s, area, from) =>
      `ab ${fmt.date(from)} arbeitet ${person} im Bereich ${AREA_LABELS[area]}, Anleiter/in ${s.id} (${s.name}) leitet aber im Bereich ${AREA_LABELS[s.area!]} an — an dem Tag mit 'insat participant edit ${person} --instructor KÜRZEL' eine Anleiterin oder einen Anleiter aus ${AREA_LABELS[area]} eintragen`,
    areaLeavesPeople: (s, area, people) =>
      `wechselt ${who(s)} in den Bereich ${AREA_LABELS[area]}, ${people.length === 1 ? 'hat' : 'haben'} ${fmt.list(people)} keine Anleiterin und keinen Anleiter aus ${AREA_LABELS[s.area!]} mehr — zuerst mit 'insat participant edit KÜRZEL --instructor KÜRZEL' ${people.length === 1 ? 'eine andere Anleiterin oder einen anderen Anleiter' : 'jeweils eine andere Anleiterin oder einen anderen Anleiter'} eintragen; leitet ${s.id} ab einem Tag in ${AREA_LABELS[area]} an, das mit 'insat staff leave ${s.id} --date TAG' und 'insat staff add --name "${s.name}" --role instructor --area ${area} --from FOLGETAG' erfassen`,
    needNewInstructor: (s, people) =>
      `Anleiter/in ${who(s)} verlässt das Team am ${fmt.date(s.left!)}, aber ${fmt.list(people)} ${people.length === 1 ? 'ist' : 'sind'} darüber hinaus ${s.name} zugeordnet — ${people.length === 1 ? 'braucht' : 'brauchen'} eine neue Anleiterin oder einen neuen Anleiter`,
  },
};

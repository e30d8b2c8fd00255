import type { corrections as en, FieldChangeWords } from '../en/corrections.js';
import { fmt } from './format.js';
import { ADDICTION_WORDS, REFERRAL_WORDS, VISIBILITY_WORDS } from './code-words.js';

const shown = (v: string | number | boolean | null) =>
  v === null || v === ''
    ? '–'
    : typeof v === 'boolean'
      ? v
        ? 'ja'
        : 'nein'
      : typeof v === 'number'
        ? fmt.decimal(v)
        : /^\d{4}-\d\d-\d\d$/.test(v)
          ? fmt.date(v)
          : v;

const labels: Record<string, string> = {
  name: 'Name',
  birthDate: 'Geburtsdatum',
  phone: 'Telefon',
  email: 'E-Mail',
  address: 'Anschrift',
  jobcenterCustomerNo: 'Kundennummer Jobcenter',
  addictionStatus: 'Suchtstatus',
  referredBy: 'vermittelt durch',
  contactDate: 'Erstkontakt',
  jobcenterRef: 'Aktenzeichen Jobcenter',
  integrationOfficer: 'Integrationsfachkraft',
  socialWorker: 'Sozialarbeiter/in',
  instructor: 'Anleiter/in',
  socialWorkerId: 'Sozialarbeiter/in',
  instructorId: 'Anleiter/in',
  start: 'Beginn',
  until: 'Ende',
  hoursPerWeek: 'Wochenstunden',
  infoAppointment: 'Informationstermin',
  attended: 'teilgenommen',
  withdrawn: 'zurückgezogen',
  extensions: 'Verlängerungen',
  hoursChanges: 'Wochenstunden ab',
  socialWorkerChanges: 'Übergaben',
  areas: 'Praxisbereiche',
  exit: 'Austritt',
  decision: 'Entscheidung',
  capDecision: 'Entscheidung über 24 Monate hinaus',
  priorPeriods: 'frühere AGH-Zeiten',
  weekdayMinutes: 'Verteilung auf die Wochentage',
  text: 'Text',
  visibility: 'Sichtbarkeit',
  goal: 'Ziel',
  due: 'fällig',
};

/** Fields whose values are codes, named in words. */
const valueWords: Record<string, Readonly<Record<string, string>>> = {
  referredBy: REFERRAL_WORDS,
  visibility: VISIBILITY_WORDS,
  addictionStatus: ADDICTION_WORDS,
};
const value = (field: string, v: string | number | boolean | null) => shown(valueWords[field]?.[String(v)] ?? v);

const fieldChange = (c: FieldChangeWords) =>
  `${labels[c.field] ?? c.field} ${value(c.field, c.before)} → ${value(c.field, c.after)}`;
const changeList = (changes: readonly FieldChangeWords[]) => changes.map(fieldChange).join('; ');

const undone = { withdrawal: 'den Rückzug', decision: 'die Entscheidung' } as const;

export const corrections: typeof en = {
  help: {
    applicantEdit:
      'Angaben einer Person berichtigen; prüft die betroffenen Regeln erneut; ein rückgängig machbarer Schritt (ohne Optionen fragt ein Terminal nach)',
    participantEdit:
      'Angaben von Teilnehmenden und der laufenden Zuweisung berichtigen oder die Zuweisung verkürzen; ein rückgängig machbarer Schritt (ohne Optionen fragt ein Terminal nach)',
    reopen:
      'eine versehentlich erfasste Entscheidung (oder einen Rückzug) zurücknehmen; nach einer Aufnahme nicht mehr möglich',
    hours: 'Wochenstunden ab einem Tag; Buchungen davor behalten die damals gültigen Stunden',
    noteEdit:
      'eine Notiz berichtigen: Text oder Sichtbarkeit; ein rückgängig machbarer Schritt (ohne Optionen fragt ein Terminal nach)',
    noteDelete: 'eine versehentlich geschriebene Notiz löschen; ein rückgängig machbarer Schritt',
    planEdit:
      'Text oder Fälligkeit eines Ziels berichtigen; ein rückgängig machbarer Schritt (ohne Optionen fragt ein Terminal nach)',
    planDelete: 'ein versehentlich erfasstes Ziel (mit seinen Überprüfungen) löschen; ein rückgängig machbarer Schritt',
    opt: {
      name: 'vollständiger Name',
      birthDate: 'Geburtsdatum (prüft das Alter beim Erstkontakt erneut)',
      phone: 'Telefonnummer',
      email: 'E-Mail-Adresse',
      address: 'Postanschrift',
      jobcenterNo: 'Kundennummer beim Jobcenter (prüft Doppelerfassungen erneut)',
      addiction: 'Kategorie des Suchtstatus',
      referredBy:
        'wer die Person vermittelt hat: self (selbst), jobcenter (Jobcenter), krisenhilfe (Krisenhilfe), counselling (Beratungsstelle) oder other (andere)',
      contactDate: 'der Erstkontakt (prüft das Alter und die Reihenfolge der Aufnahmeschritte erneut)',
      clear: 'optionale Felder leeren, z. B. --clear phone,email',
      notDuplicate:
        'die Änderung behalten, obwohl ein anderer Datensatz denselben Namen und dasselbe Geburtsdatum oder dieselbe Nummer hat',
      jobcenterRef: 'das Aktenzeichen des Jobcenters zur Zuweisung',
      integrationOfficer: 'die Ansprechperson im Jobcenter',
      socialWorker:
        "die zuständige Sozialarbeiterin / der zuständige Sozialarbeiter: ein Kürzel (siehe 'insat staff list'); ohne --from eine Berichtigung ab dem ersten Tag",
      socialWorkerFrom:
        'mit --social-worker: der Tag, ab dem die neue Sozialarbeiterin / der neue Sozialarbeiter zuständig ist (wer vorher zuständig war, bleibt erfasst)',
      instructor: 'die zuständige Anleiterin / der zuständige Anleiter: ein Kürzel aus dem Praxisbereich',
      until: 'ein früheres Ende (nicht vor der letzten Buchung); verlängern mit extend',
      from: 'der erste Tag mit den neuen Wochenstunden',
      text: 'die berichtigte Notiz',
      visibility: 'jobcenter (Jobcenter) oder internal (intern)',
      goal: 'das Ziel, wie vereinbart',
      due: 'bis wann es erreicht sein soll',
      noDue: 'die Fälligkeit entfernen',
    },
  },
  prompts: {
    name: 'Vollständiger Name',
    birthDate: 'Geburtsdatum',
    phone: 'Telefon',
    email: 'E-Mail',
    address: 'Anschrift',
    jobcenterCustomerNo: 'Kundennummer beim Jobcenter',
    addictionStatus: 'Suchtstatus (Kategorie)',
    referredBy: 'Vermittelt durch',
    contactDate: 'Erstkontakt',
    jobcenterRef: 'Aktenzeichen Jobcenter',
    integrationOfficer: 'Integrationsfachkraft',
    socialWorker: 'Sozialarbeiter/in',
    instructor: 'Anleiter/in',
    text: 'Notiz',
    visibility: 'Sichtbarkeit',
    goal: 'Ziel',
    due: 'Fällig (leer: keine Fälligkeit)',
    notADate: 'kein Datum — JJJJ-MM-TT oder TT.MM.JJJJ verwenden',
  },
  changed: (what, changes) => `${what} berichtigt: ${changeList(changes)}`,
  wouldChange: (what, changes) => `${what} berichtigen: ${changeList(changes)}`,
  fieldChange,
  fieldLabel: (field) => labels[field] ?? field,
  unchanged: (what) => `nichts geändert: ${what} hat diese Angaben bereits`,
  nothingGiven: (command, flags) =>
    `nichts zu ändern — mindestens eine dieser Optionen angeben: ${flags.join(', ')} (an einem Terminal fragt '${command}' ohne Optionen mit den aktuellen Angaben nach)`,
  notClearable: (name, allowed) =>
    `--clear '${name}' ist kein Feld, das geleert werden kann — möglich sind ${allowed.join(', ')}`,
  dueAndNoDue:
    '--due und --no-due widersprechen sich — --due DATUM setzt das Fälligkeitsdatum, --no-due entfernt es; nur eines angeben',
  givenAndCleared: (name) => `--${name} ist zugleich angegeben und geleert — eines davon weglassen`,
  hoursSet: (id, hours, from, before) =>
    `Wochenstunden von ${id} ab ${fmt.date(from)} auf ${hours} gesetzt (vorher ${before} Std.); Buchungen vor diesem Tag behalten ihre Stunden`,
  hoursWouldSet: (id, hours, from, before) =>
    `die Wochenstunden von ${id} ab ${fmt.date(from)} auf ${hours} setzen (vorher ${before} Std.)`,
  hoursUnchanged: (id, hours, from) =>
    `nichts geändert: ${id} arbeitet ab ${fmt.date(from)} bereits ${hours} Std. pro Woche`,
  reopened: (id, undid, status) =>
    undid === 'withdrawal'
      ? `Rückzug von ${id} zurückgenommen; Stand jetzt: ${status}`
      : `Entscheidung über ${id} zurückgenommen; Stand jetzt: ${status} — die richtige mit 'insat applicant decide ${id}' erfassen`,
  wouldReopen: (id, undid, status) => `${undone[undid]} von ${id} zurücknehmen (Stand dann: ${status})`,
  noteDeleted: (noteId, personId) => `Notiz ${noteId} von ${personId} gelöscht`,
  noteWouldDelete: (noteId, personId) => `Notiz ${noteId} von ${personId} löschen`,
  goalDeleted: (goalId, personId) => `Ziel ${goalId} von ${personId} gelöscht`,
  goalWouldDelete: (goalId, personId) => `Ziel ${goalId} von ${personId} löschen`,
  noNote: (noteId) => `keine Notiz '${noteId}' — siehe 'insat note list ID'`,
  noGoal: (goalId) => `kein Ziel '${goalId}' — siehe 'insat plan list ID'`,
  badNoteId: (value) =>
    `'${value}' ist keine Kennung einer Notiz — Kennungen von Notizen sehen aus wie n012 (siehe 'insat note list ID')`,
  badGoalId: (value) =>
    `'${value}' ist keine Kennung eines Ziels — Kennungen von Zielen sehen aus wie g012 (siehe 'insat plan list ID')`,
  purged: (id) => `die personenbezogenen Daten von ${id} wurden gelöscht — es gibt nichts mehr zu berichtigen`,
  socialWorkerDate: (id, day, start, last) =>
    `${id}: ${fmt.date(day)} ist kein Tag der Zuweisung ${fmt.range(start, last)} — für die Übergabe einen Tag darin als --from wählen`,
  handover: (from, who) => `ab ${fmt.date(from)} ${who}`,
  fromNeedsSocialWorker:
    '--from ist der Tag, ab dem eine neue Sozialarbeiterin / ein neuer Sozialarbeiter zuständig ist — mit --social-worker KÜRZEL angeben (ohne --from eine Berichtigung ab dem ersten Tag)',
  hoursDate: (id, day, start, last) =>
    `${id}: ${fmt.date(day)} ist kein Tag der Zuweisung ${fmt.range(start, last)} — einen Tag darin als --from wählen`,
  weekOver: (monday, sunday, booked, limit) => `${fmt.range(monday, sunday)}: ${fmt.hours(booked)} von ${limit} Std.`,
  bookedAboveHours: (id, weeks, more) =>
    `für ${id} sind mehr Stunden gebucht, als die neuen Wochenstunden erlauben: ${weeks.join(', ')}${more > 0 ? ` und ${more} weitere Wochen` : ''} — zuerst diese Buchungen berichtigen ('insat hours book ${id} --date TAG --hours H --replace') oder die Stunden ab einem späteren Tag ändern`,
  shortenNotEarlier: (id, until, current) =>
    `das neue Ende ${fmt.date(until)} liegt nicht vor dem bisherigen Ende ${fmt.date(current)} — verlängern mit 'insat participant extend ${id} --until ${until}'`,
  shortenBeforeStart: (until, start) =>
    `das neue Ende ${fmt.date(until)} liegt vor dem Beginn ${fmt.date(start)} — den Beginn oder einen späteren Tag wählen`,
  shortenBeforeExit: (id, exit) =>
    `${id} ist am ${fmt.date(exit)} ausgeschieden; das Ende kann nicht vor dem Austrittstag liegen — ${fmt.date(exit)} oder später wählen`,
  shortenBookings: (id, until, days, more) =>
    `${id} hat Buchungen nach dem neuen Ende ${fmt.date(until)}: ${days.map(fmt.date).join(', ')}${more > 0 ? ` und ${more} weitere` : ''} — zuerst löschen mit 'insat hours delete ${id} --date TAG' oder ein späteres Ende wählen`,
  reopenEnrolled: (id, start) =>
    `${id} wurde aufgenommen (Zuweisung ab ${fmt.date(start)}); die Entscheidung, auf der eine Zuweisung beruht, kann nicht zurückgenommen werden — die Zuweisung mit 'insat participant edit ${id}' berichtigen, mit 'insat participant exit ${id} --date D --reason CODE' beenden oder die Aufnahme mit 'insat undo' zurücknehmen, wenn danach nichts geändert wurde`,
  reopenPurged: (id) => `die personenbezogenen Daten von ${id} wurden gelöscht — es gibt nichts zurückzunehmen`,
  reopenNothing: (id) =>
    `${id} hat weder eine Entscheidung noch einen Rückzug, der zurückgenommen werden kann — die Entscheidung mit 'insat applicant decide ${id}' erfassen`,
};

import type { applicant as en } from '../en/applicant.js';
import { REFERRAL_WORDS } from './code-words.js';
import { fmt } from './format.js';

export const applicant: typeof en = {
  description: 'der Weg in die Maßnahme: Erstkontakt, Informationstermin, Entscheidung des Jobcenters, Warteliste',
  add: {
    description: 'eine an einem Platz interessierte Person erfassen (fragt auf einem Terminal nach fehlenden Angaben)',
    optName: 'vollständiger Name',
    optBirthDate: 'Geburtsdatum',
    optReferredBy:
      'wer die Person vermittelt hat: self (selbst), jobcenter (Jobcenter), krisenhilfe (Krisenhilfe), counselling (Beratungsstelle) oder other (andere)',
    optContactDate: 'Erstkontakt (Standard: heute)',
    optPhone: 'Telefonnummer',
    optEmail: 'E-Mail-Adresse',
    optAddress: 'Postanschrift',
    optJobcenterNo: 'die Kundennummer beim Jobcenter',
    optAddiction: 'Kategorie des Suchtstatus (nie eine Diagnose)',
    optNotDuplicate:
      'die Person erfassen, obwohl es schon einen Datensatz mit gleichem Namen und Geburtsdatum (oder gleicher Kundennummer) gibt',
    optPrior:
      'ein früherer AGH-Zeitraum bei einem anderen Träger (zählt zur Höchstdauer von 24 Monaten), z. B. 2023-01-01:2023-12-31:"Diakonie"',
    exampleAsk: 'auf einem Terminal: fragt nach Name, Geburtsdatum und Vermittlung',
    askName: 'Wie heißt die Person (vollständiger Name)?',
    askBirthDate: 'Wann ist sie geboren?',
    askReferredBy: 'Wer hat sie vermittelt?',
    notAPeriod: (text) =>
      `--prior '${text}' ist kein Zeitraum — VON:BIS:TRÄGER angeben, z. B. 2023-01-01:2023-12-31:Diakonie`,
    endsBeforeStart: (text) => `--prior '${text}' endet vor seinem Beginn — die Daten tauschen`,
    done: (id, name) =>
      `Interessierte Person ${id} (${name}) erfasst — als Nächstes: 'insat applicant schedule ${id} --info-date DATUM'`,
    wouldDo: (id, name) =>
      `Interessierte Person ${id} (${name}) würde erfasst — als Nächstes: 'insat applicant schedule ${id} --info-date DATUM'`,
  },
  schedule: {
    description: 'den persönlichen Informationstermin vereinbaren',
    optInfoDate: 'der Tag des Gesprächs',
    done: (id, date) => `Informationstermin von ${id} am ${fmt.date(date)} vereinbart`,
    wouldDo: (id, date) => `Informationstermin von ${id} würde am ${fmt.date(date)} vereinbart`,
  },
  attended: {
    description: 'erfassen, dass die Person zum Informationstermin gekommen ist',
    optDate: 'der Tag, an dem sie kam (Standard: der vereinbarte Tag, sonst heute)',
    done: (id, date) => `erfasst: ${id} war am ${fmt.date(date)} beim Informationstermin`,
    wouldDo: (id, date) => `würde erfassen, dass ${id} am ${fmt.date(date)} beim Informationstermin war`,
  },
  decide: {
    description: 'die Entscheidung des Jobcenters über die Eignung erfassen (gemeinsam mit der Sozialarbeit getroffen)',
    optSuitable: 'als geeignet entschieden: die Person kommt auf die Warteliste',
    optUnsuitable: 'als nicht geeignet entschieden',
    optBy: 'die Integrationsfachkraft des Jobcenters, die entschieden hat',
    optDate: 'Tag der Entscheidung (Standard: heute)',
    exactlyOne: 'genau eines von --suitable oder --unsuitable angeben',
    suitable: (id) =>
      `${id} wurde als geeignet entschieden und steht auf der Warteliste — zuweisen mit 'insat enrol ${id} --area A --start DATUM --until DATUM --hours-per-week N'`,
    unsuitable: (id) => `${id} wurde als nicht geeignet entschieden`,
    wouldDo: (id, suitable) => `würde erfassen, dass ${id} als ${suitable ? '' : 'nicht '}geeignet entschieden wurde`,
  },
  withdraw: {
    description: 'die Person möchte keinen Platz mehr (verlässt den Aufnahmeweg und die Warteliste)',
    optDate: 'Tag (Standard: heute)',
    done: (id, date) => `${id} hat sich am ${fmt.date(date)} zurückgezogen`,
    wouldDo: (id, date) => `würde erfassen, dass ${id} sich am ${fmt.date(date)} zurückgezogen hat`,
  },
  list: {
    description: 'der Aufnahmeweg und die Warteliste',
    optStatus:
      'nur eine Stufe: new (neu), scheduled (Termin vereinbart), attended (Termin wahrgenommen), suitable (geeignet), unsuitable (nicht geeignet), enrolled (aufgenommen) oder withdrawn (zurückgezogen)',
    optAll: 'auch Personen mit Zuweisung und zurückgezogene',
    statusWords: {
      new: 'neu',
      scheduled: 'Termin vereinbart',
      attended: 'Termin wahrgenommen',
      suitable: 'geeignet',
      unsuitable: 'nicht geeignet',
      enrolled: 'aufgenommen',
      withdrawn: 'zurückgezogen',
    },
    referralWords: REFERRAL_WORDS,
    columns: {
      id: 'Nr.',
      name: 'Name',
      status: 'Stand',
      referredBy: 'vermittelt durch',
      contactDate: 'Erstkontakt',
      info: 'Informationstermin',
      decided: 'entschieden',
      by: 'durch',
    },
  },
};

// `insat applicant`: the entry pipeline (src/commands/applicant).
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

export const applicant = {
  description: 'the entry pipeline: first contact, information appointment, Jobcenter decision, waiting list',
  add: {
    description: 'record a person interested in a seat (asks for missing values on a terminal)',
    optName: 'full name',
    optBirthDate: 'date of birth',
    optReferredBy: 'who referred the person',
    optContactDate: 'first contact (default: today)',
    optPhone: 'phone number',
    optEmail: 'e-mail address',
    optAddress: 'postal address',
    optJobcenterNo: "the Jobcenter's customer number",
    optAddiction: 'addiction status category (never a diagnosis)',
    optNotDuplicate:
      'record the person although a record with the same name and birth date (or customer number) exists',
    optPrior: 'an earlier AGH period elsewhere (counts toward the 24-month cap), e.g. 2023-01-01:2023-12-31:"Diakonie"',
    exampleAsk: 'on a terminal: asks for name, birth date and referral',
    askName: 'Full name',
    askBirthDate: 'Date of birth',
    askReferredBy: 'Referred by',
    notAPeriod: (text: string) =>
      `--prior '${text}' is not a period — use FROM:TO:PROVIDER, e.g. 2023-01-01:2023-12-31:Diakonie`,
    endsBeforeStart: (text: string) => `--prior '${text}' ends before it starts — swap the dates`,
    done: (id: string, name: string) =>
      `added applicant ${id} (${name}) — next: 'insat applicant schedule ${id} --info-date DATE'`,
    wouldDo: (id: string, name: string) =>
      `add applicant ${id} (${name}) — next: 'insat applicant schedule ${id} --info-date DATE'`,
  },
  schedule: {
    description: 'book the personal information appointment',
    optInfoDate: 'the appointment day',
    done: (id: string, date: IsoDate) => `scheduled the information appointment of ${id} on ${fmt.date(date)}`,
    wouldDo: (id: string, date: IsoDate) => `schedule the information appointment of ${id} on ${fmt.date(date)}`,
  },
  attended: {
    description: 'record that the person came to the information appointment',
    optDate: 'the day they came (default: the scheduled day, else today)',
    done: (id: string, date: IsoDate) =>
      `recorded that ${id} attended the information appointment on ${fmt.date(date)}`,
    wouldDo: (id: string, date: IsoDate) =>
      `record that ${id} attended the information appointment on ${fmt.date(date)}`,
  },
  decide: {
    description: "record the Jobcenter's decision on suitability (taken with the social workers)",
    optSuitable: 'decided suitable: the person joins the waiting list',
    optUnsuitable: 'decided not suitable',
    optBy: "the Jobcenter's integration officer who decided",
    optDate: 'day of the decision (default: today)',
    exactlyOne: 'pass exactly one of --suitable or --unsuitable',
    suitable: (id: string) =>
      `${id} was decided suitable and is on the waiting list — enrol with 'insat enrol ${id} --area A --start DATE --until DATE --hours-per-week N'`,
    unsuitable: (id: string) => `${id} was decided not suitable`,
    wouldDo: (id: string, suitable: boolean) => `record that ${id} was decided ${suitable ? '' : 'not '}suitable`,
  },
  withdraw: {
    description: 'the person no longer wants a seat (leaves the pipeline and the waiting list)',
    optDate: 'day (default: today)',
    done: (id: string, date: IsoDate) => `${id} left the pipeline on ${fmt.date(date)}`,
    wouldDo: (id: string, date: IsoDate) => `record that ${id} left the pipeline on ${fmt.date(date)}`,
  },
  list: {
    description: 'the pipeline and the waiting list',
    optStatus: 'only one stage',
    optAll: 'include enrolled and withdrawn people',
    /** English keeps the codes (they are the words of the flags). */
    statusWords: {
      new: 'new',
      scheduled: 'scheduled',
      attended: 'attended',
      suitable: 'suitable',
      unsuitable: 'unsuitable',
      enrolled: 'enrolled',
      withdrawn: 'withdrawn',
    },
    referralWords: {
      self: 'self',
      jobcenter: 'jobcenter',
      krisenhilfe: 'krisenhilfe',
      counselling: 'counselling',
      other: 'other',
    },
    columns: {
      id: 'id',
      name: 'name',
      status: 'status',
      referredBy: 'referred by',
      contactDate: 'contact',
      info: 'info appointment',
      decided: 'decided',
      by: 'by',
    },
  },
};

// `insat enrol` and the AGH time cap (src/model/agh-cap.ts), which enrol and extend both keep.
import type { IsoDate } from '../../model/dates.js';
import { fmt } from './format.js';

const CAP_FLAG = '--cap-decision TEXT [--decided DATE]';

export const enrol = {
  description:
    "assign a suitable applicant to a seat (the Jobcenter's Zuweisung); asks for missing values on a terminal",
  optArea: 'work area',
  optStart: 'first day of the assignment (the seat is taken from then)',
  optUntil: 'last day of the assignment',
  optHoursPerWeek: 'weekly hours (within the configured bounds)',
  optJobcenterRef: "the Jobcenter's reference of the assignment",
  optIntegrationOfficer: "the Jobcenter's integration officer",
  optSocialWorker: 'the social worker in charge',
  optCapDecision:
    "the Jobcenter's decision to go beyond 24 months of AGH (up to 36); only when the assignment crosses 24 months",
  optDecided: 'the day of that decision (default: today)',
  exampleAsk: 'on a terminal: pick the applicant and the area from lists',
  askApplicant: 'Applicant',
  suitableSince: (id: string, name: string, date: IsoDate) => `${id}  ${name} (suitable since ${fmt.date(date)})`,
  askArea: 'Work area',
  askStart: 'First day',
  askUntil: 'Last day',
  /** `week`: how the hours fall on the weekdays (src/i18n weekdays). */
  done: (id: string, area: string, start: IsoDate, until: IsoDate, hours: number, week: string) =>
    `enrolled ${id} in ${area} from ${fmt.date(start)} to ${fmt.date(until)}, ${hours} h a week (${week})`,
  wouldDo: (id: string, area: string, start: IsoDate, until: IsoDate, hours: number, week: string) =>
    `enrol ${id} in ${area} from ${fmt.date(start)} to ${fmt.date(until)}, ${hours} h a week (${week})`,

  // the AGH time cap (src/model/agh-cap.ts)
  /** "24 months and 3 days" */
  length: (months: number, days: number) =>
    `${months} month${months === 1 ? '' : 's'}${days ? ` and ${days} day${days === 1 ? '' : 's'}` : ''}`,
  overMax: (id: string, used: string, from: IsoDate, to: IsoDate, max: number, last: IsoDate | null) =>
    `${id} would have ${used} of AGH in the 5 years from ${fmt.date(from)} to ${fmt.date(to)}; at most ${max} months are allowed (the last day within them is ${last ? fmt.date(last) : '–'}) — end the assignment earlier`,
  overBase: (id: string, used: string, from: IsoDate, to: IsoDate, base: number, last: IsoDate | null) =>
    `${id} would have ${used} of AGH in the 5 years from ${fmt.date(from)} to ${fmt.date(to)}, more than ${base} months (the last day within them is ${last ? fmt.date(last) : '–'}) — end earlier, or record the Jobcenter's decision of that frame with ${CAP_FLAG}`,
  nearLimit: (id: string, used: string, limit: number, by: IsoDate, from: IsoDate, weeks: number, extended: boolean) =>
    `${id} will have ${used} of the ${limit} months of AGH by ${fmt.date(by)} (5 years from ${fmt.date(from)}): less than ${weeks} weeks left — ${
      extended ? 'no further extension is possible' : `a longer stay needs the Jobcenter's decision (${CAP_FLAG})`
    }`,
  acrossFrame: (id: string, from: IsoDate, to: IsoDate) =>
    `${id}'s AGH time runs across the end of the 5-year frame ${fmt.date(from)} – ${fmt.date(to)}: the days after it count in a new frame — check the assignment with the Jobcenter`,
  decisionInFuture: (date: IsoDate) =>
    `the Jobcenter's decision cannot be dated in the future (${fmt.date(date)}) — give the day it was taken with --decided`,
  decisionNotNeeded: (id: string, months: number, used: string, from: IsoDate) =>
    `${id} stays within ${months} months of AGH (${used} in the 5 years from ${fmt.date(from)}), so no Jobcenter decision to go beyond them is needed — leave out --cap-decision`,
};

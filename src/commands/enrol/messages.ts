// The texts of enrol's weekday distribution and prompts, in one place for the message catalogue.
import type { PatternProblem } from '../../model/weekday-pattern.js';

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const enrolText = {
  daysAndPattern:
    '--days and --pattern exclude each other — --days spreads the weekly hours evenly, --pattern gives each day its hours',
  patternProblem(flag: '--days' | '--pattern', value: string, p: PatternProblem): string {
    const example =
      flag === '--days' ? 'e.g. --days mo-fr or --days mo,di,do' : 'e.g. --pattern mo=6,di=6,mi=6,do=6,fr=0';
    switch (p.kind) {
      case 'empty':
        return `${flag} '${value}' names no day — ${example}`;
      case 'item':
        return `${flag}: '${p.item}' is not DAY=HOURS — ${example}`;
      case 'day':
        return `${flag}: '${p.item}' is not a weekday — use mo, di, mi, do, fr (or mon … fri, Montag … Freitag)`;
      case 'range':
        return `${flag}: '${p.item}' runs backwards — write the first day first, e.g. mo-fr`;
      case 'twice':
        return `${flag} names ${DAY_NAMES[p.day - 1]} twice — name each day once`;
      case 'weekend':
        return `${flag}: ${DAY_NAMES[p.day - 1]} cannot have planned hours — working days are Monday to Friday`;
      case 'hours':
        return `${flag}: '${p.item}' is not a number of hours — use mo=6, mo=6,5 or mo=6:30`;
      case 'quarter':
        return `${flag}: '${p.item}' is not in quarter-hour steps — round to :00, :15, :30 or :45`;
    }
  },
  promptHours: 'Hours per week',
  promptJobcenterRef: "Jobcenter's reference of the assignment",
  promptIntegrationOfficer: 'Integration officer (Jobcenter)',
  promptSocialWorker: 'Social worker',
  enrolled: (id: string, area: string, start: string, until: string, hours: number, days: string) =>
    `enrolled ${id} in ${area} from ${start} to ${until}, ${hours} h a week (${days})`,
  evenWeek: 'Monday to Friday evenly',
};

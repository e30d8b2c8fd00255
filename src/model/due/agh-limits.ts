// The days a participant reaches 24 and 36 months of AGH in a 5-year frame (§ 16d (6) SGB II),
// counted by agh-cap.ts: the last day whose AGH time still fits the limit. Listed from today on.
import { capDecisionsOf, capFrames, aghRanges, compareToMonths, decisionFor, lastDayWithin } from '../agh-cap.js';
import { lastDay } from '../assignment.js';
import { groupBy } from '../collections.js';
import type { IsoDate } from '../dates.js';
import type { Text } from '../../i18n/text.js';
import type { MainData } from '../types.js';
import { dueItem, upcoming, type DueItem, type DueWindow } from './item.js';
import { nameOf } from './names.js';

export function aghLimitItems(main: MainData, w: DueWindow): DueItem[] {
  const { months: base, extendedMonths: max, countsFrom, frameYears } = main.settings.aghCap;
  const name = nameOf(main);
  const people = new Map(main.people.map((p) => [p.id, p]));
  const out: DueItem[] = [];
  for (const [id, mine] of groupBy(main.assignments, (a) => a.personId)) {
    const p = people.get(id);
    if (!p || p.purged || mine.every((a) => lastDay(a) < w.today)) continue;
    const decisions = capDecisionsOf(mine);
    for (const f of capFrames(aghRanges(p.priorPeriods, mine, countsFrom), frameYears)) {
      if (f.reachesTo < w.today) continue;
      for (const limit of [base, max]) {
        const cmp = compareToMonths(f.used, limit);
        if (cmp < 0) continue;
        const date: IsoDate | null = cmp === 0 ? f.ranges[f.ranges.length - 1]!.to : lastDayWithin(f, limit);
        if (!date || !upcoming(date, w)) continue;
        const decided = decisionFor(f, decisions)?.decided ?? null;
        const detail: Text =
          limit === base ? (m) => m.due.aghBaseLimit(limit, f.from, decided) : (m) => m.due.aghMaxLimit(limit, f.from);
        out.push(dueItem('agh-limit', date, w, [id], name(id), detail));
      }
    }
  }
  return out;
}

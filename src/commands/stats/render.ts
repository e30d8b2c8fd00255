// Renderings of the year statistics: one row per month plus the year (table, csv, csv-de), and a
// plain-text report of the figures the annual application asks for, in the words of the catalogue.
import type { Catalogue } from '../../i18n/text.js';
import { EXIT_REASONS, exitGroupOf } from '../../model/exit-reasons.js';
import { sortedReasons } from '../../model/occupancy.js';
import type { MonthStats, OccupancyFigures, YearStats } from '../../model/stats.js';
import { groupPlacesOfYear, type WorkStats } from '../../model/work-stats.js';
import { ABSENCE_CODES, AREA_LABELS, AREAS, EXIT_GROUPS } from '../../model/types.js';
import type { Cell, Column, Tabular } from '../../reports/tabular.js';

const col = (key: string, header: string, label: string, kind: Column['kind'] = 'int'): Column => ({
  key,
  header,
  label,
  kind,
});

interface RowSource {
  period: string;
  from: string;
  to: string;
  occupancy: OccupancyFigures;
  entries: number;
  exits: number;
  exitsByGroup: MonthStats['exitsByGroup'];
  exitsByReason: Record<string, number>;
  workedMinutes: number;
  workedDays: number;
  allowanceCents: number;
  absenceDays: MonthStats['absenceDays'];
}

function row(src: RowSource, forTerminal: boolean): Record<string, Cell> {
  const r: Record<string, Cell> = {
    period: src.period,
    from: src.from,
    to: src.to,
    workingDays: src.occupancy.workingDays,
    capacitySeatDays: src.occupancy.capacitySeatDays,
    occupiedSeatDays: src.occupancy.occupiedSeatDays,
    rate: src.occupancy.rate,
    averageOccupiedSeats: src.occupancy.averageOccupiedSeats,
    entries: src.entries,
    exits: src.exits,
    workedMinutes: src.workedMinutes,
    workedDays: src.workedDays,
    allowanceCents: src.allowanceCents,
  };
  for (const a of src.occupancy.areas) {
    r[`rate_${a.area}`] = a.rate;
    r[`occupied_${a.area}`] = a.occupiedSeatDays;
    r[`capacity_${a.area}`] = a.capacitySeatDays;
  }
  for (const g of EXIT_GROUPS) r[`group_${g}`] = src.exitsByGroup[g];
  if (!forTerminal)
    for (const reason of Object.keys(EXIT_REASONS)) r[`reason_${reason}`] = src.exitsByReason[reason] ?? 0;
  for (const c of ABSENCE_CODES) r[`absent_${c}`] = src.absenceDays[c];
  return r;
}

/** A code in the run's words (csv-de headers); English keeps the code. */
const word = (words: Readonly<Record<string, string>>, code: string): string => words[code] ?? code;

/** One row per month and one for the year. CSV carries every figure; the terminal table the main ones. */
export function statsTabular(s: YearStats, forTerminal: boolean, m: Catalogue): Tabular {
  const w = m.stats.columns;
  const yearRow: Record<string, Cell> = {
    ...row({ ...s, period: String(s.year) }, forTerminal),
    integrationRate: s.integrationRate,
    integrationRateWithoutRegularEnd: s.integrationRateWithoutRegularEnd,
    averageStayDays: s.lengthOfStay.averageDays,
    medianStayDays: s.lengthOfStay.medianDays,
    approvedSeats: s.approvedSeats,
    participants: s.participants,
  };
  // the terminal names the month in the run's words; csv keeps YYYY-MM
  const period = (month: string) => (forTerminal ? m.fmt.month(month) : month);
  const rows = [...s.months.map((mo) => row({ ...mo, period: period(mo.month) }, forTerminal)), yearRow];
  if (forTerminal) {
    return {
      columns: [
        col('period', 'month', w.month, 'text'),
        col('workingDays', 'working days', w.workingDays),
        col('averageOccupiedSeats', 'Ø seats occupied', w.averageSeatsShort, 'decimal'),
        col('rate', 'occupancy', w.rate, 'ratio'),
        ...AREAS.map((a) => col(`rate_${a}`, AREA_LABELS[a], AREA_LABELS[a], 'ratio')),
        col('entries', 'entries', w.entries),
        col('exits', 'exits', w.exits),
        col('workedMinutes', 'hours', w.hours, 'hours'),
        col('allowanceCents', 'allowance', w.allowance, 'cents'),
        col('absent_unexcused', 'unexcused days', w.unexcusedDays),
      ],
      rows,
    };
  }
  return {
    columns: [
      col('period', 'period', w.period, 'text'),
      col('from', 'from', w.from, 'date'),
      col('to', 'to', w.to, 'date'),
      col('workingDays', 'working days', w.workingDays),
      col('capacitySeatDays', 'capacity seat-days', w.capacitySeatDays),
      col('occupiedSeatDays', 'occupied seat-days', w.occupiedSeatDays),
      col('rate', 'occupancy', w.rate, 'ratio'),
      col('averageOccupiedSeats', 'average seats occupied', w.averageSeats, 'decimal'),
      ...AREAS.flatMap((a) => [
        col(`capacity_${a}`, `capacity seat-days ${a}`, w.capacityOf(word(m.participant.show.areaWords, a))),
        col(`occupied_${a}`, `occupied seat-days ${a}`, w.occupiedOf(word(m.participant.show.areaWords, a))),
        col(`rate_${a}`, `occupancy ${a}`, w.rateOf(word(m.participant.show.areaWords, a)), 'ratio'),
      ]),
      col('entries', 'entries', w.entries),
      col('exits', 'exits', w.exits),
      ...EXIT_GROUPS.map((g) => col(`group_${g}`, `exits ${g}`, w.exitsOf(m.occupancy.exitGroups[g]!))),
      ...Object.keys(EXIT_REASONS).map((r) =>
        col(`reason_${r}`, `exits ${r}`, w.exitsOf(word(m.participant.show.exitReasonWords, r))),
      ),
      col('workedMinutes', 'hours worked', w.hoursWorked, 'hours'),
      col('workedDays', 'days worked', w.daysWorked),
      col('allowanceCents', 'allowance', w.allowance, 'cents'),
      ...ABSENCE_CODES.map((c) =>
        col(`absent_${c}`, `absence days ${c}`, w.absenceDaysOf(word(m.hours.list.absenceWords, c))),
      ),
      col('approvedSeats', 'approved seats', w.approvedSeats),
      col('participants', 'participants', w.participants),
      col('integrationRate', 'integration rate', w.integrationRate, 'ratio'),
      col(
        'integrationRateWithoutRegularEnd',
        'integration rate without regular-end',
        w.integrationRateWithoutRegularEnd,
        'ratio',
      ),
      col('averageStayDays', 'average stay days', w.averageStayDays, 'decimal'),
      col('medianStayDays', 'median stay days', w.medianStayDays, 'decimal'),
    ],
    rows,
  };
}

function areaRates(o: OccupancyFigures, m: Catalogue): string {
  return o.areas
    .map((a) => `${AREA_LABELS[a.area]} ${m.fmt.percent(a.occupiedSeatDays, a.capacitySeatDays)}`)
    .join(', ');
}

const LABEL_WIDTH = 21;
const label = (text: string) => text.padEnd(LABEL_WIDTH);

/** The key figures of the year, one per line. */
export function keyFigureLines(s: YearStats, m: Catalogue): string[] {
  const w = m.stats;
  const l = w.labels;
  const { percent, euro } = m.fmt;
  const lines: string[] = [];
  const o = s.occupancy;
  lines.push(
    `${label(l.seatsApproved)}${s.approvedSeats} (${AREAS.map((a) => `${AREA_LABELS[a]} ${s.approvedSeatsByArea[a]}`).join(', ')})`,
  );
  lines.push(
    `${label(l.averageOccupancy)}${w.averageOccupancy(percent(o.occupiedSeatDays, o.capacitySeatDays), w.oneDecimal(o.averageOccupiedSeats), w.oneDecimal(o.averageSeats), o.workingDays)}`,
  );
  lines.push(`${label('')}${areaRates(o, m)}`);
  lines.push(`${label(l.participants)}${w.participants(s.participants)}`);
  lines.push(
    `${label(l.entries)}${s.entries} (${AREAS.map((a) => `${AREA_LABELS[a]} ${s.entriesByArea[a]}`).join(', ')})`,
  );
  lines.push(`${label(l.exits)}${s.exits}`);
  const reasonWords = m.participant.show.exitReasonWords;
  for (const g of EXIT_GROUPS) {
    const reasons = sortedReasons(s.exitsByReason)
      .filter(([r]) => exitGroupOf(r) === g)
      .map(([r, n]) => `${reasonWords[r] ?? r} ${n}`);
    lines.push(
      `${label(`  ${m.occupancy.exitGroups[g]}`)}${String(s.exitsByGroup[g]).padStart(3)}${reasons.length ? `  (${w.reasons(reasons)})` : ''}`,
    );
  }
  lines.push(
    `${label(l.integrationRate)}${w.integrationRate(percent(s.integrationExits, s.exits), percent(s.integrationExits, s.exitsWithoutRegularEnd), s.integrationExits)}`,
  );
  const stay = s.lengthOfStay;
  lines.push(
    `${label(l.lengthOfStay)}${stay.stays ? w.stay(w.oneDecimal(stay.averageDays), w.oneDecimal(stay.medianDays), stay.stays) : w.nobodyLeft}`,
  );
  lines.push(
    `${label(l.hoursWorked)}${w.hoursWorked(s.workedMinutes, s.workedDays, percent(s.workedDays, s.assignedWorkingDays), s.assignedWorkingDays)}`,
  );
  lines.push(`${label(l.allowancePaid)}${euro(s.allowanceCents)}`);
  const absence = m.hours.list.absenceWords as Readonly<Record<string, string>>;
  lines.push(`${label(l.absenceDays)}${ABSENCE_CODES.map((c) => `${absence[c] ?? c} ${s.absenceDays[c]}`).join(', ')}`);
  lines.push(
    `${label(l.absenceRate)}${w.absenceRate(percent(s.absentDays, s.assignedWorkingDays), percent(s.absenceDays.unexcused, s.assignedWorkingDays))}`,
  );
  return lines;
}

export function statsHeading(s: YearStats, m: Catalogue): string {
  return m.stats.heading(s.year, s.from, s.to, s.complete);
}

/** The plain-text report: key figures, then occupancy by month and area. */
export function renderStatsText(s: YearStats, m: Catalogue): string {
  const lines = [
    statsHeading(s, m),
    '',
    ...keyFigureLines(s, m),
    '',
    `${label(m.stats.labels.occupancyByMonth)}${[m.occupancy.total, ...AREAS.map((a) => AREA_LABELS[a])].map((h) => h.padStart(11)).join('')}`,
  ];
  for (const month of s.months) {
    const name = m.fmt.month(month.month);
    lines.push(
      `  ${name.padEnd(LABEL_WIDTH - 2)}${[month.occupancy, ...month.occupancy.areas].map((o) => m.fmt.percent(o.occupiedSeatDays, o.capacitySeatDays).padStart(11)).join('')}`,
    );
  }
  return lines.join('\n');
}

/** Orders, customers, income and the § 45 group offers of the year. */
export function workLines(w: WorkStats, m: Catalogue): string[] {
  const words = m.stats;
  const l = words.labels;
  const types = Object.entries(w.customersByType).map(([t, n]) => `${t} ${n}`);
  const held = w.groupOffersByMonth.filter((x) => x.offers > 0).map((x) => `${x.month.slice(5)}: ${x.offers}`);
  const places = groupPlacesOfYear(w);
  return [
    `${label(l.orders)}${words.orders(w.orders, AREAS.map((a) => `${AREA_LABELS[a]} ${w.ordersByArea[a]}`).join(', '), w.ordersByStatus.delivered, w.ordersByStatus.cancelled)}`,
    `${label(l.customersByType)}${types.length ? types.join(', ') : words.none}`,
    `${label(l.income)}${m.fmt.euro(w.materialIncomeCents)}`,
    `${label(l.groupOffers)}${w.groupOffers}${held.length ? words.byMonth(held.join(', ')) : ''}`,
    `${label(l.groupAttendance)}${
      w.groupAttendanceRate === null
        ? words.notRecorded
        : words.ofRecordedPlaces(m.fmt.percent(places.present, places.recorded))
    }`,
  ];
}

// Renderings of the year statistics: one row per month plus the year (table, csv, csv-de), and a
// plain-text report of the figures the annual application asks for.
import { formatDateDe } from '../../model/dates.js';
import { EXIT_REASONS, exitGroupOf } from '../../model/exit-reasons.js';
import { formatEuroDe } from '../../model/money.js';
import { sortedReasons } from '../../model/occupancy.js';
import type { MonthStats, OccupancyFigures, YearStats } from '../../model/stats.js';
import type { WorkStats } from '../../model/work-stats.js';
import { ABSENCE_CODES, AREA_LABELS, AREAS, EXIT_GROUPS } from '../../model/types.js';
import { EXIT_GROUP_WORDS } from '../../reports/occupancy-text.js';
import { oneDecimalDe, hoursWithUnitDe, intDe, percentDe } from '../../reports/german.js';
import type { Cell, Column, Tabular } from '../../reports/tabular.js';

const col = (key: string, header: string, kind: Column['kind'] = 'int'): Column => ({ key, header, kind });

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

/** One row per month and one for the year. CSV carries every figure; the terminal table the main ones. */
export function statsTabular(s: YearStats, forTerminal: boolean): Tabular {
  const yearRow: Record<string, Cell> = {
    ...row({ ...s, period: String(s.year) }, forTerminal),
    integrationRate: s.integrationRate,
    integrationRateWithoutRegularEnd: s.integrationRateWithoutRegularEnd,
    averageStayDays: s.lengthOfStay.averageDays,
    medianStayDays: s.lengthOfStay.medianDays,
    approvedSeats: s.approvedSeats,
    participants: s.participants,
  };
  const rows = [...s.months.map((m) => row({ ...m, period: m.month }, forTerminal)), yearRow];
  if (forTerminal) {
    return {
      columns: [
        col('period', 'month', 'text'),
        col('workingDays', 'working days'),
        col('averageOccupiedSeats', 'Ø seats occupied', 'decimal'),
        col('rate', 'occupancy', 'ratio'),
        ...AREAS.map((a) => col(`rate_${a}`, AREA_LABELS[a], 'ratio')),
        col('entries', 'entries'),
        col('exits', 'exits'),
        col('workedMinutes', 'hours', 'hours'),
        col('allowanceCents', 'allowance', 'cents'),
        col('absent_unexcused', 'unexcused days'),
      ],
      rows,
    };
  }
  return {
    columns: [
      col('period', 'period', 'text'),
      col('from', 'from', 'date'),
      col('to', 'to', 'date'),
      col('workingDays', 'working days'),
      col('capacitySeatDays', 'capacity seat-days'),
      col('occupiedSeatDays', 'occupied seat-days'),
      col('rate', 'occupancy', 'ratio'),
      col('averageOccupiedSeats', 'average seats occupied', 'decimal'),
      ...AREAS.flatMap((a) => [
        col(`capacity_${a}`, `capacity seat-days ${a}`),
        col(`occupied_${a}`, `occupied seat-days ${a}`),
        col(`rate_${a}`, `occupancy ${a}`, 'ratio'),
      ]),
      col('entries', 'entries'),
      col('exits', 'exits'),
      ...EXIT_GROUPS.map((g) => col(`group_${g}`, `exits ${g}`)),
      ...Object.keys(EXIT_REASONS).map((r) => col(`reason_${r}`, `exits ${r}`)),
      col('workedMinutes', 'hours worked', 'hours'),
      col('workedDays', 'days worked'),
      col('allowanceCents', 'allowance', 'cents'),
      ...ABSENCE_CODES.map((c) => col(`absent_${c}`, `absence days ${c}`)),
      col('approvedSeats', 'approved seats'),
      col('participants', 'participants'),
      col('integrationRate', 'integration rate', 'ratio'),
      col('integrationRateWithoutRegularEnd', 'integration rate without regular-end', 'ratio'),
      col('averageStayDays', 'average stay days', 'decimal'),
      col('medianStayDays', 'median stay days', 'decimal'),
    ],
    rows,
  };
}

function areaRates(o: OccupancyFigures): string {
  return o.areas.map((a) => `${AREA_LABELS[a.area]} ${percentDe(a.occupiedSeatDays, a.capacitySeatDays)}`).join(', ');
}

/** The key figures of the year, one per line. */
export function keyFigureLines(s: YearStats): string[] {
  const lines: string[] = [];
  const label = (text: string) => text.padEnd(21);
  const o = s.occupancy;
  lines.push(
    `${label('Seats approved')}${s.approvedSeats} (${AREAS.map((a) => `${AREA_LABELS[a]} ${s.approvedSeatsByArea[a]}`).join(', ')})`,
  );
  lines.push(
    `${label('Average occupancy')}${percentDe(o.occupiedSeatDays, o.capacitySeatDays)}: ${oneDecimalDe(o.averageOccupiedSeats)} of ${oneDecimalDe(o.averageSeats)} seats on an average working day (${o.workingDays} working days)`,
  );
  lines.push(`${label('')}${areaRates(o)}`);
  lines.push(`${label('Participants')}${s.participants} with a seat on at least one day`);
  lines.push(
    `${label('Entries')}${s.entries} (${AREAS.map((a) => `${AREA_LABELS[a]} ${s.entriesByArea[a]}`).join(', ')})`,
  );
  lines.push(`${label('Exits')}${s.exits}`);
  for (const g of EXIT_GROUPS) {
    const reasons = sortedReasons(s.exitsByReason)
      .filter(([r]) => exitGroupOf(r) === g)
      .map(([r, n]) => `${r} ${n}`);
    lines.push(
      `${label(`  ${EXIT_GROUP_WORDS[g]}`)}${String(s.exitsByGroup[g]).padStart(3)}${reasons.length ? `  (${reasons.join(', ')})` : ''}`,
    );
  }
  lines.push(
    `${label('Integration rate')}${percentDe(s.integrationExits, s.exits)} of all exits, ${percentDe(s.integrationExits, s.exitsWithoutRegularEnd)} without regular-end (${s.integrationExits} into work or training)`,
  );
  const stay = s.lengthOfStay;
  lines.push(
    `${label('Length of stay')}${stay.stays ? `average ${oneDecimalDe(stay.averageDays)} days, median ${oneDecimalDe(stay.medianDays)} days (${stay.stays} stays ended)` : 'nobody left'}`,
  );
  lines.push(
    `${label('Hours worked')}${hoursWithUnitDe(s.workedMinutes)} on ${intDe(s.workedDays)} days, attendance ${percentDe(s.workedDays, s.assignedWorkingDays)} of ${intDe(s.assignedWorkingDays)} assigned working days`,
  );
  lines.push(`${label('Allowance paid')}${formatEuroDe(s.allowanceCents)}`);
  lines.push(`${label('Absence days')}${ABSENCE_CODES.map((c) => `${c} ${s.absenceDays[c]}`).join(', ')}`);
  lines.push(
    `${label('Absence rate')}${percentDe(s.absentDays, s.assignedWorkingDays)} (sick, certified sick, excused, unexcused ÷ assigned working days); unexcused ${percentDe(s.absenceDays.unexcused, s.assignedWorkingDays)}`,
  );
  return lines;
}

export function statsHeading(s: YearStats): string {
  return `INSAT figures ${s.year} (${formatDateDe(s.from)} – ${formatDateDe(s.to)}${s.complete ? '' : ', year to date'})`;
}

/** The plain-text report: key figures, then occupancy by month and area. */
export function renderStatsText(s: YearStats): string {
  const lines = [
    statsHeading(s),
    '',
    ...keyFigureLines(s),
    '',
    `${'Occupancy by month'.padEnd(21)}${['Total', ...AREAS.map((a) => AREA_LABELS[a])].map((h) => h.padStart(11)).join('')}`,
  ];
  for (const m of s.months) {
    lines.push(
      `  ${m.month}${' '.repeat(21 - 2 - m.month.length)}${[m.occupancy, ...m.occupancy.areas].map((o) => percentDe(o.occupiedSeatDays, o.capacitySeatDays).padStart(11)).join('')}`,
    );
  }
  return lines.join('\n');
}

/** Orders, customers, income and the § 45 group offers of the year. */
export function workLines(w: WorkStats): string[] {
  const label = (text: string) => text.padEnd(21);
  const types = Object.entries(w.customersByType).map(([t, n]) => `${t} ${n}`);
  const held = w.groupOffersByMonth.filter((m) => m.offers > 0).map((m) => `${m.month.slice(5)}: ${m.offers}`);
  return [
    `${label('Orders')}${w.orders} (${AREAS.map((a) => `${AREA_LABELS[a]} ${w.ordersByArea[a]}`).join(', ')}); ${w.ordersByStatus.delivered} delivered, ${w.ordersByStatus.cancelled} cancelled`,
    `${label('Customers by type')}${types.length ? types.join(', ') : 'none'}`,
    `${label('Income (material)')}${formatEuroDe(w.materialIncomeCents)}`,
    `${label('Group offers')}${w.groupOffers}${held.length ? ` (by month ${held.join(', ')})` : ''}`,
    `${label('Group attendance')}${
      w.groupAttendanceRate === null
        ? 'not recorded'
        : `${percentDe(
            w.groupOffersByMonth.reduce((n, m) => n + m.present, 0),
            w.groupOffersByMonth.reduce((n, m) => n + m.recorded, 0),
          )} of the recorded places`
    }`,
  ];
}

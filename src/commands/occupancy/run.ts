import type { Ctx } from '../../cli/context.js';
import { emit, formatOf, type Format, type OutputTarget } from '../../cli/output.js';
import { openStore } from '../../cli/store-access.js';
import { occupancySummary, type OccupancySummary } from '../../model/occupancy.js';
import { AREA_LABELS, EXIT_GROUPS } from '../../model/types.js';
import { movementLines, periodHeading, renderOccupancyText, type Painter } from '../../reports/occupancy-text.js';
import type { Column, Tabular } from '../../reports/tabular.js';
import { periodOf, type PeriodOptions } from '../../cli/period.js';
import type { Catalogue } from '../../i18n/text.js';
import { OCCUPANCY_FORMATS } from './formats.js';

export { OCCUPANCY_FORMATS };

export async function runOccupancy(
  ctx: Ctx,
  opts: PeriodOptions & { format?: string },
  defaultFormat: Format = 'text',
  target: OutputTarget = {},
): Promise<void> {
  const format = formatOf(ctx, opts.format ?? defaultFormat, OCCUPANCY_FORMATS);
  const period = periodOf(opts, ctx.today);
  // Only assignments that reach into the period count: the main file alone holds them from its `archive.before` on.
  const store = await openStore(ctx, { from: period.from });
  // Only the booking years the period touches are read: a week costs the same on a long history.
  const summary = occupancySummary(store.main, await store.bookingsBetween(period.from, period.to), period);
  const label = period.named ? period.label : null;
  const paint = ctx.color && target.out === undefined ? await painter() : undefined;
  await emit(
    ctx,
    format,
    {
      json: () => occupancyJson(summary, period.label),
      tabular: () => occupancyTabular(summary, format === 'table', ctx.m),
      text:
        format === 'text'
          ? () => renderOccupancyText(summary, { label, today: ctx.today, paint }, ctx.m)
          : () => [periodHeading(summary, label, ctx.m), ...movementLines(summary, ctx.m)].join('\n'),
    },
    target,
  );
}

async function painter(): Promise<Painter> {
  const { default: chalk } = await import('chalk');
  return (style, text) => chalk[style](text);
}

/** The JSON document of CLI.md (`occupancy --json`), plus the further figures. */
export function occupancyJson(s: OccupancySummary, period: string) {
  return {
    period,
    from: s.from,
    to: s.to,
    workingDays: s.workingDays,
    capacity: s.capacity,
    occupiedSeatDays: s.occupiedSeatDays,
    capacitySeatDays: s.capacitySeatDays,
    rate: s.rate,
    entries: s.entries,
    exits: s.exits,
    freeAtEnd: s.freeAtEnd,
    waitlist: s.waitlist,
    hoursMinutes: s.hoursMinutes,
    occupiedAtEnd: s.occupiedAtEnd,
    exitsByGroup: s.exitsByGroup,
    exitsByReason: s.exitsByReason,
    freeingIn4Weeks: s.freeingIn4Weeks,
    awaitingInfoAppointment: s.awaitingInfoAppointment,
    workedDays: s.workedDays,
    assignedWorkingDays: s.assignedWorkingDays,
    attendanceRate: s.attendanceRate,
    areas: s.areas.map((a) => ({
      area: a.area,
      capacity: a.capacity,
      occupiedSeatDays: a.occupiedSeatDays,
      capacitySeatDays: a.capacitySeatDays,
      rate: a.rate,
      freeAtEnd: a.freeAtEnd,
      entries: a.entries,
      exits: a.exits,
      exitsByGroup: a.exitsByGroup,
      freeingIn4Weeks: a.freeingIn4Weeks,
      hoursMinutes: a.hoursMinutes,
      workedDays: a.workedDays,
      assignedWorkingDays: a.assignedWorkingDays,
      attendanceRate: a.attendanceRate,
    })),
  };
}

/**
 * One row per area and one for the total. The terminal table shows area names and fewer columns;
 * CSV carries the period, the area codes and every figure.
 */
export function occupancyTabular(s: OccupancySummary, forTerminal: boolean, m: Catalogue): Tabular {
  const w = m.occupancy.columns;
  const col = (key: string, header: string, label: string, kind: Column['kind'] = 'int'): Column => ({
    key,
    header,
    label,
    kind,
  });
  const exitCols = EXIT_GROUPS.map((g) => col(`exits_${g}`, `exits ${g}`, w.exitGroup(m.occupancy.exitGroups[g]!)));
  const columns: Column[] = forTerminal
    ? [
        col('area', 'area', w.area, 'text'),
        col('capacity', 'seats', w.seats),
        col('occupiedSeatDays', 'occupied seat-days', w.occupiedSeatDays),
        col('capacitySeatDays', 'capacity seat-days', w.capacitySeatDays),
        col('rate', 'occupancy', w.rate, 'ratio'),
        col('freeAtEnd', 'free at end', w.freeAtEnd),
        col('entries', 'entries', w.entries),
        col('exits', 'exits', w.exits),
        col('freeingIn4Weeks', 'freeing ≤4 wk', w.freeingShort),
        col('hoursMinutes', 'hours', w.hours, 'hours'),
        col('attendanceRate', 'attendance', w.attendance, 'ratio'),
      ]
    : [
        col('from', 'from', w.from, 'date'),
        col('to', 'to', w.to, 'date'),
        { ...col('area', 'area', w.area, 'text'), words: m.occupancy.areaWords },
        col('workingDays', 'working days', w.workingDays),
        col('capacity', 'seats', w.seats),
        col('occupiedSeatDays', 'occupied seat-days', w.occupiedSeatDays),
        col('capacitySeatDays', 'capacity seat-days', w.capacitySeatDays),
        col('rate', 'occupancy', w.rate, 'ratio'),
        col('freeAtEnd', 'free at end', w.freeAtEnd),
        col('entries', 'entries', w.entries),
        col('exits', 'exits', w.exits),
        ...exitCols,
        col('freeingIn4Weeks', 'freeing in 4 weeks', w.freeingIn4Weeks),
        col('hoursMinutes', 'hours', w.hours, 'hours'),
        col('workedDays', 'worked days', w.workedDays),
        col('assignedWorkingDays', 'assigned working days', w.assignedWorkingDays),
        col('attendanceRate', 'attendance', w.attendance, 'ratio'),
        col('waitlist', 'waiting list', w.waitlist),
        col('awaitingInfoAppointment', 'awaiting info appointment', w.awaitingInfoAppointment),
      ];
  const common = { from: s.from, to: s.to, workingDays: s.workingDays };
  const groups = (byGroup: OccupancySummary['exitsByGroup']) =>
    Object.fromEntries(EXIT_GROUPS.map((g) => [`exits_${g}`, byGroup[g]]));
  const rows = [
    ...s.areas.map((a) => ({
      ...common,
      ...groups(a.exitsByGroup),
      area: forTerminal ? AREA_LABELS[a.area] : a.area,
      capacity: a.capacity,
      occupiedSeatDays: a.occupiedSeatDays,
      capacitySeatDays: a.capacitySeatDays,
      rate: a.rate,
      freeAtEnd: a.freeAtEnd,
      entries: a.entries,
      exits: a.exits,
      freeingIn4Weeks: a.freeingIn4Weeks,
      hoursMinutes: a.hoursMinutes,
      workedDays: a.workedDays,
      assignedWorkingDays: a.assignedWorkingDays,
      attendanceRate: a.attendanceRate,
      waitlist: null,
      awaitingInfoAppointment: null,
    })),
    {
      ...common,
      ...groups(s.exitsByGroup),
      area: forTerminal ? m.occupancy.total : 'total',
      capacity: s.capacity,
      occupiedSeatDays: s.occupiedSeatDays,
      capacitySeatDays: s.capacitySeatDays,
      rate: s.rate,
      freeAtEnd: s.freeAtEnd,
      entries: s.entries,
      exits: s.exits,
      freeingIn4Weeks: s.freeingIn4Weeks,
      hoursMinutes: s.hoursMinutes,
      workedDays: s.workedDays,
      assignedWorkingDays: s.assignedWorkingDays,
      attendanceRate: s.attendanceRate,
      waitlist: s.waitlist,
      awaitingInfoAppointment: s.awaitingInfoAppointment,
    },
  ];
  return { columns, rows };
}

// The occupancy summary as a short plain-text report, fit for a mail body sent by cron: one line
// per area with a small bar, then the movements, the waiting list and the hours. No names, no
// colour unless the caller passes a painter (only when writing to a terminal).
import { formatDateDe } from '../model/dates.js';
import { hoursWithUnitDe, percentDe } from './german.js';
import type { OccupancySummary } from '../model/occupancy.js';
import { AREA_LABELS, EXIT_GROUPS, type ExitGroup } from '../model/types.js';

export type Style = 'bold' | 'green' | 'yellow' | 'red' | 'dim';
export type Painter = (style: Style, text: string) => string;

export interface OccupancyTextOptions {
  /** How the period was asked for: "2026-W47", "2026-11" or "16.11.2026 – 22.11.2026". */
  label: string;
  /** Days after this one are planned, not yet happened (the period reaches into the future). */
  today?: string;
  paint?: Painter;
  barWidth?: number;
}

export const EXIT_GROUP_WORDS: Record<ExitGroup, string> = {
  regular: 'regular end',
  integration: 'work or training',
  'further-support': 'further support',
  other: 'other',
};

/** [########------------] — ASCII, so that any mail reader shows it. */
export function bar(rate: number, width = 20): string {
  const filled = Math.max(0, Math.min(width, Math.round(rate * width)));
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export function rateStyle(rate: number): Style {
  return rate >= 0.9 ? 'green' : rate >= 0.75 ? 'yellow' : 'red';
}

/** "2 (work or training 1, regular end 1)" — groups with no exits left out. */
export function exitGroupsText(total: number, byGroup: Record<ExitGroup, number>): string {
  const parts = EXIT_GROUPS.filter((g) => byGroup[g] > 0).map((g) => `${EXIT_GROUP_WORDS[g]} ${byGroup[g]}`);
  return parts.length ? `${total} (${parts.join(', ')})` : String(total);
}

/** "INSAT occupancy 2026-W47 (16.11.2026 – 22.11.2026), 5 working days" */
export function periodHeading(s: OccupancySummary, label: string): string {
  const range = `${formatDateDe(s.from)} – ${formatDateDe(s.to)}`;
  const head = label === range ? range : `${label} (${range})`;
  return `INSAT occupancy ${head}, ${s.workingDays} working day${s.workingDays === 1 ? '' : 's'}`;
}

export function renderOccupancyText(s: OccupancySummary, opts: OccupancyTextOptions): string {
  const paint: Painter = opts.paint ?? ((_style, text) => text);
  const width = opts.barWidth ?? 20;
  const lines = [paint('bold', periodHeading(s, opts.label)), ''];

  const rows = [
    ...s.areas.map((a) => ({
      name: AREA_LABELS[a.area],
      rate: a.rate,
      occ: a.occupiedSeatDays,
      cap: a.capacitySeatDays,
      seats: a.capacity,
      free: a.freeAtEnd,
    })),
    {
      name: 'Total',
      rate: s.rate,
      occ: s.occupiedSeatDays,
      cap: s.capacitySeatDays,
      seats: s.capacity,
      free: s.freeAtEnd,
    },
  ];
  const capWidth = Math.max(...rows.map((r) => String(r.cap).length));
  for (const r of rows) {
    const seatDays = `${String(r.occ).padStart(capWidth)} of ${String(r.cap).padStart(capWidth)} seat-days`;
    const line = `${r.name.padEnd(11)}${paint(rateStyle(r.rate), bar(r.rate, width))} ${percentDe(r.occ, r.cap).padStart(7)}  ${seatDays}  ${String(r.free).padStart(2)} of ${String(r.seats).padStart(2)} seats free at the end`;
    lines.push(r.name === 'Total' ? paint('bold', line) : line);
  }
  lines.push('', ...movementLines(s));
  if (opts.today && s.to >= opts.today) {
    lines.push(
      '',
      paint(
        'dim',
        `The period is not over (today is ${formatDateDe(opts.today)}): seats from today on are counted as planned.`,
      ),
    );
  }
  return lines.join('\n');
}

/** Entries, exits, seats freeing up, the waiting list and the hours: the lines under the bars. */
export function movementLines(s: OccupancySummary): string[] {
  const lines: string[] = [];
  const entriesByArea = s.areas.filter((a) => a.entries > 0).map((a) => `${AREA_LABELS[a.area]} ${a.entries}`);
  lines.push(`Entries        ${s.entries}${entriesByArea.length ? ` (${entriesByArea.join(', ')})` : ''}`);
  lines.push(`Exits          ${exitGroupsText(s.exits, s.exitsByGroup)}`);
  lines.push(
    `Freeing up     ${s.freeingIn4Weeks} seat${s.freeingIn4Weeks === 1 ? '' : 's'} in the 4 weeks after ${formatDateDe(s.to)}`,
  );
  lines.push(
    `Waiting list   ${s.waitlist} decided suitable, ${s.awaitingInfoAppointment} awaiting an information appointment`,
  );
  lines.push(
    `Hours worked   ${hoursWithUnitDe(s.hoursMinutes)}, attendance ${percentDe(s.workedDays, s.assignedWorkingDays)} (${s.workedDays} of ${s.assignedWorkingDays} assigned working days worked)`,
  );
  return lines;
}

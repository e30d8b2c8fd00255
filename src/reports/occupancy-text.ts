// The occupancy summary as a short plain-text report, fit for a mail body sent by cron: one line
// per area with a small bar, then the movements, the waiting list and the hours. No names, no
// colour unless the caller passes a painter (only when writing to a terminal). The words come from
// the catalogue the caller passes (German for the office's weekly mail), so the renderer holds no state.
import type { Catalogue } from '../i18n/text.js';
import type { OccupancySummary } from '../model/occupancy.js';
import { AREA_LABELS, EXIT_GROUPS, type ExitGroup } from '../model/types.js';

export type Style = 'bold' | 'green' | 'yellow' | 'red' | 'dim';
export type Painter = (style: Style, text: string) => string;

export interface OccupancyTextOptions {
  /** The period's name ("2026-W47", "2026-11"), or null when it is given by its dates only. */
  label: string | null;
  /** Days after this one are planned, not yet happened (the period reaches into the future). */
  today?: string;
  paint?: Painter;
  barWidth?: number;
}

/** The width of the labels of the lines under the bars. */
const LABEL_WIDTH = 15;

/** [########------------] — ASCII, so that any mail reader shows it. */
export function bar(rate: number, width = 20): string {
  const filled = Math.max(0, Math.min(width, Math.round(rate * width)));
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export function rateStyle(rate: number): Style {
  return rate >= 0.9 ? 'green' : rate >= 0.75 ? 'yellow' : 'red';
}

/** "2 (work or training 1, regular end 1)" — groups with no exits left out. */
export function exitGroupsText(total: number, byGroup: Record<ExitGroup, number>, m: Catalogue): string {
  const parts = EXIT_GROUPS.filter((g) => byGroup[g] > 0).map((g) => `${m.occupancy.exitGroups[g]} ${byGroup[g]}`);
  return parts.length ? `${total} (${parts.join(', ')})` : String(total);
}

/** "INSAT occupancy 2026-W47 (2026-11-16 – 2026-11-22), 5 working days" */
export function periodHeading(s: OccupancySummary, label: string | null, m: Catalogue): string {
  return m.occupancy.heading(label, s.from, s.to, s.workingDays);
}

export function renderOccupancyText(s: OccupancySummary, opts: OccupancyTextOptions, m: Catalogue): string {
  const words = m.occupancy;
  const paint: Painter = opts.paint ?? ((_style, text) => text);
  const width = opts.barWidth ?? 20;
  const lines = [paint('bold', periodHeading(s, opts.label, m)), ''];

  const rows = [
    ...s.areas.map((a) => ({
      name: AREA_LABELS[a.area],
      rate: a.rate,
      occ: a.occupiedSeatDays,
      cap: a.capacitySeatDays,
      seats: a.capacity,
      free: a.freeAtEnd,
      total: false,
    })),
    {
      name: words.total,
      rate: s.rate,
      occ: s.occupiedSeatDays,
      cap: s.capacitySeatDays,
      seats: s.capacity,
      free: s.freeAtEnd,
      total: true,
    },
  ];
  const capWidth = Math.max(...rows.map((r) => String(r.cap).length));
  for (const r of rows) {
    const seatDays = words.seatDays(String(r.occ).padStart(capWidth), String(r.cap).padStart(capWidth));
    const free = words.freeAtEnd(String(r.free).padStart(2), String(r.seats).padStart(2));
    const line = `${r.name.padEnd(11)}${paint(rateStyle(r.rate), bar(r.rate, width))} ${m.fmt.percent(r.occ, r.cap).padStart(7)}  ${seatDays}  ${free}`;
    lines.push(r.total ? paint('bold', line) : line);
  }
  lines.push('', ...movementLines(s, m));
  if (opts.today && s.to >= opts.today) lines.push('', paint('dim', words.notOver(opts.today)));
  return lines.join('\n');
}

/** Entries, exits, seats freeing up, the waiting list and the hours: the lines under the bars. */
export function movementLines(s: OccupancySummary, m: Catalogue): string[] {
  const words = m.occupancy;
  const line = (label: string, text: string) => `${label.padEnd(LABEL_WIDTH - 1)} ${text}`;
  const entriesByArea = s.areas.filter((a) => a.entries > 0).map((a) => `${AREA_LABELS[a.area]} ${a.entries}`);
  return [
    line(words.entries, `${s.entries}${entriesByArea.length ? ` (${entriesByArea.join(', ')})` : ''}`),
    line(words.exits, exitGroupsText(s.exits, s.exitsByGroup, m)),
    line(words.freeingUp, words.freeing(s.freeingIn4Weeks, s.to)),
    line(words.waitingList, words.waiting(s.waitlist, s.awaitingInfoAppointment)),
    line(words.hoursWorked, words.worked(s.hoursMinutes, s.workedDays, s.assignedWorkingDays)),
  ];
}

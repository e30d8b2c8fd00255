// Weekly hours as typed: a whole number of hours; a refusal names the programme's configured range.
import { UsageError } from '../errors.js';
import type { Ctx } from './context.js';
import { clip } from './parse.js';
import { openStore } from './store-access.js';

/** A whole number of weekly hours (1–60 reach the programme's rules, which check the configured range). */
export async function weeklyHoursArg(ctx: Ctx, value: string, flag: string): Promise<number> {
  if (/^\d+$/.test(value.trim()) && Number(value) >= 1 && Number(value) <= 60) return Number(value);
  const { min, max } = (await openStore(ctx)).main.settings.weeklyHours;
  throw new UsageError((m) => m.input.notWeeklyHours(flag, clip(value), min, max));
}

// Asking for missing values on a terminal. Without one (or with CI set), a missing value is a usage
// error that names every missing flag — a cron job or script never hangs.
import { UsageError } from '../errors.js';
import { parseDate } from '../model/dates.js';
import type { Ctx } from './context.js';

/** `default` is offered as the answer (Enter keeps it): an edit shows the current values this way. */
export type Question =
  | {
      flag: string;
      message: string;
      kind: 'text';
      validate?: (v: string) => string | true;
      default?: string;
      /** An empty answer is allowed (an optional field). */
      optional?: boolean;
    }
  | { flag: string; message: string; kind: 'date'; default?: string }
  | { flag: string; message: string; kind: 'number'; min: number; max: number; default?: string }
  | { flag: string; message: string; kind: 'select'; choices: { value: string; name: string }[]; default?: string };

/** Returns an answer for every question, asking on a terminal; or throws naming every missing flag. */
export async function askMissing(ctx: Ctx, questions: Question[]): Promise<Record<string, string>> {
  if (questions.length === 0) return {};
  if (!ctx.interactive) {
    const flags = questions.map((q) => q.flag);
    throw new UsageError((m) => m.people.missing(flags));
  }
  const { input, select } = await import('@inquirer/prompts');
  const words = ctx.m.people;
  const answers: Record<string, string> = {};
  for (const q of questions) {
    if (q.kind === 'select') {
      const flag = q.flag;
      if (q.choices.length === 0) throw new UsageError((m) => m.people.nothingToChoose(flag));
      answers[q.flag] = await select({ message: q.message, choices: q.choices, pageSize: 12, default: q.default });
    } else if (q.kind === 'date') {
      answers[q.flag] = await input({
        message: `${q.message} ${words.dateForms}`,
        ...(q.default !== undefined ? { default: q.default } : {}),
        validate: (v) => (parseDate(v, ctx.today) ? true : words.notADate),
      });
    } else if (q.kind === 'number') {
      answers[q.flag] = await input({
        message: `${q.message} (${q.min}–${q.max})`,
        default: q.default,
        validate: (v) =>
          /^\d+$/.test(v.trim()) && Number(v) >= q.min && Number(v) <= q.max ? true : words.wholeNumber(q.min, q.max),
      });
    } else {
      answers[q.flag] = await input({
        message: q.optional && q.default === undefined ? `${q.message} ${words.enterForNone}` : q.message,
        default: q.default,
        validate: (v) => (v.trim() ? (q.validate ? q.validate(v) : true) : q.optional ? true : words.notEmpty),
      });
    }
  }
  return answers;
}

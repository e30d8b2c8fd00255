import type { Command } from 'commander';
import { contextOf } from '../../cli/context.js';
import { examples } from '../../cli/help.js';
import { formatOption } from '../../cli/output.js';
import { m } from '../../i18n/active.js';

export function registerCaseload(program: Command): void {
  const { caseload } = m();
  const cmd = program
    .command('caseload')
    .description(caseload.description)
    .option('--date <date>', caseload.optDate)
    .addOption(formatOption())
    .action(async (opts: { date?: string; format?: string }, c: Command) =>
      (await import('./run.js')).runCaseload(contextOf(c), opts),
    );
  examples(cmd, [
    'insat caseload',
    'insat caseload --date 2027-01-04 --format csv-de > betreuung.csv',
    'insat config set caseloadTarget 16',
  ]);
}

import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../../cli/context.js';
import { emptyStore } from '../../store/defaults.js';
import { MAIN_FILE } from '../../store/paths.js';
import { createStore } from '../../store/store.js';
import { replace } from '../../cli/store-access.js';
import { withLock } from '../../store/lock.js';
import { pseudonymKey } from '../../store/pseudonym-key.js';
import { ensureDir } from '../../store/json-file.js';
import { StoreError } from '../../errors.js';
import { doneLine } from '../../cli/output.js';

export async function runInit(ctx: Ctx, opts: { demo?: boolean; force?: boolean; dryRun?: boolean }): Promise<void> {
  const exists = existsSync(join(ctx.dataDir, MAIN_FILE));
  if (exists && !opts.force) {
    throw new StoreError(
      `a store already exists in ${ctx.dataDir} — pass --force to replace it (a backup is made first), or choose another --data directory`,
    );
  }
  const { main, bookings } = opts.demo
    ? (await import('../../demo/generate.js')).demoProgramme(ctx.today)
    : { main: emptyStore(), bookings: [] };
  const what = opts.demo
    ? `the demo programme (${main.people.length} people, ${bookings.length} bookings)`
    : 'the programme defaults';
  if (opts.dryRun) {
    if (ctx.json)
      ctx.out(
        JSON.stringify({
          dryRun: true,
          dataDir: ctx.dataDir,
          demo: Boolean(opts.demo),
          people: main.people.length,
          bookings: bookings.length,
          replaces: exists,
        }),
      );
    else
      doneLine(
        ctx,
        true,
        `create the store in ${ctx.dataDir} with ${what}${exists ? ' (the existing store would be backed up and replaced)' : ''}`,
      );
    return;
  }
  ensureDir(ctx.dataDir);
  chmodSync(ctx.dataDir, 0o700); // also when the directory existed before: the store holds health data
  let backup: string | null = null;
  if (exists) {
    // Replacing a store: one step with a history entry, like every other write (the old files are kept as a backup).
    const saveAs = `before-init-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    const summary = `init --force${opts.demo ? ' --demo' : ''}: replaced the store by ${what} (the old files are kept in backups/${saveAs})`;
    const { saved } = await replace(ctx, summary, false, main, bookings, saveAs);
    backup = saved;
    pseudonymKey(ctx.dataDir); // kept by init --force: a restored backup of the old store keeps its pseudonyms
  } else {
    await withLock(ctx.dataDir, async () => {
      createStore(ctx.dataDir, main, bookings, false);
      pseudonymKey(ctx.dataDir);
    });
  }
  if (ctx.json)
    ctx.out(
      JSON.stringify({
        dataDir: ctx.dataDir,
        demo: Boolean(opts.demo),
        people: main.people.length,
        bookings: bookings.length,
        backup,
      }),
    );
  else ctx.out(`created the store in ${ctx.dataDir} with ${what}${backup ? `; the old store is in ${backup}` : ''}`);
}

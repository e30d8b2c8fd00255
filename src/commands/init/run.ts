import { chmodSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Ctx } from '../../cli/context.js';
import { hasDataFiles } from '../../store/backup.js';
import { emptyStore } from '../../store/defaults.js';
import { MAIN_FILE } from '../../store/paths.js';
import { createStore } from '../../store/transaction.js';
import { replace } from '../../cli/store-access.js';
import { withLock } from '../../store/lock.js';
import { pseudonymKey } from '../../store/pseudonym-key.js';
import { ensureDir } from '../../store/json-file.js';
import { StoreError, UsageError } from '../../errors.js';
import { reply } from '../../cli/output.js';

export async function runInit(ctx: Ctx, opts: { demo?: boolean; force?: boolean; dryRun?: boolean }): Promise<void> {
  const exists = existsSync(join(ctx.dataDir, MAIN_FILE));
  // A healthy store is not "a store that cannot be read" (exit 6): what is missing is --force (exit 2),
  // as for an --out file that exists.
  if (exists && !opts.force) {
    throw new UsageError((m) => m.init.exists(ctx.dataDir));
  }
  // Bookings or archive.json without insat.json: what is left of a store, not an empty folder.
  const leftovers = !exists && hasDataFiles(ctx.dataDir);
  if (leftovers && !opts.force) throw new StoreError((m) => m.init.leftovers(ctx.dataDir));
  const { main, bookings } = opts.demo
    ? (await import('../../demo/generate.js')).demoProgramme(ctx.today)
    : { main: emptyStore(), bookings: [] };
  const words = ctx.m.init;
  const what = opts.demo ? words.demo(main.people.length, bookings.length) : words.defaults;
  if (opts.dryRun) {
    reply(ctx, {
      json: {
        dryRun: true,
        dataDir: ctx.dataDir,
        demo: Boolean(opts.demo),
        people: main.people.length,
        bookings: bookings.length,
        replaces: exists || leftovers,
      },
      done: words.wouldCreate(ctx.dataDir, what, exists || leftovers),
      dryRun: true,
    });
    return;
  }
  ensureDir(ctx.dataDir);
  chmodSync(ctx.dataDir, 0o700); // also when the directory existed before: the store holds health data
  let backup: string | null = null;
  if (exists || leftovers) {
    // Replacing a store: one step with a history entry, like every other write (the old files are kept as a backup).
    const saveAs = `before-init-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    const summary = words.replaced(Boolean(opts.demo), what, saveAs);
    const { saved } = await replace(ctx, summary, false, main, bookings, saveAs);
    backup = saved;
    pseudonymKey(ctx.dataDir); // kept by init --force: a restored backup of the old store keeps its pseudonyms
  } else {
    await withLock(ctx.dataDir, async () => {
      createStore(ctx.dataDir, main, bookings, false, ctx.today);
      pseudonymKey(ctx.dataDir);
    });
  }
  reply(ctx, {
    json: {
      dataDir: ctx.dataDir,
      demo: Boolean(opts.demo),
      people: main.people.length,
      bookings: bookings.length,
      backup,
    },
    done: words.created(ctx.dataDir, what, backup),
    dryRun: false,
  });
}

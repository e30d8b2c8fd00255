import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** `--data` > `INSAT_DATA` > `$XDG_DATA_HOME/insat` > `~/.local/share/insat` (CLI.md). */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env.INSAT_DATA) return resolve(env.INSAT_DATA);
  const xdg = env.XDG_DATA_HOME || join(homedir(), '.local', 'share');
  return join(xdg, 'insat');
}

export const MAIN_FILE = 'insat.json';
export const BOOKINGS_DIR = 'bookings';
export const HISTORY_FILE = 'history.jsonl';
export const BACKUPS_DIR = 'backups';
export const LOCK_FILE = 'insat.lock';

export function bookingsFile(year: number): string {
  return join(BOOKINGS_DIR, `${year}.json`);
}

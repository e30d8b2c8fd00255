// insat on a real terminal: a tmux session runs it and a "user" types with send-keys. The screen is
// read again whenever the program has written something (tmux pipe-pane copies the pane's output to a
// file that is watched), not on a timer.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, watch, writeFileSync, type FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN } from './cli.js';

export function tmux(...args: string[]): string {
  const r = spawnSync('tmux', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

export const hasTmux = (): boolean => spawnSync('tmux', ['-V']).status === 0;

export function screen(session: string): string {
  return tmux('capture-pane', '-p', '-t', session);
}

interface Watched {
  watcher: FSWatcher;
  /** Called at the next output of the session's program. */
  waiting: Set<() => void>;
}

const sessions = new Map<string, Watched>();
let started = 0;

/** Resolves at the next output of the session's program, or after `ms` at the latest. */
function nextOutput(session: string, ms: number): Promise<void> {
  const w = sessions.get(session);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      w?.waiting.delete(done);
      resolve();
    };
    // the latest: in case the screen is redrawn a moment after the output was copied
    const timer = setTimeout(done, ms);
    w?.waiting.add(done);
  });
}

export async function waitFor(session: string, text: string | RegExp, timeoutMs = 15_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = screen(session);
    if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${String(text)}; screen:\n${s}`);
    await nextOutput(session, Math.min(100, Math.max(1, end - Date.now())));
  }
}

/**
 * Starts `insat ARGS` in a new tmux session (160×40 unless told otherwise) with today fixed; the
 * screen ends with EXIT=<code>.
 */
export function startInsat(dir: string, args: string, today: string, size = { width: 160, height: 40 }): string {
  const session = `insat-term-${process.pid}-${started++}`;
  const output = join(mkdtempSync(join(tmpdir(), 'insat-term-')), 'output');
  writeFileSync(output, '');
  const waiting = new Set<() => void>();
  const watcher = watch(output, () => {
    for (const done of [...waiting]) done();
  });
  sessions.set(session, { watcher, waiting });
  const cmd = `env -u CI INSAT_LANG=en INSAT_TODAY=${today} INSAT_DATA=${dir} ${process.execPath} ${BIN} ${args}; echo "EXIT=$?"; sleep 30`;
  tmux('new-session', '-d', '-s', session, '-x', String(size.width), '-y', String(size.height), cmd);
  tmux('pipe-pane', '-t', session, `cat >> ${output}`);
  return session;
}

export const keys = (session: string, ...k: string[]) => tmux('send-keys', '-t', session, ...k);

/** Types a line and presses Enter. */
export function typeLine(session: string, text: string): void {
  if (text) keys(session, '-l', text);
  keys(session, 'Enter');
}

export function killSessions(): void {
  for (const [s, w] of sessions) {
    w.watcher.close();
    spawnSync('tmux', ['kill-session', '-t', s]);
  }
  sessions.clear();
}

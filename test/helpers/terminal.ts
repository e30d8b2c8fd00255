// insat on a real terminal: a tmux session runs it and a "user" types with send-keys.
import { spawnSync } from 'node:child_process';
import { BIN } from './cli.js';

export function tmux(...args: string[]): string {
  const r = spawnSync('tmux', args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tmux ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

export function screen(session: string): string {
  return tmux('capture-pane', '-p', '-t', session);
}

export async function waitFor(session: string, text: string | RegExp, timeoutMs = 15_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const s = screen(session);
    if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
    if (Date.now() > end) throw new Error(`timed out waiting for ${String(text)}; screen:\n${s}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const sessions: string[] = [];

/** Starts `insat ARGS` in a new tmux session (160×40) with today fixed; the screen ends with EXIT=<code>. */
export function startInsat(dir: string, args: string, today: string): string {
  const session = `insat-term-${process.pid}-${sessions.length}`;
  sessions.push(session);
  const cmd = `env -u CI INSAT_LANG=en INSAT_TODAY=${today} INSAT_DATA=${dir} ${process.execPath} ${BIN} ${args}; echo "EXIT=$?"; sleep 30`;
  tmux('new-session', '-d', '-s', session, '-x', '160', '-y', '40', cmd);
  return session;
}

export const keys = (session: string, ...k: string[]) => tmux('send-keys', '-t', session, ...k);

/** Types a line and presses Enter. */
export function typeLine(session: string, text: string): void {
  if (text) keys(session, '-l', text);
  keys(session, 'Enter');
}

export function killSessions(): void {
  for (const s of sessions.splice(0)) spawnSync('tmux', ['kill-session', '-t', s]);
}

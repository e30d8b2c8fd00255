// One real insat process that runs many commands, one after the other, each answered with its exit
// code, output and start and end time. For the tests where several processes must contend for the
// store (its lock, its files) but a Node start-up per command is not the point.
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, runEnv, type RunOptions, type RunResult } from './cli.js';

export interface TimedResult extends RunResult {
  /** When the command started and ended (Date.now() in the session's process). */
  start: number;
  end: number;
}

/** A session runs one command at a time: await each `run` (or stop a `repeat`) before the next. */
export interface Session {
  pid: number;
  /** Runs `insat ARGS --data DIR` in this process. */
  run(dir: string, args: string[]): Promise<TimedResult>;
  /** Runs `insat ARGS --data DIR` again and again (a pause between runs) until the returned stop is called. */
  repeat(dir: string, args: string[], pauseMs?: number): () => Promise<{ runs: number; failures: string[] }>;
  close(): Promise<void>;
}

type Reply = Record<string, unknown>;

/** Starts a session with the environment of `insat()` (today fixed, English, plus `opts.env`). */
export async function startSession(opts: RunOptions = {}): Promise<Session> {
  const child: ChildProcess = fork(join(ROOT, 'test', 'helpers', 'session-child.mjs'), [], {
    env: runEnv(opts),
    execArgv: [],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
  const waiting: { resolve: (r: Reply) => void; reject: (e: Error) => void }[] = [];
  const next = () => new Promise<Reply>((resolve, reject) => waiting.push({ resolve, reject }));
  child.on('message', (m: Reply) => waiting.shift()?.resolve(m));
  const fail = (why: string) => {
    for (const w of waiting.splice(0)) w.reject(new Error(`the insat session ${why} before answering: ${output}`));
  };
  child.on('exit', (code, signal) => fail(`ended (exit ${code}, ${signal})`));
  child.on('error', (e) => fail(`failed (${e.message})`));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await next(); // the session has loaded insat
  return {
    pid: child.pid!,
    async run(dir, args) {
      const answer = next();
      child.send({ run: ['--data', dir, ...args] });
      const r = (await answer) as Omit<TimedResult, 'json'>;
      return {
        ...r,
        json() {
          return JSON.parse(r.stdout);
        },
      };
    },
    repeat(dir, args, pauseMs = 0) {
      const answer = next();
      child.send({ repeat: ['--data', dir, ...args], pauseMs });
      return async () => {
        child.send({ stop: true });
        return (await answer) as { runs: number; failures: string[] };
      };
    },
    async close() {
      if (child.connected) child.disconnect();
      if (child.exitCode === null && child.signalCode === null) await exited;
    },
  };
}

/** Whether two commands ran at the same time (one started before the other had ended). */
export function overlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

// Where a run of insat writes and what it knows of its terminal. The process entry passes the real
// streams; tests pass buffers and run commands in-process.
import type { Command } from 'commander';

export interface Sink {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface Io {
  stdout: Sink;
  stderr: Sink;
  /** stdin is a terminal (prompts need it, and stdout a terminal, and CI unset). */
  stdinIsTTY: boolean;
}

const ioOfProgram = new WeakMap<Command, Io>();

export function attachIo(program: Command, io: Io): void {
  ioOfProgram.set(program, io);
}

/** The streams of the run that `cmd` belongs to. */
export function ioOf(cmd: Command): Io {
  let root = cmd;
  while (root.parent) root = root.parent;
  const io = ioOfProgram.get(root);
  if (!io) throw new Error('insat: command run outside runCli');
  return io;
}

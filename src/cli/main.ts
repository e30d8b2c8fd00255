// The `insat` process: runs the command line against the real streams and sets the exit code.
import { m } from '../i18n/active.js';
import type { Io, Sink } from './io.js';
import { runCli } from './run.js';

// A reader that stops early (`insat export hours | head`) is not an error. Any other failure of an
// output stream (a full disk behind `> file`) is one short line and exit 1, never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    outputFailed(e);
  });
}

function outputFailed(e: NodeJS.ErrnoException): never {
  try {
    // the words are loaded before anything is written, so before any output can fail
    const words = m().cli;
    process.stderr.write(`${words.errorPrefix}${words.outputFailed(e.code ?? e.message)}\n`);
  } catch {
    /* stderr is gone too: the exit code is all that is left */
  }
  process.exit(1);
}

/** A stream whose synchronous write errors (a file on a full disk) end the run like asynchronous ones. */
function guarded(stream: NodeJS.WriteStream): Sink {
  return {
    write: (text: string) => {
      try {
        return stream.write(text);
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        return outputFailed(err);
      }
    },
    get isTTY() {
      return stream.isTTY;
    },
    get columns() {
      return stream.columns;
    },
  };
}

const io: Io = {
  stdout: guarded(process.stdout),
  stderr: guarded(process.stderr),
  // Asked only when stdout is a terminal (context.ts canPrompt): creating process.stdin would load
  // ~20 stream and readline modules into every run, and tty.isatty(0) tells the same.
  get stdinIsTTY() {
    return process.getBuiltinModule('node:tty').isatty(0);
  },
};
// No top-level await: the same file is the entry of the CommonJS bundle (scripts/bundle.js).
void runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});

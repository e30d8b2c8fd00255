// The `insat` process: runs the command line against the real streams and sets the exit code.
import { fstatSync, writeSync } from 'node:fs';
import { m } from '../i18n/active.js';
import type { Io, Sink } from './io.js';
import { runCli } from './run.js';

// A reader that stops early (`insat export hours | head`) is not an error. Any other failure of an
// output stream (a full disk behind `> file`) is one short line and exit 1, never a stack trace.
function outputFailed(e: NodeJS.ErrnoException): never {
  try {
    // the words are loaded before anything is written, so before any output can fail
    const words = m().cli;
    writeSync(2, `${words.errorPrefix}${words.outputFailed(m().fmt.systemError(e.code, e.message))}\n`);
  } catch {
    /* stderr is gone too: the exit code is all that is left */
  }
  process.exit(1);
}

function failed(e: NodeJS.ErrnoException): never {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  return outputFailed(e);
}

/**
 * Output to a file descriptor. A file, a pipe or a socket is written with `fs.writeSync` — what Node's
 * own stream does for a file — so that a run loads none of Node's stream, net and tty modules (~3 ms
 * of every start). A character device (a terminal, /dev/null, /dev/full) and a pipe that would block
 * (non-blocking, and full) go through Node's stream, which tells a terminal from the rest.
 */
function sink(fd: 1 | 2): Sink {
  let stream: NodeJS.WriteStream | null = null;
  const viaStream = () => {
    if (!stream) {
      stream = fd === 1 ? process.stdout : process.stderr;
      stream.on('error', failed);
    }
    return stream;
  };
  const direct = plainOutput(fd);
  return {
    write: (text: string) => {
      if (!direct || stream) return viaStream().write(text);
      const bytes = Buffer.from(text);
      let done = 0;
      try {
        while (done < bytes.length) done += writeSync(fd, bytes, done);
        return true;
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.code === 'EAGAIN') return viaStream().write(bytes.subarray(done));
        return failed(err);
      }
    },
    get isTTY() {
      return direct ? false : viaStream().isTTY;
    },
    get columns() {
      return direct ? undefined : viaStream().columns;
    },
  };
}

/** A file, a pipe or a socket: never a terminal. */
function plainOutput(fd: number): boolean {
  try {
    const st = fstatSync(fd);
    return st.isFile() || st.isFIFO() || st.isSocket();
  } catch {
    return false;
  }
}

const io: Io = {
  stdout: sink(1),
  stderr: sink(2),
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

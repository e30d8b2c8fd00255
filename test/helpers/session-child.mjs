// The process behind test/helpers/insat-session.ts: one real insat process that runs command after
// command (the built code, as the in-process runner does), told what to run over its IPC channel.
// Several of them contend for a store's lock like several people's insat commands do, without a
// Node start-up per command.
import { runCli } from '../../dist/cli/run.js';

async function once(args) {
  let stdout = '';
  let stderr = '';
  const start = Date.now();
  const code = await runCli(args, {
    stdout: { write: (text) => ((stdout += text), true) },
    stderr: { write: (text) => ((stderr += text), true) },
    stdinIsTTY: false,
  });
  return { code, stdout, stderr, start, end: Date.now() };
}

let stop = false;

process.on('message', async (msg) => {
  if (msg.run) {
    process.send(await once(msg.run));
  } else if (msg.repeat) {
    // Until told to stop: a reader that keeps reading while others write.
    stop = false;
    let runs = 0;
    const failures = [];
    while (!stop) {
      const r = await once(msg.repeat);
      runs++;
      if (r.code !== 0) failures.push(`exit ${r.code}: ${r.stderr.trim()}`);
      await new Promise((resolve) => setTimeout(resolve, msg.pauseMs ?? 0));
    }
    process.send({ runs, failures });
  } else if (msg.stop) {
    stop = true;
  }
});
process.on('disconnect', () => process.exit(0));
process.send({ ready: process.pid });

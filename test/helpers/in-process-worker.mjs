// The worker behind the in-process runner (test/helpers/cli.ts): runs `insat ARGS` from the built
// code with the given environment and buffers for stdout and stderr. Modules stay loaded between
// calls, so a command costs what its work costs, not a Node start-up.
import { runAsWorker } from 'synckit';

let runCli;

runAsWorker(async (args, env) => {
  runCli ??= (await import('../../dist/cli/run.js')).runCli;
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, env);
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: {
      write: (text) => {
        stdout += text;
        return true;
      },
    },
    stderr: {
      write: (text) => {
        stderr += text;
        return true;
      },
    },
    stdinIsTTY: false,
  });
  return { code, stdout, stderr };
});

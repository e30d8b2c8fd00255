// The test environment: Node's, plus the in-process runner's worker, shared by all test files that
// a jest worker process runs. Each test file has its own globals, module registry and even `process`
// object, so a runner made inside a test file is that file's alone — and every file would start a
// thread and load the whole CLI again (~0.1 s, more with pdfkit). This module is loaded once per
// jest worker process, outside the test files' registries.
import { fileURLToPath } from 'node:url';
import { TestEnvironment } from 'jest-environment-node';
import { createSyncFn } from 'synckit';

const WORKER = fileURLToPath(new URL('in-process-worker.mjs', import.meta.url));

let runInWorker;

export default class InsatEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    runInWorker ??= createSyncFn(WORKER, { timeout: 120_000 });
    this.global.insatRunInWorker = runInWorker;
  }
}

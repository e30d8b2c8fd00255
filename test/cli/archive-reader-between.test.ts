// A reader without the lock reads insat.json, then archive.json. A writer that commits and installs in
// between may have moved people from one file to the other (a new year archives more of them; a note
// or an enrolment brings one back): the reader then met a person in both files ("broken store", exit 6)
// or in neither. It must notice the change and read again — the two files of one state, never a mix.
import { beforeAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { historyProgramme } from '../../src/demo/generate.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, ok, ROOT, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
const PRELOAD = pathToFileURL(join(ROOT, 'test', 'fixtures', 'write-between-reads.mjs')).href;

let split: string;

beforeAll(() => {
  const { main, bookings } = historyProgramme(4, TODAY);
  split = tempDataDir('insat-reader-between-');
  createStore(split, main, bookings, false, TODAY);
});

/** `args` read while, between the reader's two files, a change is made as of `writerToday`. */
function readWhileWriting(dir: string, args: string[], writerToday: string) {
  const writer = [
    'applicant',
    'add',
    '--name',
    'Neu Zwischendurch',
    '--birth-date',
    '1985-03-01',
    '--referred-by',
    'self',
  ];
  const plan = JSON.stringify({ data: dir, today: writerToday, args: writer });
  return insat(dir, args, { today: TODAY, env: { NODE_OPTIONS: `--import ${PRELOAD}`, INSAT_BETWEEN_READS: plan } });
}

describe('a change between the reads of insat.json and archive.json', () => {
  test('people moved into the archive (a write in a new year): the reader answers from the new state', () => {
    const dir = copyStore(split, 'insat-reader-between-archived-');
    const r = readWhileWriting(dir, ['export', 'participants', '--format', 'json'], '2027-01-05');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(ok(dir, ['export', 'participants', '--format', 'json'], { today: TODAY }).stdout);
  });

  test('people moved back into insat.json (a write as of an earlier today): none is missing', () => {
    const dir = copyStore(split, 'insat-reader-between-back-');
    ok(dir, ['staff', 'edit', 's001', '--name', 'Bernd Kuhlmann-Spaeter'], { today: '2027-01-05' });
    const r = readWhileWriting(dir, ['export', 'participants', '--format', 'json'], TODAY);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(ok(dir, ['export', 'participants', '--format', 'json'], { today: TODAY }).stdout);
  });
});

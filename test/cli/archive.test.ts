// archive.json: the people whose stay ended long ago, kept beside insat.json. An existing store is
// split by its first ordinary write; every command still sees the whole record; undo, backups,
// restore and purge reach the archive; a broken archive is refused like a broken main file.
import '../helpers/english.js';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyProgramme } from '../../src/demo/generate.js';
import { splitArchive } from '../../src/model/archive.js';
import { createStore } from '../../src/store/transaction.js';
import { insat, ok, storeBytes, tempDataDir } from '../helpers/cli.js';
import { copyStore } from '../helpers/store-files.js';

const TODAY = '2026-11-25';
const at = { today: TODAY };
const json = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const holds = (dir: string, file: string, text: string) =>
  existsSync(join(dir, file)) && readFileSync(join(dir, file), 'utf8').includes(text);

/** What commands show of the whole store: every participant, one archived person, the history's length. */
function views(dir: string, who: string): string[] {
  return [
    ok(dir, ['export', 'participants', '--format', 'json'], at).stdout,
    ok(dir, ['participant', 'show', who, '--json'], at).stdout,
    ok(dir, ['participant', 'show', who], at).stdout,
    ok(dir, ['check', '--json'], at).stdout,
  ];
}

const addApplicant = (dir: string, name: string, opts = at) =>
  ok(dir, ['applicant', 'add', '--name', name, '--birth-date', '1985-03-01', '--referred-by', 'self', '--json'], opts);

let old: string;
/** A person whose stay ended before 2024 (archived by a write in 2026), with their name. */
let archived: { id: string; name: string };
let current: string;

beforeAll(() => {
  old = tempDataDir('insat-archive-old-');
  const { main, bookings } = historyProgramme(4, TODAY);
  const split = splitArchive(structuredClone(main), TODAY);
  const p = split.archive.people.find((x) => split.archive.notes.some((n) => n.personId === x.id))!;
  archived = { id: p.id, name: p.name };
  current = split.main.assignments.find((a) => a.start <= TODAY && a.until >= TODAY && !a.exit)!.personId;
  // As an insat before archive.json wrote it: everyone in insat.json.
  createStore(old, main, bookings, false);
});

describe('the first write splits an old store', () => {
  test('the long-ended people move to archive.json; every command shows the same', () => {
    const dir = copyStore(old, 'insat-archive-split-');
    expect(existsSync(join(dir, 'archive.json'))).toBe(false);
    const before = views(dir, archived.id);
    addApplicant(dir, 'Erste Schreibung');
    expect(json(dir, 'insat.json')).toMatchObject({ schemaVersion: 3, archive: { before: '2024-01-01' } });
    expect(holds(dir, 'archive.json', archived.name)).toBe(true);
    expect(holds(dir, 'insat.json', archived.name)).toBe(false);
    expect(json(dir, 'archive.json').people.length).toBeGreaterThan(20);
    expect(views(dir, archived.id)).toEqual(before);
    // The layout is no change of data: the history records the new applicant alone.
    const last = JSON.parse(readFileSync(join(dir, 'history.jsonl'), 'utf8').trim().split('\n').at(-1)!);
    expect(last.changes.map((c: { collection: string }) => c.collection).sort()).toEqual(['counters', 'people']);
  });

  test('a write that changes only bookings leaves the old layout alone', () => {
    const dir = copyStore(old, 'insat-archive-bookings-');
    ok(dir, ['hours', 'book', current, '--date', '2026-11-24', '--hours', '3', '--replace'], at);
    expect(existsSync(join(dir, 'archive.json'))).toBe(false);
  });

  test('undo of that write brings back the data; the people stay filed in the archive', () => {
    const dir = copyStore(old, 'insat-archive-undo-');
    const before = views(dir, archived.id);
    addApplicant(dir, 'Wird Zurueckgenommen');
    ok(dir, ['undo'], at);
    expect(views(dir, archived.id)).toEqual(before);
    expect(holds(dir, 'archive.json', archived.name)).toBe(true);
    expect(holds(dir, 'insat.json', 'Wird Zurueckgenommen')).toBe(false);
  });

  test('a change to an archived person is written to archive.json, and undone there', () => {
    const dir = copyStore(old, 'insat-archive-edit-');
    addApplicant(dir, 'Erste Schreibung');
    const main = readFileSync(join(dir, 'insat.json'), 'utf8');
    ok(dir, ['participant', 'edit', archived.id, '--name', 'Neu Benannt'], at);
    expect(holds(dir, 'archive.json', 'Neu Benannt')).toBe(true);
    expect(holds(dir, 'insat.json', 'Neu Benannt')).toBe(false);
    expect(ok(dir, ['participant', 'show', archived.id, '--json'], at).json()).toMatchObject({ name: 'Neu Benannt' });
    ok(dir, ['undo'], at);
    expect(holds(dir, 'archive.json', 'Neu Benannt')).toBe(false);
    expect(readFileSync(join(dir, 'insat.json'), 'utf8')).toBe(main);
  });
});

describe('backups, restore and purge reach the archive', () => {
  let split: string;
  beforeAll(() => {
    // Split on 2026-11-23 (that day's backup is the old layout); the next day's backup holds archive.json.
    split = copyStore(old, 'insat-archive-backups-');
    addApplicant(split, 'Am Dreiundzwanzigsten', { today: '2026-11-23' });
    addApplicant(split, 'Am Vierundzwanzigsten', { today: '2026-11-24' });
  });

  test("a day's backup carries archive.json, and backup list counts its people and bytes", () => {
    expect(existsSync(join(split, 'backups', '2026-11-24', 'archive.json'))).toBe(true);
    expect(existsSync(join(split, 'backups', '2026-11-23', 'archive.json'))).toBe(false);
    const list = ok(split, ['backup', 'list', '--json'], at).json().backups as { name: string; people: number }[];
    const people = (n: string) => list.find((b) => b.name === n)!.people;
    expect(people('2026-11-24')).toBe(people('2026-11-23') + 1);
  });

  test('restore brings back what archive.json held, from a backup with it and from one before it', () => {
    const dir = copyStore(split, 'insat-archive-restore-');
    const before = views(dir, archived.id);
    ok(dir, ['participant', 'edit', archived.id, '--name', 'Neu Benannt'], at);
    ok(dir, ['backup', 'restore', '2026-11-24'], at);
    expect(holds(dir, 'archive.json', 'Neu Benannt')).toBe(false);
    expect(views(dir, archived.id).slice(1)).toEqual(before.slice(1));
    ok(dir, ['backup', 'restore', '2026-11-23'], at);
    expect(ok(dir, ['participant', 'show', archived.id, '--json'], at).stdout).toBe(before[1]);
    expect(holds(dir, 'archive.json', archived.name)).toBe(true);
    ok(dir, ['check'], at);
  });

  test('a purge erases an archived person from archive.json, the history and every backup', () => {
    const dir = copyStore(split, 'insat-archive-purge-');
    ok(dir, ['participant', 'edit', archived.id, '--phone', '0511 999999'], at);
    ok(dir, ['purge', '--exited-before', '2024-01-01', '--yes', '--force', '--reason', 'Widerruf'], at);
    const files = ['insat.json', 'archive.json', 'history.jsonl'];
    for (const b of readdirSync(join(dir, 'backups')))
      files.push(join('backups', b, 'insat.json'), join('backups', b, 'archive.json'));
    expect(files.filter((f) => holds(dir, f, archived.name) || holds(dir, f, '0511 999999'))).toEqual([]);
    expect(json(dir, 'archive.json').people.find((p: { id: string }) => p.id === archived.id)).toMatchObject({
      purged: true,
    });
    ok(dir, ['check'], at);
  });
});

describe('a broken archive.json', () => {
  let split: string;
  beforeAll(() => {
    split = copyStore(old, 'insat-archive-broken-');
    addApplicant(split, 'Erste Schreibung');
  });

  const refused = (dir: string, args: string[], what: RegExp) => {
    const bytes = storeBytes(dir);
    const r = insat(dir, args, at);
    expect({ code: r.code, lines: r.stderr.trim().split('\n').length }).toEqual({ code: 6, lines: 1 });
    expect(r.stderr).toMatch(what);
    expect(r.stderr).toContain(' — ');
    expect(storeBytes(dir)).toEqual(bytes);
  };

  test('not JSON: exit 6 naming the file, for readers and writers, the store untouched', () => {
    const dir = copyStore(split, 'insat-archive-torn-');
    writeFileSync(join(dir, 'archive.json'), '{"schemaVersion":3,"people":[');
    refused(dir, ['check'], /archive\.json is not valid JSON/);
    refused(dir, ['participant', 'show', archived.id], /archive\.json is not valid JSON/);
    refused(
      dir,
      ['applicant', 'add', '--name', 'X Y', '--birth-date', '1980-01-01', '--referred-by', 'self'],
      /archive\.json/,
    );
  });

  test('not the schema, or a record in both files: exit 6 naming the record', () => {
    const dir = copyStore(split, 'insat-archive-schema-');
    const archive = json(dir, 'archive.json');
    writeFileSync(join(dir, 'archive.json'), JSON.stringify({ ...archive, people: [{ id: 'p9' }] }));
    refused(dir, ['check'], /archive\.json does not match the store schema at people/);
    const main = json(dir, 'insat.json');
    writeFileSync(join(dir, 'archive.json'), JSON.stringify({ ...archive, notes: [...archive.notes, main.notes[0]] }));
    refused(dir, ['check'], new RegExp(`archive\\.json holds note ${main.notes[0].id}, which insat.json holds too`));
  });

  test('a current person moved into archive.json by hand is a finding of check, with how to fix it', () => {
    const dir = copyStore(split, 'insat-archive-current-');
    const main = json(dir, 'insat.json');
    const archive = json(dir, 'archive.json');
    const person = main.people.find((p: { id: string }) => p.id === current);
    const theirs = (r: { personId: string }) => r.personId === current;
    writeFileSync(
      join(dir, 'insat.json'),
      JSON.stringify({
        ...main,
        people: main.people.filter((p: { id: string }) => p.id !== current),
        assignments: main.assignments.filter((a: { personId: string }) => !theirs(a)),
      }),
    );
    writeFileSync(
      join(dir, 'archive.json'),
      JSON.stringify({
        ...archive,
        people: [...archive.people, person],
        assignments: [...archive.assignments, ...main.assignments.filter(theirs)],
      }),
    );
    const r = insat(dir, ['check'], at);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(new RegExp(`archive-current: ${current} lies in archive.json .* — move the person`));
  });

  test('a main file of a newer schema is refused as written by a newer insat', () => {
    const dir = copyStore(split, 'insat-archive-newer-');
    writeFileSync(join(dir, 'insat.json'), JSON.stringify({ ...json(dir, 'insat.json'), schemaVersion: 4 }));
    refused(dir, ['seats'], /written by a newer insat \(schema 4\) — update insat/);
  });
});

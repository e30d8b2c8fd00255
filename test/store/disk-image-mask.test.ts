// The crash test compares the disk a SIGKILL leaves with a snapshot made by another process: the
// pid differs, so diskImage masks it — only where insat writes a pid, never a year or a figure that
// happens to equal it (a run with pid 2006 once masked "2006-01-01" in one image and not the other).
import { describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diskImage } from '../helpers/store-files.js';

/** The same data (a year, a figure, a reference with 2006 in them), left by the process `pid`. */
function storeWith(pid: number): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'insat-mask-')), 'data');
  mkdirSync(join(dir, 'insat.lock'), { recursive: true });
  writeFileSync(join(dir, 'insat.json'), '{"from":"2006-01-01","dailyMaxMinutes":2006,"ref":"AGH-2006-001"}\n');
  writeFileSync(join(dir, 'insat.lock', 'owner.json'), `{"pid":${pid},"host":"h","start":"1","since":"x"}`);
  writeFileSync(join(dir, 'history.jsonl'), `{"id":"20261125101112131-${pid}"}\n`);
  writeFileSync(join(dir, `.insat.json.${pid}.1764064800000.tmp`), '');
  mkdirSync(join(dir, `.insat.lock.${pid}.new`));
  return dir;
}

describe('diskImage masks the pid where insat writes one', () => {
  test('the images of two processes agree; years, figures and references that equal the pid stay', () => {
    const image = diskImage(storeWith(2006), 2006, '/elsewhere');
    expect(diskImage(storeWith(4711), 4711, '/elsewhere')).toEqual(image);
    const text = image.join('\n');
    expect(text).toContain('"from":"2006-01-01","dailyMaxMinutes":2006,"ref":"AGH-2006-001"');
    expect(text).toContain('"pid":<pid>');
    expect(text).toContain('"id":"<stamp>-<pid>"');
    expect(text).toContain('.insat.json.<pid>.<ms>.tmp');
    expect(text).toContain('.insat.lock.<pid>.new');
    expect(text).not.toMatch(/\.2006\.|"pid":2006|-2006"/);
  });
});

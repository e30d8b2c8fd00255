// Days nobody booked show in the documents for the Jobcenter as "nicht erfasst", never as absence
// or silently as missing attendance.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

const opts = { today: '2026-11-20' };

function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pdftotext ${file}: ${r.stderr}`);
  return r.stdout;
}

describe('unbooked working days in the PDFs', () => {
  const dir = tempDataDir();
  ok(dir, ['init'], opts);
  const id = enrolled(dir, 'holz', '2026-11-16', '2027-05-31', 20, opts);
  ok(dir, ['hours', 'book', id, '--date', '2026-11-16', '--hours', '4'], opts);
  ok(dir, ['hours', 'book', id, '--date', '2026-11-17', '--absent', 'sick'], opts);
  const out = mkdtempSync(join(tmpdir(), 'insat-unbooked-pdf-'));

  test('the progress report counts them and names them', () => {
    const file = join(out, 'progress.pdf');
    ok(dir, ['report', 'progress', id, '--out', file], opts);
    const text = pdfText(file);
    expect(text).toMatch(/Arbeitstage nicht erfasst\s+2\b/);
    expect(text).toContain('Nicht erfasst – weder Anwesenheit noch Abwesenheit gebucht: 18.11.2026, 19.11.2026');
    expect(text).toMatch(/Tage mit Anwesenheit\s+1\b/);
  });

  test('the attendance sheet marks each of them and counts them under the table', () => {
    const file = join(out, 'sheet.pdf');
    ok(dir, ['report', 'attendance', '--month', '2026-11', '--participant', id, '--out', file], opts);
    const text = pdfText(file);
    expect(text.match(/nicht erfasst/g)).toHaveLength(2);
    expect(text).toMatch(/18\.11\.\s+Mi\b.*nicht erfasst/);
    expect(text).toContain('Nicht erfasste Arbeitstage (weder Anwesenheit noch Abwesenheit gebucht): 2.');
  });
});

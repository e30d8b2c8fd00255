// Every kind of PDF insat writes is PDF/A-2b (archivable in the Jobcenter's e-file): the XMP
// identification (pdfaid part 2, conformance B), title, author and language, an output intent, and
// every font embedded — never the built-in Helvetica, even when every name fits Latin-1.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from '@jest/globals';
import { insat, ok, tempDataDir } from '../helpers/cli.js';
import * as read from '../helpers/pdf.js';
import { pdfText, qpdfCheck } from '../helpers/pdf.js';

/** Each tool's reading of a file, made once: the PDFs do not change after beforeAll, and several tests read the same. */
function once<T>(reader: (file: string) => T): (file: string) => T {
  const done = new Map<string, T>();
  return (file) => {
    if (!done.has(file)) done.set(file, reader(file));
    return done.get(file)!;
  };
}
const pdfCatalog = once(read.pdfCatalog);
const pdfFonts = once(read.pdfFonts);
const pdfInfo = once(read.pdfInfo);
const pdfXmp = once(read.pdfXmp);
const pdfLang = once(read.pdfLang);

const PROVIDER = 'Krisenhilfe Bochum & Partner gGmbH';
let dir: string;
let out: string;
const files: Record<string, string> = {};
let latin1 = '';

beforeAll(() => {
  dir = tempDataDir('insat-pdfa-');
  out = mkdtempSync(join(tmpdir(), 'insat-pdfa-pdf-'));
  ok(dir, ['init', '--demo']);
  // XMP is XML: an ampersand in the author must arrive escaped there and as written in the Info
  ok(dir, ['config', 'set', 'provider.name', PROVIDER]);
  // someone whose name fits Latin-1: before, such a document was printed in the non-embedded Helvetica
  const people = ok(dir, ['participant', 'list', '--json']).json().participants as {
    id: string;
    name: string;
    start: string;
  }[];
  const someone = people.find((p) => p.start < '2026-10-01' && /^[\x20-\x7e\xa0-\xff]+$/.test(p.name))!.id;
  latin1 = someone;
  const write = (kind: string, args: string[]) => {
    files[kind] = ok(dir, ['report', ...args, '--out', join(out, `${kind}.pdf`), '--json']).json().file;
  };
  write('application', ['application', '--year', '2027']);
  write('attendance', ['attendance', '--month', '2026-10', '--participant', someone]);
  write('progress', ['progress', someone]);
  write('groups', ['groups', '--month', '2026-10']);
  write('absences', ['absences', '--month', '2026-10']);
  write('vacancy', ['vacancy']);
}, 180_000);

const KINDS = ['application', 'attendance', 'progress', 'groups', 'absences', 'vacancy'];

describe.each(KINDS)('the %s PDF', (kind) => {
  test('passes qpdf --check', () => {
    const r = qpdfCheck(files[kind]!);
    expect(r.output).toContain('No syntax or stream encoding errors');
    expect(r.ok).toBe(true);
  });

  test('identifies itself as PDF/A-2b in its XMP metadata, PDF 1.7, with an sRGB output intent', () => {
    const xmp = pdfXmp(files[kind]!);
    expect(xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(xmp).toMatch(/<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(pdfInfo(files[kind]!)['PDF version']).toBe('1.7');
    expect(pdfCatalog(files[kind]!)).toContain('/OutputIntents');
  });

  test('has a title, the provider as author and German as its language, alike in Info and XMP', () => {
    const info = pdfInfo(files[kind]!);
    const xmp = pdfXmp(files[kind]!);
    expect(info.Title).not.toBe('');
    expect(info.Author).toBe(PROVIDER);
    expect(info.ModDate).toBeUndefined(); // no Info entry without its XMP twin
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${escapeXml(info.Title!)}</rdf:li>`);
    expect(xmp).toContain(`<rdf:li>${escapeXml(PROVIDER)}</rdf:li>`);
    expect(xmp).not.toContain(' & ');
    expect(pdfLang(files[kind]!)).toBe('de-DE');
  });

  test('embeds every font it uses (DejaVu Sans), none of the built-in ones', () => {
    const fonts = pdfFonts(files[kind]!);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(f).toEqual({ name: expect.stringMatching(/^[A-Z]{6}\+DejaVuSans/), embedded: true });
    }
  });
});

test('a sheet whose names all fit Latin-1 embeds the same fonts as every other document: one batch, one font', () => {
  expect(pdfText(files.attendance!)).toContain(`(${latin1})`);
  const names = (f: string) => pdfFonts(f).map((x) => x.name.replace(/^[A-Z]{6}\+/, ''));
  for (const kind of KINDS) expect(names(files[kind]!)).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
});

test('the letters are written in German whatever the language of the messages', () => {
  const r = insat(dir, ['report', 'vacancy', '--out', join(out, 'en.pdf')], { env: { INSAT_LANG: 'en' } });
  expect(r.code).toBe(0);
  expect(pdfText(join(out, 'en.pdf'))).toContain('Geeignete Bewerberinnen und Bewerber auf der Warteliste');
});

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

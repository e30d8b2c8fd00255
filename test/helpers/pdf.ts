// Reading generated PDFs back with Debian's tools: pdftotext and pdffonts (poppler-utils), qpdf.
import { spawnSync } from 'node:child_process';

function run(cmd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error) throw new Error(`${cmd}: ${r.error.message} — install it (see .ci/run)`);
  return r;
}

/** The text of a PDF (or of one page), laid out as printed. */
export function pdfText(file: string, page?: number): string {
  const r = run('pdftotext', ['-layout', ...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-']);
  if (r.status !== 0) throw new Error(`pdftotext ${file}: ${r.stderr}`);
  return r.stdout;
}

/** qpdf --check: the structure, cross-reference table and streams are sound (exit 0). */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const r = run('qpdf', ['--check', file]);
  return { ok: r.status === 0, output: r.stdout + r.stderr };
}

/** The fonts a PDF uses: name and whether it is embedded (pdffonts' "emb" column). */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const r = run('pdffonts', [file]);
  if (r.status !== 0) throw new Error(`pdffonts ${file}: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      // name type… encoding emb sub uni object ID: the last five columns are fixed
      const cols = l.trim().split(/\s+/);
      return { name: cols[0]!, embedded: cols[cols.length - 5] === 'yes' };
    });
}

/** The document's XMP metadata packet (pdfinfo -meta). */
export function pdfXmp(file: string): string {
  const r = run('pdfinfo', ['-meta', file]);
  if (r.status !== 0) throw new Error(`pdfinfo ${file}: ${r.stderr}`);
  return r.stdout;
}

/** The Info dictionary as pdfinfo prints it: Title, Author, … */
export function pdfInfo(file: string): Record<string, string> {
  const r = run('pdfinfo', [file]);
  if (r.status !== 0) throw new Error(`pdfinfo ${file}: ${r.stderr}`);
  return Object.fromEntries(
    r.stdout
      .split('\n')
      .map((l) => /^([^:]+):\s*(.*)$/.exec(l))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!, m[2]!]),
  );
}

/** The document catalogue (its root object), as qpdf prints it. */
export function pdfCatalog(file: string): string {
  const trailer = run('qpdf', ['--show-object=trailer', file]).stdout;
  const root = /\/Root (\d+) 0 R/.exec(trailer)?.[1];
  if (!root) throw new Error(`qpdf ${file}: no /Root in the trailer`);
  return run('qpdf', [`--show-object=${root}`, file]).stdout;
}

/** The catalogue's /Lang. */
export function pdfLang(file: string): string | null {
  return /\/Lang \((.*?)\)/.exec(pdfCatalog(file))?.[1] ?? null;
}

// A small toolkit for the A4 documents insat writes for the Jobcenter: the provider's and the
// Jobcenter's details at the head, a footer with "Seite X von Y", headings, label/value fields,
// tables that carry their header over page breaks, a bar chart, lines to write on, check boxes
// and signature lines. pdfkit is loaded here, and this module is loaded only by the report
// commands. Output is reproducible: the creation date is derived from "today".
//
// Every document is PDF/A-2b (archivable in the Jobcenter's e-file): title, author and language
// set, an sRGB output intent, and the font always embedded — DejaVu Sans, a Latin subset shipped
// in data/fonts/ (the system's DejaVu is the fallback). Never the built-in Helvetica: PDF/A forbids
// fonts that are not embedded, and some viewers render them with gaps ("J ürgen"), so a batch of
// documents would look alike only by chance.
import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import type { IsoDate } from '../../model/dates.js';
import type { ContactDetails, Settings } from '../../model/types.js';
import { formatDateDe } from '../../model/dates.js';

type Pdf = PDFKit.PDFDocument;

export interface DocSpec {
  /** The document's title (PDF metadata and compact page header). */
  title: string;
  subject: string;
  /** Left part of every footer, e.g. "Verlaufsbericht p001 – Max Muster". */
  footer: string;
  today: IsoDate;
  settings: Settings;
  /** The full letterhead on the first page only, or on every page (sheets handed out one by one). */
  letterhead: 'first' | 'every';
  /** A letterhead of three lines a side (name, measure or address, contact), for dense sheets. */
  compactLetterhead?: boolean;
}

export interface Column {
  header: string;
  /** Relative width. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableSpec {
  columns: Column[];
  rows: string[][];
  /** Rows printed bold with a rule above (totals). */
  totalRows?: number[];
  fontSize?: number;
  padding?: number;
  /** Shade these rows (e.g. weekends on an attendance sheet). */
  shadedRows?: number[];
}

export interface BarSeries {
  name: string;
  values: number[];
  color: string;
}

export interface BarChartSpec {
  labels: string[];
  series: BarSeries[];
  /** Formats a value above its bar (the last series only when `overlay`). */
  format: (v: number) => string;
  axisFormat?: (v: number) => string;
  height?: number;
  max?: number;
  /** The first series is drawn as a wide light bar behind the second (planned vs worked). */
  overlay?: boolean;
  caption?: string;
}

const MARGIN = { left: 57, right: 57, top: 72, bottom: 64 };
/** Where the letterhead and the compact page header begin (inside the top margin). */
const HEAD_Y = 40;
const FONT = 'Body';
const BOLD = 'Body-Bold';
export const COLORS = {
  ink: '#1a1a1a',
  muted: '#595959',
  rule: '#a0a0a0',
  hair: '#d4d4d4',
  fill: '#e4e8ec',
  shade: '#f3f4f5',
  bar: '#3d6680',
  barLight: '#c5d2dc',
};

// The Latin subset shipped in data/fonts first (small, so quick to embed), then the system's fonts.
const FONT_DIRS = [
  fileURLToPath(new URL('../../../data/fonts', import.meta.url)),
  '/usr/share/fonts/truetype/dejavu',
  '/usr/share/fonts/dejavu',
  '/usr/share/fonts/TTF',
];
let unicodeFont: { regular: Buffer; bold: Buffer } | null | undefined;

/** DejaVu Sans regular and bold, read once per process. */
function unicodeFontFiles(): { regular: Buffer; bold: Buffer } {
  if (unicodeFont === undefined) {
    const dir = FONT_DIRS.find((d) => existsSync(`${d}/DejaVuSans.ttf`) && existsSync(`${d}/DejaVuSans-Bold.ttf`));
    unicodeFont = dir
      ? { regular: readFileSync(`${dir}/DejaVuSans.ttf`), bold: readFileSync(`${dir}/DejaVuSans-Bold.ttf`) }
      : null;
  }
  // data/fonts/ is part of insat: without it the installation is incomplete.
  if (!unicodeFont) throw new Error(`DejaVuSans.ttf and DejaVuSans-Bold.ttf are missing in ${FONT_DIRS[0]}`);
  return unicodeFont;
}

/** XMP is XML: the document's title, author and subject are written into it as text. */
function xmlEscaped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Keeps legal references together on a line: "§ 16d", "Abs. 1", "SGB II" never break apart. */
export function keepTogether(text: string): string {
  return text.replace(/(§§?|Abs\.|Nr\.|SGB|Art\.) (?=[\dIVX])/g, '$1\u00a0');
}

export async function createDocument(spec: DocSpec): Promise<Doc> {
  const { default: PDFDocument } = await import('pdfkit');
  const created = new Date(`${spec.today}T12:00:00Z`);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    autoFirstPage: false,
    bufferPages: true,
    // PDF/A-2 builds on PDF 1.7; pdfkit writes the XMP metadata only from PDF 1.4 on.
    pdfVersion: '1.7',
    subset: 'PDF/A-2b',
    // No default font: pdfkit would parse Helvetica's metrics for every document, and no text is set in it
    // (DejaVu is registered below). Its typings know only a font name; pdfkit skips a null one.
    font: null as unknown as string,
    lang: 'de-DE',
    displayTitle: true,
    // No ModDate: PDF/A wants every Info entry mirrored in the XMP, and pdfkit writes no xmp:ModifyDate.
    info: {
      Title: spec.title,
      Subject: spec.subject,
      Author: spec.settings.provider.name,
      Creator: 'insat',
      Producer: 'insat (pdfkit)',
      CreationDate: created,
    },
  });
  // pdfkit pastes the Info texts into the XMP as they are; the Info dictionary is written before it.
  const internals = pdf as unknown as { info: Record<string, unknown>; endMetadata(): void };
  const endMetadata = internals.endMetadata.bind(pdf);
  internals.endMetadata = () => {
    for (const [k, v] of Object.entries(internals.info)) if (typeof v === 'string') internals.info[k] = xmlEscaped(v);
    endMetadata();
  };
  const font = unicodeFontFiles();
  pdf.registerFont(FONT, font.regular);
  pdf.registerFont(BOLD, font.bold);
  // DejaVu Sans runs about 9 % wider than Helvetica, which the layouts were drawn for: scale the sizes.
  const fontSize = pdf.fontSize.bind(pdf);
  pdf.fontSize = (size: number) => fontSize(size * 0.91);
  return new Doc(pdf, spec);
}

function contactLines(c: ContactDetails): string[] {
  return [c.street, c.city, c.phone && `Tel. ${c.phone}`, c.email].filter((l) => l.trim() !== '');
}

export class Doc {
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<void>;
  /** Pages that carry the full letterhead; the others get the compact header when finished. */
  private readonly letterheadPages = new Set<number>();
  /** The title in the compact header of each page that has one (default: the document's title). */
  private readonly pageHeads = new Map<number, string>();
  /** The compact header's title on the pages added from now on (undefined: the document's title). */
  runningHead: string | undefined;

  constructor(
    readonly pdf: Pdf,
    readonly spec: DocSpec,
  ) {
    pdf.on('data', (c: Buffer) => this.chunks.push(c));
    this.ended = new Promise((resolve) => pdf.on('end', () => resolve()));
    pdf.addPage();
    this.letterhead();
  }

  get left(): number {
    return MARGIN.left;
  }
  get width(): number {
    return this.pdf.page.width - MARGIN.left - MARGIN.right;
  }
  get right(): number {
    return this.left + this.width;
  }
  get bottom(): number {
    return this.pdf.page.height - MARGIN.bottom;
  }
  get y(): number {
    return this.pdf.y;
  }
  set y(v: number) {
    this.pdf.y = v;
    this.pdf.x = this.left;
  }

  private letterhead(): void {
    const { pdf } = this;
    const s = this.spec.settings;
    const top = HEAD_Y;
    this.letterheadPages.add(this.pdf.bufferedPageRange().count - 1);
    const colW = (this.width - 20) / 2;
    const block = (x: number, label: string, name: string, lines: string[]): number => {
      pdf
        .font(FONT)
        .fontSize(7)
        .fillColor(COLORS.muted)
        .text(label.toUpperCase(), x, top, { width: colW, characterSpacing: 0.6 });
      pdf
        .font(BOLD)
        .fontSize(10)
        .fillColor(COLORS.ink)
        .text(name, x, pdf.y + 2, { width: colW });
      pdf.font(FONT).fontSize(8.5).fillColor(COLORS.ink);
      for (const l of lines) pdf.text(l, x, pdf.y + 1, { width: colW });
      return pdf.y;
    };
    const p = s.provider;
    const j = s.jobcenter;
    const oneLine = (c: ContactDetails) => [c.street, c.city].filter((l) => l.trim() !== '').join(', ');
    const measure = [p.measureName, ...(p.measureNumber ? [`Maßnahme-Nr. ${p.measureNumber}`] : [])];
    const providerLines = this.spec.compactLetterhead
      ? [...measure, oneLine(p)]
      : [...measure, ...contactLines(p), ...(p.contactPerson ? [`Ansprechpartner/in: ${p.contactPerson}`] : [])];
    const jobcenterLines = this.spec.compactLetterhead
      ? [oneLine(j), ...(j.contactPerson ? [`Ansprechpartner/in: ${j.contactPerson}`] : [])]
      : [...contactLines(j), ...(j.contactPerson ? [`Ansprechpartner/in: ${j.contactPerson}`] : [])];
    const y1 = block(this.left, 'Träger', p.name, providerLines);
    const y2 = block(this.left + colW + 20, 'Jobcenter', j.name, jobcenterLines);
    const y = Math.max(y1, y2) + 8;
    pdf.moveTo(this.left, y).lineTo(this.right, y).lineWidth(0.8).strokeColor(COLORS.rule).stroke();
    this.y = y + 14;
  }

  private compactHead(title: string): void {
    const { pdf } = this;
    const s = this.spec.settings;
    pdf.font(FONT).fontSize(7.5).fillColor(COLORS.muted);
    pdf.text(`${s.provider.name} · ${s.provider.measureName}`, this.left, HEAD_Y, {
      width: this.width * 0.55,
      lineBreak: false,
      ellipsis: true,
    });
    pdf.text(title, this.left + this.width * 0.55, HEAD_Y, {
      width: this.width * 0.45,
      align: 'right',
      lineBreak: false,
      ellipsis: true,
    });
    const y = HEAD_Y + 12;
    pdf.moveTo(this.left, y).lineTo(this.right, y).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  }

  newPage(): void {
    this.pdf.addPage();
    if (this.runningHead !== undefined) this.pageHeads.set(this.pageCount - 1, this.runningHead);
    if (this.spec.letterhead === 'every') this.letterhead();
    this.pdf.font(FONT).fontSize(10).fillColor(COLORS.ink);
  }

  /** A page with the full letterhead, whatever `letterhead` says: a letter to another addressee begins. */
  newLetterPage(): void {
    this.pdf.addPage();
    this.letterhead();
    this.pdf.font(FONT).fontSize(10).fillColor(COLORS.ink);
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.pdf.y + height > this.bottom) this.newPage();
  }

  space(points: number): void {
    this.y = this.pdf.y + points;
  }

  title(text: string, subtitle?: string, size = 16): void {
    const { pdf } = this;
    pdf.font(BOLD).fontSize(size).fillColor(COLORS.ink).text(text, this.left, pdf.y, { width: this.width });
    if (subtitle)
      pdf
        .font(FONT)
        .fontSize(10)
        .fillColor(COLORS.muted)
        .text(subtitle, this.left, pdf.y + 3, { width: this.width });
    this.y = pdf.y + 12;
  }

  /** A numbered heading; starts a new page unless the heading and some of what follows fit. */
  section(text: string, keepWith = 110): void {
    this.ensureSpace(keepWith);
    const { pdf } = this;
    this.y = pdf.y + 6;
    pdf.font(BOLD).fontSize(11.5).fillColor(COLORS.ink).text(text, this.left, pdf.y, { width: this.width });
    this.y = pdf.y + 5;
  }

  subsection(text: string): void {
    this.ensureSpace(50);
    const { pdf } = this;
    pdf.font(BOLD).fontSize(9.5).fillColor(COLORS.ink).text(text, this.left, pdf.y, { width: this.width });
    this.y = pdf.y + 3;
  }

  paragraph(text: string, opts: { size?: number; muted?: boolean; gap?: number } = {}): void {
    const { pdf } = this;
    const size = opts.size ?? 9.5;
    pdf.font(FONT).fontSize(size);
    this.ensureSpace(Math.min(pdf.heightOfString(text, { width: this.width, lineGap: 1.5 }), 3 * size * 1.3));
    pdf
      .fillColor(opts.muted ? COLORS.muted : COLORS.ink)
      .text(keepTogether(text), this.left, pdf.y, { width: this.width, lineGap: 1.5 });
    this.y = pdf.y + (opts.gap ?? 6);
  }

  bullets(items: string[], size = 9.5): void {
    const { pdf } = this;
    for (const item of items) {
      pdf.font(FONT).fontSize(size);
      const h = pdf.heightOfString(item, { width: this.width - 12, lineGap: 1.5 });
      this.ensureSpace(Math.min(h, 3 * size * 1.3));
      const y = pdf.y;
      pdf.fillColor(COLORS.ink).text('–', this.left, y, { width: 10 });
      pdf.text(keepTogether(item), this.left + 12, y, { width: this.width - 12, lineGap: 1.5 });
      this.y = pdf.y + 2;
    }
    this.y = pdf.y + 4;
  }

  /** Label/value pairs in one or two columns; empty values are the caller's to avoid. */
  fields(rows: [string, string][], opts: { columns?: 1 | 2; labelWidth?: number; size?: number } = {}): void {
    const { pdf } = this;
    const cols = opts.columns ?? 1;
    const size = opts.size ?? 9.5;
    const gap = 18;
    const colW = (this.width - gap * (cols - 1)) / cols;
    const labelW = opts.labelWidth ?? (cols === 1 ? 170 : 105);
    for (let i = 0; i < rows.length; i += cols) {
      const line = rows.slice(i, i + cols);
      pdf.font(FONT).fontSize(size);
      const h =
        Math.max(
          ...line.map(([l, v]) =>
            Math.max(pdf.heightOfString(v, { width: colW - labelW }), pdf.heightOfString(l, { width: labelW - 6 })),
          ),
        ) + 3;
      this.ensureSpace(h);
      const y = pdf.y;
      line.forEach(([label, value], k) => {
        const x = this.left + k * (colW + gap);
        pdf
          .font(FONT)
          .fontSize(size)
          .fillColor(COLORS.muted)
          .text(label, x, y, { width: labelW - 6 });
        pdf
          .font(FONT)
          .fontSize(size)
          .fillColor(COLORS.ink)
          .text(value, x + labelW, y, { width: colW - labelW });
      });
      this.y = y + h;
    }
    this.y = pdf.y + 6;
  }

  table(spec: TableSpec): void {
    this.drawTable(spec, this.left, this.width, true);
    this.y = this.pdf.y + 8;
  }

  /** Two short tables next to each other (kept on one page). */
  tablesSideBySide(left: TableSpec, right: TableSpec): void {
    const gap = 18;
    const w = (this.width - gap) / 2;
    this.ensureSpace(Math.max(this.tableHeight(left, w), this.tableHeight(right, w)));
    const top = this.pdf.y;
    this.drawTable(left, this.left, w, false);
    const yLeft = this.pdf.y;
    this.pdf.y = top;
    this.drawTable(right, this.left + w + gap, w, false);
    this.y = Math.max(yLeft, this.pdf.y) + 8;
  }

  private tableLayout(spec: TableSpec, width: number) {
    const size = spec.fontSize ?? 9;
    const pad = spec.padding ?? 3.5;
    const total = spec.columns.reduce((s, c) => s + c.width, 0);
    const widths = spec.columns.map((c) => (c.width / total) * width);
    const heightOf = (cells: string[], font: string) => {
      this.pdf.font(font).fontSize(size);
      return (
        Math.max(...cells.map((c, i) => this.pdf.heightOfString(c || ' ', { width: widths[i]! - 2 * pad }))) + 2 * pad
      );
    };
    return { size, pad, widths, heightOf };
  }

  private tableHeight(spec: TableSpec, width: number): number {
    const { heightOf } = this.tableLayout(spec, width);
    return (
      heightOf(
        spec.columns.map((c) => c.header),
        BOLD,
      ) + spec.rows.reduce((h, r, i) => h + heightOf(r, spec.totalRows?.includes(i) ? BOLD : FONT), 0)
    );
  }

  private drawTable(spec: TableSpec, x0: number, width: number, breakPages: boolean): void {
    const { pdf } = this;
    const { size, pad, widths, heightOf } = this.tableLayout(spec, width);
    const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((s, w) => s + w, 0));
    const drawRow = (cells: string[], y: number, h: number, font: string, fill?: string) => {
      if (fill) pdf.rect(x0, y, width, h).fill(fill);
      pdf.font(font).fontSize(size).fillColor(COLORS.ink);
      cells.forEach((c, i) =>
        pdf.text(c, xs[i]! + pad, y + pad, { width: widths[i]! - 2 * pad, align: spec.columns[i]!.align ?? 'left' }),
      );
    };
    const rule = (y: number, strong: boolean) =>
      pdf
        .moveTo(x0, y)
        .lineTo(x0 + width, y)
        .lineWidth(strong ? 0.8 : 0.4)
        .strokeColor(strong ? COLORS.rule : COLORS.hair)
        .stroke();
    const headerCells = spec.columns.map((c) => c.header);
    const headerH = heightOf(headerCells, BOLD);
    const header = () => {
      const y = pdf.y;
      drawRow(headerCells, y, headerH, BOLD, COLORS.fill);
      pdf.y = y + headerH;
    };
    if (breakPages) this.ensureSpace(headerH + heightOf(spec.rows[0] ?? [''], FONT) + 2);
    header();
    spec.rows.forEach((cells, r) => {
      const isTotal = spec.totalRows?.includes(r) ?? false;
      const font = isTotal ? BOLD : FONT;
      const h = heightOf(cells, font);
      if (breakPages && pdf.y + h > this.bottom) {
        this.newPage();
        header();
      }
      const y = pdf.y;
      drawRow(cells, y, h, font, spec.shadedRows?.includes(r) ? COLORS.shade : undefined);
      rule(y + h, isTotal);
      if (isTotal) rule(y, true);
      pdf.y = y + h;
    });
    pdf.x = this.left;
  }

  barChart(spec: BarChartSpec): void {
    const { pdf } = this;
    const height = spec.height ?? 120;
    const legendH = spec.series.length > 1 ? 14 : 0;
    this.ensureSpace(height + 40 + legendH + (spec.caption ? 14 : 0));
    const axisW = 42;
    const top = pdf.y + legendH + 8;
    const base = top + height;
    const x0 = this.left + axisW;
    const chartW = this.width - axisW;
    const all = spec.series.flatMap((s) => s.values);
    const max = spec.max ?? niceMax(Math.max(1, ...all));
    const axisFormat = spec.axisFormat ?? spec.format;
    if (legendH) {
      let lx = x0;
      for (const s of spec.series) {
        pdf.rect(lx, pdf.y + 1, 8, 8).fill(s.color);
        pdf
          .font(FONT)
          .fontSize(8)
          .fillColor(COLORS.ink)
          .text(s.name, lx + 11, pdf.y, { lineBreak: false });
        lx += 11 + pdf.widthOfString(s.name) + 16;
      }
    }
    for (let k = 0; k <= 4; k++) {
      const y = base - (height * k) / 4;
      pdf
        .moveTo(x0, y)
        .lineTo(this.right, y)
        .lineWidth(k === 0 ? 0.8 : 0.3)
        .strokeColor(k === 0 ? COLORS.rule : COLORS.hair)
        .stroke();
      pdf
        .font(FONT)
        .fontSize(7)
        .fillColor(COLORS.muted)
        .text(axisFormat((max * k) / 4), this.left, y - 3.5, { width: axisW - 5, align: 'right', lineBreak: false });
    }
    const groupW = chartW / Math.max(1, spec.labels.length);
    spec.labels.forEach((label, g) => {
      const cx = x0 + g * groupW + groupW / 2;
      if (spec.overlay && spec.series.length === 2) {
        const [back, front] = spec.series as [BarSeries, BarSeries];
        const wBack = Math.min(groupW * 0.72, 40);
        const wFront = wBack * 0.55;
        const hb = (Math.min(back.values[g] ?? 0, max) / max) * height;
        const hf = (Math.min(front.values[g] ?? 0, max) / max) * height;
        if (hb > 0) pdf.rect(cx - wBack / 2, base - hb, wBack, hb).fill(back.color);
        if (hf > 0) pdf.rect(cx - wFront / 2, base - hf, wFront, hf).fill(front.color);
        this.valueLabel(spec.format(front.values[g] ?? 0), cx, base - hf, groupW);
      } else {
        const n = spec.series.length;
        const barW = Math.min((groupW * 0.72) / n, 30);
        spec.series.forEach((s, i) => {
          const v = s.values[g] ?? 0;
          const h = (Math.min(v, max) / max) * height;
          const x = cx - (barW * n) / 2 + i * barW;
          if (h > 0) pdf.rect(x, base - h, barW - (n > 1 ? 1 : 0), h).fill(s.color);
          this.valueLabel(spec.format(v), x + barW / 2, base - h, n > 1 ? barW + 6 : groupW);
        });
      }
      pdf
        .font(FONT)
        .fontSize(7.5)
        .fillColor(COLORS.ink)
        .text(label, cx - groupW / 2, base + 4, { width: groupW, align: 'center', lineBreak: false });
    });
    this.y = base + 18;
    if (spec.caption) this.paragraph(spec.caption, { size: 8, muted: true });
    this.y = pdf.y + 4;
  }

  private valueLabel(text: string, cx: number, topY: number, width: number): void {
    this.pdf
      .font(FONT)
      .fontSize(6.8)
      .fillColor(COLORS.ink)
      .text(text, cx - width / 2, topY - 9, { width, align: 'center', lineBreak: false });
  }

  /** Ruled lines to write on, under a label. */
  writingLines(label: string, lines: number): void {
    const { pdf } = this;
    this.ensureSpace(16 + lines * 20);
    pdf.font(BOLD).fontSize(9.5).fillColor(COLORS.ink).text(label, this.left, pdf.y, { width: this.width });
    let y = pdf.y;
    for (let i = 0; i < lines; i++) {
      y += 20;
      pdf.moveTo(this.left, y).lineTo(this.right, y).lineWidth(0.4).strokeColor(COLORS.rule).stroke();
    }
    this.y = y + 10;
  }

  /** A rating grid: one row per criterion, an empty box under each level, to tick by hand. */
  ratingGrid(criteria: string[], levels: string[]): void {
    const { pdf } = this;
    const labelW = this.width * 0.34;
    const colW = (this.width - labelW) / levels.length;
    const rowH = 17;
    this.ensureSpace(rowH * (criteria.length + 1) + 8);
    let y = pdf.y;
    pdf.rect(this.left, y, this.width, rowH).fill(COLORS.fill);
    pdf.font(BOLD).fontSize(8.5).fillColor(COLORS.ink);
    levels.forEach((l, i) =>
      pdf.text(l, this.left + labelW + i * colW, y + 4.5, { width: colW, align: 'center', lineBreak: false }),
    );
    y += rowH;
    for (const c of criteria) {
      pdf
        .font(FONT)
        .fontSize(9)
        .fillColor(COLORS.ink)
        .text(c, this.left + 4, y + 4.5, { width: labelW - 8, lineBreak: false });
      levels.forEach((_, i) =>
        pdf
          .rect(this.left + labelW + i * colW + colW / 2 - 4.5, y + 4, 9, 9)
          .lineWidth(0.7)
          .strokeColor(COLORS.ink)
          .stroke(),
      );
      y += rowH;
      pdf.moveTo(this.left, y).lineTo(this.right, y).lineWidth(0.4).strokeColor(COLORS.hair).stroke();
    }
    this.y = y + 10;
  }

  /** Empty check boxes with labels, in one flowing row. */
  checkboxes(label: string, options: string[]): void {
    const { pdf } = this;
    this.ensureSpace(36);
    pdf.font(BOLD).fontSize(9.5).fillColor(COLORS.ink).text(label, this.left, pdf.y, { width: this.width });
    let x = this.left;
    let y = pdf.y + 4;
    pdf.font(FONT).fontSize(9.5);
    for (const o of options) {
      const w = 14 + pdf.widthOfString(o) + 18;
      if (x + w > this.right) {
        x = this.left;
        y += 16;
      }
      pdf
        .rect(x, y + 0.5, 8.5, 8.5)
        .lineWidth(0.7)
        .strokeColor(COLORS.ink)
        .stroke();
      pdf.fillColor(COLORS.ink).text(o, x + 14, y, { lineBreak: false });
      x += w;
    }
    this.y = y + 20;
  }

  /** Signature lines: a line to sign on, the role below it. */
  signatures(labels: string[], perRow = 2): void {
    const { pdf } = this;
    const gap = 28;
    const w = (this.width - gap * (perRow - 1)) / perRow;
    for (let i = 0; i < labels.length; i += perRow) {
      this.ensureSpace(62);
      const y = pdf.y + 34;
      labels.slice(i, i + perRow).forEach((l, k) => {
        const x = this.left + k * (w + gap);
        pdf
          .moveTo(x, y)
          .lineTo(x + w, y)
          .lineWidth(0.7)
          .strokeColor(COLORS.ink)
          .stroke();
        pdf
          .font(FONT)
          .fontSize(8)
          .fillColor(COLORS.muted)
          .text(l, x, y + 3, { width: w });
      });
      this.y = y + 24;
    }
  }

  get pageCount(): number {
    return this.pdf.bufferedPageRange().count;
  }

  /** Writes the footers ("Seite X von Y") and returns the finished PDF. */
  async finish(): Promise<Buffer> {
    const { pdf } = this;
    const { start, count } = pdf.bufferedPageRange();
    for (let i = start; i < start + count; i++) {
      pdf.switchToPage(i);
      const bottomMargin = pdf.page.margins.bottom;
      pdf.page.margins.bottom = 0; // writing in the margin must not open a new page
      if (!this.letterheadPages.has(i - start)) this.compactHead(this.pageHeads.get(i - start) ?? this.spec.title);
      const y = pdf.page.height - 44;
      pdf
        .moveTo(this.left, y - 5)
        .lineTo(this.right, y - 5)
        .lineWidth(0.5)
        .strokeColor(COLORS.rule)
        .stroke();
      pdf.font(FONT).fontSize(7.5).fillColor(COLORS.muted);
      const third = this.width / 3;
      pdf.text(this.spec.footer, this.left, y, { width: third * 1.4, height: 10, lineBreak: false, ellipsis: true });
      pdf.text(`Erstellt am ${formatDateDe(this.spec.today)}`, this.left + third * 1.4, y, {
        width: third * 0.9,
        align: 'center',
        lineBreak: false,
      });
      pdf.text(`Seite ${i - start + 1} von ${count}`, this.left + third * 2.3, y, {
        width: third * 0.7,
        align: 'right',
        lineBreak: false,
      });
      pdf.page.margins.bottom = bottomMargin;
    }
    pdf.end();
    await this.ended;
    return Buffer.concat(this.chunks);
  }
}

/** A round axis maximum at or above `v`: 1, 2, 2.5 or 5 times a power of ten. */
export function niceMax(v: number): number {
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

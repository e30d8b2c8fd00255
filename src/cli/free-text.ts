// Free text typed by a user (names, notes, reasons, settings) before it is stored: nothing that
// could hide or break what a later reader sees — in a terminal, a CSV file, a PDF.
import { UsageError } from '../errors.js';

export interface FreeTextRule {
  /** Only note texts may span lines. */
  lineBreaks?: boolean;
  required?: boolean;
  max?: number;
}

export const MAX_TEXT = 2000;

const LINE_BREAK = /[\r\n\u2028\u2029]/;
/** C0 and C1 control characters and DEL; line feeds are judged by the rule above. */
const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
/** Embeddings, overrides and isolates: they reorder what is shown (`gpj.exe` shown as `exe.jpg`). */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;
/**
 * Characters that show as nothing: a zero-width space, word joiner, byte-order mark or soft hyphen
 * makes two names that read the same differ (a duplicate escapes its check), or a name of nothing.
 * The zero-width (non-)joiners stay: some scripts need them.
 */
const INVISIBLE = /[\u00ad\u180e\u200b\u2060-\u2064\ufeff]/;

function codePoint(ch: string): string {
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The text as it will be stored (trimmed; CRLF and CR become LF), or a usage error naming `flag`.
 *
 * Invalid UTF-8: Node has already decoded the command line and replaced every byte sequence that
 * is not UTF-8 by U+FFFD, so the replacement character itself is refused — no name or note holds
 * it on purpose, and storing it would lose the letter for good.
 */
export function freeText(
  value: string | undefined,
  flag: string,
  { lineBreaks = false, required = true, max = MAX_TEXT }: FreeTextRule = {},
): string {
  let v = (value ?? '').trim();
  if (!v) {
    if (required) throw new UsageError((m) => m.input.freeText.empty(flag));
    return '';
  }
  if (v.includes('\ufffd')) {
    throw new UsageError((m) => m.input.freeText.notUtf8(flag));
  }
  if (lineBreaks) v = v.replace(/\r\n?/g, '\n');
  else if (LINE_BREAK.test(v)) throw new UsageError((m) => m.input.freeText.lineBreak(flag));
  if (CONTROL.test(v)) throw new UsageError((m) => m.input.freeText.control(flag));
  const bidi = BIDI.exec(v);
  if (bidi) {
    const point = codePoint(bidi[0]);
    throw new UsageError((m) => m.input.freeText.bidi(flag, point));
  }
  const invisible = INVISIBLE.exec(v);
  if (invisible) {
    const point = codePoint(invisible[0]);
    throw new UsageError((m) => m.input.freeText.invisible(flag, point));
  }
  const length = v.length;
  if (length > max) throw new UsageError((m) => m.input.freeText.tooLong(flag, length, max));
  return v;
}

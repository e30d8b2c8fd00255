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
    if (required) throw new UsageError(`${flag} needs a value — it cannot be empty`);
    return '';
  }
  if (v.includes('\ufffd')) {
    throw new UsageError(
      `${flag} is not valid UTF-8 (it holds U+FFFD where bytes could not be read) — type it again in a UTF-8 terminal or script`,
    );
  }
  if (lineBreaks) v = v.replace(/\r\n?/g, '\n');
  else if (LINE_BREAK.test(v)) throw new UsageError(`${flag} cannot span lines — write it on one line`);
  if (CONTROL.test(v)) throw new UsageError(`${flag} contains control characters — type plain text`);
  const bidi = BIDI.exec(v);
  if (bidi)
    throw new UsageError(
      `${flag} contains a bidirectional control character (${codePoint(bidi[0])}) that can disguise text — remove it`,
    );
  if (v.length > max) throw new UsageError(`${flag} is ${v.length} characters long — at most ${max} are allowed`);
  return v;
}

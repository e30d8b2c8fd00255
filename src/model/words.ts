// The programme's codes as people type them: the English codes of the contract (CLI.md) or the
// German words of the office (DOMAIN.md), in any case. Output always uses the codes.
import { ABSENCE_CODES, AREAS, type AbsenceCode, type Area } from './types.js';

/** Lower case, umlauts spelled out, inner spaces as hyphens: "Krank mit AU" → "krank-mit-au", "Küche" → "kueche". */
function normalized(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, '-');
}

const AREA_WORDS: Record<string, Area> = Object.fromEntries(AREAS.map((a) => [a, a]));

const ABSENCE_WORDS: Record<string, AbsenceCode> = {
  ...Object.fromEntries(ABSENCE_CODES.map((c) => [c, c])),
  krank: 'sick',
  'krank-ohne-au': 'sick',
  'krank-au': 'sick-certified',
  'krank-mit-au': 'sick-certified',
  entschuldigt: 'excused',
  unentschuldigt: 'unexcused',
  urlaub: 'holiday',
  schliesstag: 'closed',
};

/** A work area from its code or German name (`holz`, `Küche`, `KUECHE`, `Gestaltung`), or null. */
export function areaOfWord(text: string): Area | null {
  return AREA_WORDS[normalized(text)] ?? null;
}

/** An absence code from the code or the German word (`sick`, `krank`, `krank-au`, `Urlaub`, `Schließtag`), or null. */
export function absenceOfWord(text: string): AbsenceCode | null {
  return ABSENCE_WORDS[normalized(text)] ?? null;
}

/** The German words accepted besides the codes, for help texts and messages. */
export const GERMAN_ABSENCE_WORDS = 'krank, krank-au, entschuldigt, unentschuldigt, urlaub, schliesstag';

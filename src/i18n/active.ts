// The language of this run: loaded once by the command line before anything is printed. Only the
// active language's catalogue is loaded (a dynamic import each, so the bundle evaluates one).
import type { Violation } from '../model/violations.js';
import type { Catalogue, Lang, Text } from './text.js';

let active: { lang: Lang; m: Catalogue } | undefined;

export async function useLanguage(lang: Lang): Promise<Catalogue> {
  return active?.lang === lang ? active.m : setCatalogue(lang, await catalogueOf(lang));
}

/** A language's catalogue, the active one left as it is (the history's words are in the store's language). */
export async function catalogueOf(lang: Lang): Promise<Catalogue> {
  if (active?.lang === lang) return active.m;
  return lang === 'de' ? (await import('./de/index.js')).de : (await import('./en/index.js')).en;
}

/** Makes a catalogue the active one (the model and store tests load English this way). */
export function setCatalogue(lang: Lang, m: Catalogue): Catalogue {
  active = { lang, m };
  return m;
}

/** The active catalogue; the command line loads one before any command runs. */
export function m(): Catalogue {
  if (!active) throw new Error('no language is loaded — call useLanguage() before rendering a message');
  return active.m;
}

export function activeLang(): Lang {
  return active?.lang ?? 'de';
}

/** A Text in the active language. */
export function say(text: Text): string {
  return text(m());
}

/** A violation's message in the active language. */
export function sayViolation(v: Violation): string {
  return say(v.message);
}

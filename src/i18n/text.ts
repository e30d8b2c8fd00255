// Words waiting for a language. The model and the store say what happened as a Text; the command
// line renders it with the catalogue of the run's language (src/i18n/active.ts). A Text only names
// catalogue entries, so a message missing in one language is a compile error.
import type { Catalogue } from './en/index.js';

export type { Catalogue };

export type Lang = 'de' | 'en';
/** A store without the `language` setting speaks German (CLI.md "language"). */
export const DEFAULT_LANGUAGE: Lang = 'de';
export const LANGS: readonly Lang[] = ['de', 'en'];

export type Text = (m: Catalogue) => string;

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

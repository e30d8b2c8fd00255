// Which language a run speaks (CLI.md "language"): `--lang` > INSAT_LANG > the store's setting > de.
// Decided before the commands are built, since their help is written in it.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LANGUAGE, isLang, type Lang, type Text } from '../i18n/text.js';
import { MAIN_FILE, resolveDataDir } from '../store/paths.js';

export interface LanguageChoice {
  lang: Lang;
  /** A --lang or INSAT_LANG that is not a language: reported as a usage error once the words are loaded. */
  invalid?: Text;
}

export function chosenLanguage(args: readonly string[], env: NodeJS.ProcessEnv = process.env): LanguageChoice {
  const flag = optionValue(args, '--lang');
  if (flag !== undefined) {
    if (isLang(flag)) return { lang: flag };
    return { lang: fallback(args, env), invalid: (m) => m.cli.badLang(flag, '--lang') };
  }
  const fromEnv = env.INSAT_LANG;
  if (fromEnv) {
    if (isLang(fromEnv)) return { lang: fromEnv };
    return {
      lang: storedLanguage(args, env) ?? DEFAULT_LANGUAGE,
      invalid: (m) => m.cli.badLang(fromEnv, 'INSAT_LANG'),
    };
  }
  return { lang: storedLanguage(args, env) ?? DEFAULT_LANGUAGE };
}

function fallback(args: readonly string[], env: NodeJS.ProcessEnv): Lang {
  return env.INSAT_LANG && isLang(env.INSAT_LANG) ? env.INSAT_LANG : (storedLanguage(args, env) ?? DEFAULT_LANGUAGE);
}

/** The store's `language` setting, or null when there is no readable store (the command will say why). */
function storedLanguage(args: readonly string[], env: NodeJS.ProcessEnv): Lang | null {
  try {
    const lang = storedSettings(join(resolveDataDir(optionValue(args, '--data'), env), MAIN_FILE))?.language;
    return typeof lang === 'string' && isLang(lang) ? lang : null;
  } catch {
    return null;
  }
}

/** How much of the main file holds its settings: they come first, and are a few KB however long the history. */
const HEAD_BYTES = 64 * 1024;

/**
 * The settings of the main file, read before the store is opened: only from its head, where insat
 * writes them (` "settings": {` … ` },` at one space of indent), so that a 20-year store is not parsed
 * twice per command. A file written otherwise is parsed whole.
 */
function storedSettings(path: string): { language?: unknown } | undefined {
  const fd = openSync(path, 'r');
  let head: string;
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    head = buf.toString('utf8', 0, readSync(fd, buf, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
  const settings = /^ "settings": (\{\n[\s\S]*?\n \}),?\n/m.exec(head)?.[1];
  if (settings !== undefined) {
    try {
      return JSON.parse(settings) as { language?: unknown };
    } catch {
      /* not insat's own layout: read it whole */
    }
  }
  return (JSON.parse(readFileSync(path, 'utf8')) as { settings?: { language?: unknown } }).settings;
}

/** `--name VALUE` or `--name=VALUE` before a `--`, as commander will read it. */
export function optionValue(args: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === name) value = args[++i];
    else if (a.startsWith(`${name}=`)) value = a.slice(name.length + 1);
  }
  return value;
}

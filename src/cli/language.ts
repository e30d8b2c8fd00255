// Which language a run speaks (CLI.md "language"): `--lang` > INSAT_LANG > the store's setting > de.
// Decided before the commands are built, since their help is written in it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLang, type Lang, type Text } from '../i18n/text.js';
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
    return { lang: storedLanguage(args, env) ?? 'de', invalid: (m) => m.cli.badLang(fromEnv, 'INSAT_LANG') };
  }
  return { lang: storedLanguage(args, env) ?? 'de' };
}

function fallback(args: readonly string[], env: NodeJS.ProcessEnv): Lang {
  return env.INSAT_LANG && isLang(env.INSAT_LANG) ? env.INSAT_LANG : (storedLanguage(args, env) ?? 'de');
}

/** The store's `language` setting, or null when there is no readable store (the command will say why). */
function storedLanguage(args: readonly string[], env: NodeJS.ProcessEnv): Lang | null {
  try {
    const main = JSON.parse(
      readFileSync(join(resolveDataDir(optionValue(args, '--data'), env), MAIN_FILE), 'utf8'),
    ) as {
      settings?: { language?: unknown };
    };
    const lang = main.settings?.language;
    return typeof lang === 'string' && isLang(lang) ? lang : null;
  } catch {
    return null;
  }
}

/** `--name VALUE` or `--name=VALUE` before a `--`, as commander will read it. */
function optionValue(args: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') break;
    if (a === name) value = args[++i];
    else if (a.startsWith(`${name}=`)) value = a.slice(name.length + 1);
  }
  return value;
}

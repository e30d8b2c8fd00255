// A programme rule that refuses something: a value, never an exception. The shell turns it into
// exit code 3; `insat check` lists all of them. The message is a Text: the model names what is wrong,
// the command line says it in the run's language.
import type { Text } from '../i18n/text.js';

export interface Violation {
  rule: string;
  message: Text;
  ids: string[];
}

export function violation(rule: string, message: Text, ids: string[] = []): Violation {
  return { rule, message, ids };
}

// A programme rule that refuses something: a value, never an exception. The shell turns it into
// exit code 3; `insat check` lists all of them.

export interface Violation {
  rule: string;
  message: string;
  ids: string[];
}

export function violation(rule: string, message: string, ids: string[] = []): Violation {
  return { rule, message, ids };
}

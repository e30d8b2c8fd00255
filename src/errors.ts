// Errors are values with a code: one class per exit code of the command contract (CLI.md).
// Messages follow "<what> — <how to fix>".
import { say, sayViolation } from './i18n/active.js';
import type { Text } from './i18n/text.js';
import type { Violation } from './model/violations.js';

/**
 * The message is a Text, rendered in the run's language when it is read (`message`), so an error
 * thrown by the store or the model speaks the language the command line chose.
 */
export abstract class InsatError extends Error {
  abstract readonly exitCode: number;
  abstract readonly code: string;
  constructor(readonly text: Text) {
    super();
    Object.defineProperty(this, 'message', {
      get: () => say(text),
      enumerable: false,
    });
  }
}

/** Exit 2: unknown command or flag, missing or malformed value. */
export class UsageError extends InsatError {
  readonly exitCode = 2;
  readonly code = 'usage';
}

/** Exit 3: refused by a programme rule; nothing changed. */
export class RuleError extends InsatError {
  readonly exitCode = 3;
  readonly code = 'rule';
  constructor(readonly violations: Violation[]) {
    super(() => violations.map(sayViolation).join('; '));
  }
}

/** Exit 4: unknown participant, applicant, goal or backup. */
export class NotFoundError extends InsatError {
  readonly exitCode = 4;
  readonly code = 'not-found';
}

/** Exit 5: another insat process holds the store. */
export class BusyError extends InsatError {
  readonly exitCode = 5;
  readonly code = 'busy';
}

/** Exit 6: the store cannot be read or is invalid. */
export class StoreError extends InsatError {
  readonly exitCode = 6;
  readonly code = 'store';
}

export function refuseIf(violations: Violation[]): void {
  if (violations.length > 0) throw new RuleError(violations);
}

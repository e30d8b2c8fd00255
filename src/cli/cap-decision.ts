// The flags of the Jobcenter's decision to go beyond 24 months of AGH, shared by enrol and extend.
import { UsageError } from '../errors.js';
import type { CapDecision } from '../model/types.js';
import { dateArg, textArg } from './parse.js';

export function capDecisionArg(opts: { capDecision?: string; decided?: string }, today: string): CapDecision | null {
  if (opts.capDecision === undefined) {
    if (opts.decided !== undefined) throw new UsageError((m) => m.people.decidedWithoutDecision);
    return null;
  }
  return {
    text: textArg(opts.capDecision, '--cap-decision', { max: 500 }),
    decided: opts.decided === undefined ? today : dateArg(opts.decided, '--decided'),
  };
}

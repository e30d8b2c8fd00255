import type { ExitGroup } from './types.js';

/** Exit reason codes and their reporting groups (DOMAIN.md, "Exit reasons"). */
export const EXIT_REASONS: Record<string, { label: string; group: ExitGroup }> = {
  'regular-end': { label: 'Zuweisungszeitraum beendet', group: 'regular' },
  'max-duration': { label: 'Höchstdauer erreicht', group: 'regular' },
  job: { label: 'Sozialversicherungspflichtige Beschäftigung', group: 'integration' },
  'self-employed': { label: 'Selbstständigkeit', group: 'integration' },
  training: { label: 'Vollqualifizierende Ausbildung', group: 'integration' },
  'job-subsidised': { label: 'Geförderte Beschäftigung', group: 'further-support' },
  minijob: { label: 'Geringfügige Beschäftigung', group: 'other' },
  'other-measure': { label: 'Andere Maßnahme / Weiterbildung', group: 'further-support' },
  therapy: { label: 'Entgiftung, Therapie oder Reha', group: 'further-support' },
  'long-illness': { label: 'Längere Arbeitsunfähigkeit', group: 'other' },
  'not-employable': { label: 'Erwerbsminderung / anderes Leistungssystem', group: 'other' },
  dropout: { label: 'Abbruch durch Teilnehmende', group: 'other' },
  excluded: { label: 'Beendigung durch den Träger', group: 'other' },
  'ended-by-jobcenter': { label: 'Abberufung durch das Jobcenter', group: 'other' },
  'benefit-ended': { label: 'Kein Leistungsbezug mehr', group: 'other' },
  moved: { label: 'Umzug', group: 'other' },
  custody: { label: 'Haft', group: 'other' },
  deceased: { label: 'Verstorben', group: 'other' },
  other: { label: 'Sonstiger Grund', group: 'other' },
};

export const EXIT_GROUP_LABELS: Record<ExitGroup, string> = {
  regular: 'Regulär',
  integration: 'Integration in Arbeit oder Ausbildung',
  'further-support': 'Weitere Förderung',
  other: 'Sonstige',
};

/** Exit reasons that tell about health or treatment: outside the office only their group is shown. */
export const HEALTH_RELATED_EXITS: ReadonlySet<string> = new Set(['therapy', 'long-illness', 'not-employable']);

export const INTEGRATION_REASONS = ['job', 'self-employed', 'training'];

export function isExitReason(code: string): boolean {
  return Object.prototype.hasOwnProperty.call(EXIT_REASONS, code);
}

export function exitGroupOf(code: string): ExitGroup {
  return EXIT_REASONS[code]?.group ?? 'other';
}

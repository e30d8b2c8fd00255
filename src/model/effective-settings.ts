// The settings as the commands use them: every optional setting with its stored value or, when it
// was never set, its default — each default taken from the function the commands call for it.
import { absenceReportLayout } from './absence-letter.js';
import { capWarnWeeks } from './agh-cap.js';
import { caseloadTarget } from './caseload.js';
import { dueSettings } from './due/settings.js';
import type { DueSettings, Settings } from './types.js';
import { bookingGraceDays } from './unbooked.js';
import { DEFAULT_LANGUAGE } from '../i18n/text.js';

export type EffectiveSettings = Settings &
  Required<Pick<Settings, 'caseloadTarget' | 'bookingGraceDays' | 'language' | 'absenceReportLayout'>> & {
    due: Required<DueSettings>;
    aghCap: Settings['aghCap'] & { warnWeeksAhead: number };
  };

export function effectiveSettings(settings: Settings): EffectiveSettings {
  return {
    ...settings,
    aghCap: { ...settings.aghCap, warnWeeksAhead: capWarnWeeks(settings) },
    caseloadTarget: caseloadTarget(settings),
    bookingGraceDays: bookingGraceDays(settings),
    language: settings.language ?? DEFAULT_LANGUAGE,
    due: dueSettings(settings),
    absenceReportLayout: absenceReportLayout(settings),
  };
}

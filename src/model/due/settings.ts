// The deadlines' settings (`config set due.*`) with their defaults. DOMAIN.md "deadlines": lead
// times are settings; the defaults are what a careful office would plan with.
import type { DueSettings, Settings } from '../types.js';

export const DUE_DEFAULTS: Required<DueSettings> = {
  // the Jobcenter needs the final report, or the request for an extension, in time to decide
  assignmentEndWeeks: 6,
  progressReportMonths: 6,
  // "early in the next month"
  absenceReportDay: 5,
  // the application for the next (calendar) year, before the Jobcenter plans its budget
  applicationDeadline: '09-30',
  applicantDays: 14,
};

export function dueSettings(settings: Settings): Required<DueSettings> {
  return { ...DUE_DEFAULTS, ...settings.due };
}

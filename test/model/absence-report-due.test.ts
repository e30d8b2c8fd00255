// One rule for the day a month's absence report is due: the due list's report item and the end of a
// missing certificate's reminder both read it.
import { describe, expect, test } from '@jest/globals';
import { absenceReportDue } from '../../src/model/due/absence-report.js';
import { mainData } from '../helpers/main-data.js';

describe('absenceReportDue', () => {
  test('day 5 of the next month by default; December reports in January', () => {
    const { settings } = mainData();
    expect(absenceReportDue(settings, '2027-03')).toBe('2027-04-05');
    expect(absenceReportDue(settings, '2027-12')).toBe('2028-01-05');
  });

  test('the day follows the setting due.absenceReportDay', () => {
    const { settings } = mainData();
    expect(absenceReportDue({ ...settings, due: { absenceReportDay: 10 } }, '2027-03')).toBe('2027-04-10');
  });
});

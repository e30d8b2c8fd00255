// Dates in the right order (DOMAIN.md): the entry pipeline, absences on working days, one person
// one record, adults of working age.
import '../helpers/english.js';
import { sayViolation } from '../../src/i18n/active.js';
import { describe, expect, test } from '@jest/globals';
import { absenceReport, countsAsAbsenceDay } from '../../src/model/absences.js';
import { absenceDayViolations } from '../../src/model/booking.js';
import { storeViolations, storeWarnings } from '../../src/model/check.js';
import { duplicateViolations, likelyDuplicates, normalName, withinOneEdit } from '../../src/model/duplicates.js';
import { enrolViolations } from '../../src/model/enrolment.js';
import { attendedViolations, birthDateViolations, pipelineOrderViolations } from '../../src/model/people.js';
import { absent, enrol, mainData, person } from '../helpers/main-data.js';

describe('the entry pipeline is ordered: contact ≤ appointment ≤ decision ≤ assignment start', () => {
  test('refuses an enrolment that starts before the decision; accepts one on the decision day', () => {
    const data = mainData();
    const p = person('p001', { decision: { suitable: true, by: 'X', date: '2026-03-10' } });
    data.people.push(p);
    const at = (start: string) => ({
      id: 'a1',
      personId: 'p001',
      start,
      until: '2026-12-31',
      hoursPerWeek: 20,
      areas: [{ from: start, area: 'holz' as const }],
      jobcenterRef: '',
      integrationOfficer: '',
      socialWorker: '',
      extensions: [],
      exit: null,
      capExtensionReason: '',
    });
    expect(enrolViolations(data, { person: p, assignment: at('2026-03-01') }).map((v) => v.rule)).toEqual([
      'pipeline-order',
    ]);
    expect(enrolViolations(data, { person: p, assignment: at('2026-03-10') })).toEqual([]);
  });
  test('finds an appointment before the first contact and a decision before the appointment', () => {
    const p = person('p001', {
      contactDate: '2026-02-01',
      infoAppointment: '2026-01-20',
      decision: { suitable: true, by: 'X', date: '2026-01-10' },
    });
    expect(pipelineOrderViolations(p, []).map((v) => v.rule)).toEqual(['pipeline-order', 'pipeline-order']);
  });
  test('refuses attendance before the scheduled day or in the future', () => {
    const p = person('p001', { infoAppointment: '2026-12-02', attended: false });
    expect(sayViolation(attendedViolations(p, '2026-11-25', '2026-11-25')[0]!)).toContain('still ahead');
    expect(sayViolation(attendedViolations(p, '2026-12-03', '2026-11-25')[0]!)).toContain('future');
    const q = person('p002', { infoAppointment: '2026-11-10', attended: false });
    expect(attendedViolations(q, '2026-11-09', '2026-11-25')).toHaveLength(1);
    expect(attendedViolations(q, '2026-11-10', '2026-11-25')).toEqual([]);
  });
  test('check lists an enrolment before the decision', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2019-12-01', '2020-06-30'); // the helper's person was decided on 2020-01-15
    expect(storeViolations(data, [], '2026-11-25').map((v) => v.rule)).toContain('pipeline-order');
  });
});

describe('absences fall on working days; the reports count working days only', () => {
  const settings = mainData().settings;
  test('refuses leave, excused and unexcused absence on a Saturday or a public holiday; accepts sickness', () => {
    expect(absenceDayViolations(absent('p1', '2026-11-21', 'holiday'), settings).map((v) => v.rule)).toEqual([
      'absence-day',
    ]);
    expect(absenceDayViolations(absent('p1', '2026-12-25', 'excused'), settings)).toHaveLength(1);
    expect(absenceDayViolations(absent('p1', '2026-11-22', 'unexcused'), settings)).toHaveLength(1);
    expect(absenceDayViolations(absent('p1', '2026-11-21', 'sick-certified'), settings)).toEqual([]);
    expect(absenceDayViolations(absent('p1', '2026-11-23', 'holiday'), settings)).toEqual([]);
  });
  test('a closing day is booked on a weekday that is no public holiday', () => {
    const s = { ...settings, closingDays: ['2026-12-28'] };
    expect(absenceDayViolations(absent('p1', '2026-12-28', 'closed'), s)).toEqual([]);
    expect(absenceDayViolations(absent('p1', '2026-12-27', 'closed'), s)).toHaveLength(1);
    expect(absenceDayViolations(absent('p1', '2026-12-28', 'holiday'), s)).toHaveLength(1);
  });
  test('a sickness over a weekend counts the working days only; closing days are listed apart', () => {
    const data = mainData();
    data.settings.closingDays = ['2026-11-27'];
    enrol(data, 'p001', 'holz', '2026-11-02', '2027-10-31');
    const bookings = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'].map((d) =>
      absent('p001', d, 'sick-certified'),
    );
    bookings.push(absent('p001', '2026-11-27', 'closed'));
    expect(countsAsAbsenceDay(bookings[1]!, data.settings.closingDays)).toBe(false);
    const line = absenceReport(data, '2026-11', bookings).participants[0]!;
    expect(line.absences['sick-certified']).toBe(2);
    expect(line.absenceDays).toBe(2);
    expect(line.closingDays).toBe(1);
  });
});

describe('one person, one record', () => {
  test('names compare without case, accents or punctuation', () => {
    expect(normalName('  Jürgen  GRÖSSMANN ')).toBe(normalName('jurgen grossmann'));
    expect(withinOneEdit('meier', 'meyer')).toBe(true);
    expect(withinOneEdit('meier', 'mayer')).toBe(false);
    expect(withinOneEdit('anna', 'anne')).toBe(true);
  });
  test('refuses the same name and birth date, or the same customer number, naming the id', () => {
    const people = [
      person('p001', { name: 'Jürgen Größmann', birthDate: '1979-03-14', jobcenterCustomerNo: '362D100200' }),
    ];
    const v = duplicateViolations(
      { name: 'jurgen grossmann', birthDate: '1979-03-14', jobcenterCustomerNo: '' },
      people,
    );
    expect(v).toEqual([expect.objectContaining({ rule: 'duplicate-person', ids: ['p001'] })]);
    expect(sayViolation(v[0]!)).toContain('--not-duplicate');
    expect(
      duplicateViolations({ name: 'Other Name', birthDate: '1990-01-01', jobcenterCustomerNo: '362d 100200' }, people),
    ).toHaveLength(1);
    expect(
      duplicateViolations({ name: 'Jürgen Größmann', birthDate: '1979-03-15', jobcenterCustomerNo: '' }, people),
    ).toEqual([]);
  });
  test('check warns about likely duplicates: same birth date, names one letter apart', () => {
    const data = mainData();
    data.people.push(
      person('p001', { name: 'Anna Meier', birthDate: '1980-01-01' }),
      person('p002', { name: 'Anna Meyer', birthDate: '1980-01-01' }),
      person('p003', { name: 'Anna Meyer', birthDate: '1981-01-01' }),
    );
    expect(likelyDuplicates(data.people)).toEqual([expect.objectContaining({ ids: ['p001', 'p002'] })]);
    expect(storeWarnings(data, '2026-11-25').map((v) => v.rule)).toEqual(['duplicate-person']);
  });
  test('birth dates make an adult of working age (15–67) at the first contact', () => {
    expect(birthDateViolations({ id: 'p1', birthDate: '2012-01-01', contactDate: '2026-11-25' })).toHaveLength(1);
    expect(birthDateViolations({ id: 'p1', birthDate: '1958-11-24', contactDate: '2026-11-25' })).toHaveLength(1);
    expect(birthDateViolations({ id: 'p1', birthDate: '1959-11-25', contactDate: '2026-11-25' })).toEqual([]);
    expect(birthDateViolations({ id: 'p1', birthDate: '2011-11-25', contactDate: '2026-11-25' })).toEqual([]);
  });
});

// Correcting a certification date (`certification edit`): the next due date follows what it was rolled
// on from while it still is that date; a date set by hand stays; the last record done is re-dated by
// the rule of `certification done`, or taken back to the date it was due then.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { editedCertification } from '../../src/model/due/certifications.js';
import type { Certification } from '../../src/model/types.js';
import { sayViolation as say } from '../../src/i18n/active.js';

const TODAY = '2027-04-01';
const audit = (extra: Partial<Certification> = {}): Certification => ({
  id: 'z001',
  kind: 'audit',
  due: '2028-03-10',
  everyMonths: 12,
  note: '',
  done: [{ due: '2027-03-15', date: '2027-03-10' }],
  created: '2026-01-01',
  ...extra,
});

describe('the next due date after a correction', () => {
  test('a date rolled on from the last record rolls on anew with a new interval or a corrected day', () => {
    expect(editedCertification(audit(), { everyMonths: 36 }, TODAY).after.due).toBe('2030-03-10');
    expect(editedCertification(audit(), { lastDone: '2027-03-12' }, TODAY).after.due).toBe('2028-03-12');
    // done late: the date rolls on from the day it was due (an audit held late does not push it back)
    expect(editedCertification(audit(), { lastDone: '2027-03-20' }, TODAY).after.due).toBe('2028-03-15');
  });

  test('a date set by hand since stays; --due wins over the roll', () => {
    const byHand = audit({ due: '2028-01-31' });
    expect(editedCertification(byHand, { everyMonths: 36 }, TODAY).after.due).toBe('2028-01-31');
    expect(editedCertification(audit(), { everyMonths: 36, due: '2029-01-01' }, TODAY).after.due).toBe('2029-01-01');
  });

  test('a date done once that now recurs gets its next date; one that no longer recurs has none', () => {
    const once = audit({ due: null, everyMonths: null });
    expect(editedCertification(once, { everyMonths: 12 }, TODAY).after.due).toBe('2028-03-10');
    expect(editedCertification(audit(), { everyMonths: null }, TODAY).after.due).toBeNull();
  });

  test('taking back the last record restores the date it was due then', () => {
    const { after } = editedCertification(audit(), { lastDone: null }, TODAY);
    expect(after).toMatchObject({ due: '2027-03-15', done: [] });
  });

  test('the record is left as it was: the edit works on a copy', () => {
    const c = audit();
    editedCertification(c, { lastDone: null, note: 'x' }, TODAY);
    expect(c).toEqual(audit());
  });
});

describe('refusals', () => {
  test('a last day in the future, not after the one before, or no record at all', () => {
    const twice = audit({ done: [{ due: '2026-03-15', date: '2026-03-01' }, ...audit().done] });
    expect(say(editedCertification(audit(), { lastDone: '2027-04-02' }, TODAY).violations[0]!)).toMatch(/future/);
    expect(say(editedCertification(twice, { lastDone: '2026-03-01' }, TODAY).violations[0]!)).toMatch(
      /--last-done 2026-03-01 is not after the time before \(2026-03-01\)/,
    );
    expect(editedCertification(twice, { lastDone: '2026-03-02' }, TODAY).violations).toEqual([]);
    expect(say(editedCertification(audit({ done: [] }), { lastDone: null }, TODAY).violations[0]!)).toMatch(
      /never recorded as done/,
    );
  });
});

// The rules a correction re-checks: a person's facts (age, first contact, one person one record), a
// shorter assignment (bookings after the new end, what lay beyond it), reopening a decision.
import '../helpers/english.js';
import { describe, expect, test } from '@jest/globals';
import { sayViolation } from '../../src/i18n/active.js';
import { personEditViolations } from '../../src/model/person-edit.js';
import { reopened, reopenViolations } from '../../src/model/reopen.js';
import { shortenedAssignment, shortenViolations } from '../../src/model/shorten.js';
import type { Person } from '../../src/model/types.js';
import { enrol, mainData, person, worked } from '../helpers/main-data.js';

const TODAY = '2027-03-10';
const rules = (vs: { rule: string }[]) => vs.map((v) => v.rule);

describe('correcting a person re-checks the rules the changed fields touch', () => {
  const data = mainData();
  const p = person('p001', {
    contactDate: '2026-11-02',
    infoAppointment: '2026-11-05',
    decision: { suitable: true, by: 'Frau Schulte', date: '2026-11-06' },
  });
  const other = person('p002', { name: 'Eva Beispiel', birthDate: '1975-03-02', jobcenterCustomerNo: '362D1234' });
  data.people.push(p, other);
  const edited = (over: Partial<Person>) => personEditViolations(data, p, { ...p, ...over }, TODAY);

  test('a new birth date re-checks the age at the first contact (15–67)', () => {
    expect(rules(edited({ birthDate: '2015-01-01' }))).toEqual(['birth-date']);
    expect(rules(edited({ birthDate: '1950-01-01' }))).toEqual(['birth-date']);
    expect(edited({ birthDate: '1981-05-01' })).toEqual([]);
  });

  test('a new first contact re-checks the age, the future and the pipeline order', () => {
    expect(rules(edited({ contactDate: '2027-04-01' }))).toEqual(expect.arrayContaining(['contact-date']));
    expect(rules(edited({ contactDate: '2026-11-06' }))).toEqual(['pipeline-order']);
    expect(edited({ contactDate: '2026-11-01' })).toEqual([]);
  });

  test('a new customer number or name re-checks duplicates (unless the record is another person)', () => {
    expect(rules(edited({ jobcenterCustomerNo: '362 D1234' }))).toEqual(['duplicate-person']);
    expect(rules(edited({ name: 'eva beispiel', birthDate: '1975-03-02' }))).toEqual(['duplicate-person']);
    expect(personEditViolations(data, p, { ...p, jobcenterCustomerNo: '362D1234' }, TODAY, true)).toEqual([]);
  });

  test('a field no rule reads is not refused for an old problem of another field', () => {
    const old = { ...p, birthDate: '2015-01-01' };
    expect(personEditViolations(data, old, { ...old, phone: '0234 1' }, TODAY)).toEqual([]);
  });

  test('a purged person cannot be edited', () => {
    const purged = { ...p, purged: true };
    expect(rules(personEditViolations(data, purged, { ...purged, phone: '1' }, TODAY))).toEqual(['purged']);
  });
});

describe('shortening an assignment', () => {
  const setUp = () => {
    const data = mainData();
    const a = enrol(data, 'p001', 'holz', '2027-01-04', '2027-12-31', { moves: [['2027-08-02', 'kueche']] });
    return { data, a };
  };

  test('refused below the last booking, naming the bookings after the new end', () => {
    const { a } = setUp();
    const v = shortenViolations(a, '2027-02-26', [
      worked('p001', '2027-03-01', 360),
      worked('p001', '2027-03-02', 360),
    ]);
    expect(rules(v)).toEqual(['shorten-bookings']);
    expect(sayViolation(v[0]!)).toContain('2027-03-01, 2027-03-02');
    expect(shortenViolations(a, '2027-03-02', [worked('p001', '2027-03-02', 360)])).toEqual([]);
  });

  test('a later end is no shortening (extend), an end before the start or the exit is refused', () => {
    const { a } = setUp();
    expect(sayViolation(shortenViolations(a, '2028-01-31', [])[0]!)).toContain('participant extend');
    expect(rules(shortenViolations(a, '2027-01-03', []))).toEqual(['shorten-dates']);
    expect(
      rules(shortenViolations({ ...a, exit: { date: '2027-05-31', reason: 'job', text: '' } }, '2027-05-30', [])),
    ).toEqual(['shorten-dates']);
  });

  test('moves, hours and extensions beyond the new end go; an extension reaching over it ends on it', () => {
    const { a } = setUp();
    const withMore = {
      ...a,
      hoursChanges: [{ from: '2027-09-01', hoursPerWeek: 25 }],
      extensions: [
        { until: '2027-06-30', previousUntil: '2027-03-31', reason: '', beyondCap: false, recorded: '2027-03-01' },
        { until: '2027-12-31', previousUntil: '2027-06-30', reason: '', beyondCap: false, recorded: '2027-06-01' },
      ],
    };
    const out = shortenedAssignment(withMore, '2027-05-31', () => false);
    expect(out.until).toBe('2027-05-31');
    expect(out.areas).toEqual([{ from: '2027-01-04', area: 'holz' }]);
    expect(out).not.toHaveProperty('hoursChanges');
    expect(out.extensions.map((e) => [e.previousUntil, e.until])).toEqual([['2027-03-31', '2027-05-31']]);
  });
});

describe('reopening a decision taken by mistake', () => {
  test('the decision goes: the person waits for it again', () => {
    const p = person('p001');
    expect(reopenViolations(p, [])).toEqual([]);
    expect(reopened(p)).toEqual({ person: { ...p, decision: null }, undid: 'decision' });
  });

  test('a withdrawal is taken back first', () => {
    const p = person('p001', { withdrawn: '2027-03-01' });
    const r = reopened(p);
    expect(r.undid).toBe('withdrawal');
    expect(r.person).not.toHaveProperty('withdrawn');
    expect(r.person.decision).toEqual(p.decision);
  });

  test('refused once enrolled, naming what to do instead; refused when there is nothing to take back', () => {
    const data = mainData();
    enrol(data, 'p001', 'holz', '2027-01-04', '2027-12-31');
    const v = reopenViolations(data.people[0]!, data.assignments);
    expect(sayViolation(v[0]!)).toMatch(/participant edit p001.*participant exit p001.*insat undo/);
    expect(rules(reopenViolations(person('p002', { decision: null }), []))).toEqual(['entry-pipeline']);
  });
});

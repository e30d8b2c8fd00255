import { describe, expect, test } from '@jest/globals';
import { absenceLetter, absenceReportLayout, dayRuns } from '../../src/model/absence-letter.js';
import { absenceReport } from '../../src/model/absences.js';
import type { AbsenceCode, Booking, MainData } from '../../src/model/types.js';
import { absent, enrol, mainData, worked } from '../helpers/main-data.js';

const TODAY = '2026-12-10';
const MONTH = '2026-11';

/** Every working day of November 2026 (no public holiday: Allerheiligen is a Sunday) worked, except `off`. */
function november(id: string, off: Record<string, AbsenceCode> = {}): Booking[] {
  const out: Booking[] = [];
  for (let d = 2; d <= 30; d++) {
    const date = `2026-11-${String(d).padStart(2, '0')}`;
    const wd = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    out.push(off[date] ? absent(id, date, off[date]) : worked(id, date, 240));
  }
  return out;
}

function store(): { data: MainData; bookings: Booking[] } {
  const data = mainData();
  const officer = (id: string, name: string, no: string) => {
    data.assignments.find((a) => a.personId === id)!.integrationOfficer = name;
    data.people.find((p) => p.id === id)!.jobcenterCustomerNo = no;
  };
  enrol(data, 'p1', 'holz', '2026-09-01', '2027-08-31');
  enrol(data, 'p2', 'kueche', '2026-09-01', '2027-08-31');
  enrol(data, 'p3', 'gestaltung', '2026-09-01', '2027-08-31');
  data.people.find((p) => p.id === 'p1')!.name = 'Zora Zimmer';
  data.people.find((p) => p.id === 'p3')!.name = 'Anna Adam';
  officer('p1', 'Herr Öztürk', '362D000001');
  officer('p2', 'Frau Brandt', '362D000002');
  officer('p3', 'Herr Öztürk', '362D000003');
  const bookings = [
    ...november('p1', {
      '2026-11-03': 'sick-certified',
      '2026-11-04': 'sick-certified',
      '2026-11-05': 'sick-certified',
      '2026-11-12': 'unexcused',
    }),
    ...november('p2', {
      '2026-11-16': 'sick',
      '2026-11-17': 'sick',
      '2026-11-18': 'sick',
      '2026-11-19': 'sick',
      '2026-11-25': 'excused',
    }),
    ...november('p3', { '2026-11-20': 'holiday' }),
  ];
  return { data, bookings };
}

describe('dayRuns: consecutive calendar days in one run', () => {
  test('runs across a month end and a weekend gap', () => {
    expect(dayRuns(['2026-12-01', '2026-11-30', '2026-11-27', '2026-11-25'])).toEqual([
      { from: '2026-11-25', to: '2026-11-25' },
      { from: '2026-11-27', to: '2026-11-27' },
      { from: '2026-11-30', to: '2026-12-01' },
    ]);
    expect(dayRuns([])).toEqual([]);
  });
});

describe('the absence letter: the figures of insat absences, arranged per integration officer', () => {
  test('the layout is a setting, per officer by default', () => {
    const { data } = store();
    expect(absenceReportLayout(data.settings)).toBe('per-officer');
    data.settings.absenceReportLayout = 'list';
    expect(absenceReportLayout(data.settings)).toBe('list');
  });

  test('one section per officer (by name), people by name; counts equal the report’s', () => {
    const { data, bookings } = store();
    const report = absenceReport(data, MONTH, bookings, undefined, TODAY);
    const letter = absenceLetter(data, report, 'per-officer');
    expect(letter.sections.map((s) => [s.officer, s.lines.map((l) => l.id)])).toEqual([
      ['Frau Brandt', ['p2']],
      ['Herr Öztürk', ['p3', 'p1']], // Anna Adam before Zora Zimmer
    ]);
    const p1 = letter.sections[1]!.lines[1]!;
    expect(p1.jobcenterCustomerNo).toBe('362D000001');
    expect(p1.days).toEqual({ 'certified-sick': 3, 'sick-no-certificate': 0, excused: 0, unexcused: 1, leave: 0 });
    expect(p1.dates['certified-sick']).toEqual([{ from: '2026-11-03', to: '2026-11-05' }]);
    expect(p1.dates.unexcused).toEqual([{ from: '2026-11-12', to: '2026-11-12' }]);
    const p2 = letter.sections[0]!.lines[0]!;
    expect(p2.days['sick-no-certificate']).toBe(4);
    // sick from Mon 16 Nov without a certificate: due by the 3rd calendar day (18 Nov), the 19th is flagged
    expect(p2.flags.map((f) => [f.flag, f.dates])).toEqual([['sick-without-certificate', ['2026-11-19']]]);
    for (const l of letter.sections.flatMap((s) => s.lines)) {
      const line = report.participants.find((p) => p.id === l.id)!;
      expect(l.days['certified-sick']).toBe(line.absences['sick-certified']);
      expect(l.days.leave).toBe(line.absences.holiday);
    }
    expect(letter.totals).toEqual({
      'certified-sick': 3,
      'sick-no-certificate': 4,
      excused: 1,
      unexcused: 1,
      leave: 1,
    });
  });

  test('the list layout: one section, no officer; a person without an officer gets a section of their own, last', () => {
    const { data, bookings } = store();
    const report = absenceReport(data, MONTH, bookings, undefined, TODAY);
    const list = absenceLetter(data, report, 'list');
    expect(list.sections.map((s) => [s.officer, s.lines.map((l) => l.id)])).toEqual([[null, ['p3', 'p2', 'p1']]]);
    data.assignments.find((a) => a.personId === 'p2')!.integrationOfficer = '';
    const perOfficer = absenceLetter(data, absenceReport(data, MONTH, bookings, undefined, TODAY), 'per-officer');
    expect(perOfficer.sections.map((s) => s.officer)).toEqual(['Herr Öztürk', '']);
  });

  test('days nobody booked travel as "not booked", never as an absence', () => {
    const { data, bookings } = store();
    const gaps = bookings.filter((b) => !(b.participantId === 'p3' && ['2026-11-26', '2026-11-27'].includes(b.date)));
    const report = absenceReport(data, MONTH, gaps, undefined, TODAY);
    const p3 = absenceLetter(data, report, 'list').sections[0]!.lines.find((l) => l.id === 'p3')!;
    expect(p3.unbooked).toEqual([{ from: '2026-11-26', to: '2026-11-27' }]);
    expect(Object.values(p3.days).reduce((a, b) => a + b, 0)).toBe(1); // the one leave day
  });

  test('the officer is the one of the assignment that reaches into the month last', () => {
    const { data, bookings } = store();
    const first = data.assignments.find((a) => a.personId === 'p2')!;
    first.exit = { date: '2026-11-13', reason: 'other', text: 'x' };
    enrol(data, 'p2', 'kueche', '2026-11-16', '2027-08-31').integrationOfficer = 'Frau Neu';
    const letter = absenceLetter(data, absenceReport(data, MONTH, bookings, undefined, TODAY), 'per-officer');
    expect(letter.sections.map((s) => s.officer)).toContain('Frau Neu');
    expect(letter.sections.map((s) => s.officer)).not.toContain('Frau Brandt');
  });
});

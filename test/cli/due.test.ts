// `insat due`: one list of what is due, soonest first with the overdue items on top, for the
// terminal and for cron (exit 0, also when empty); `check` warns about what is overdue.
import { describe, expect, test } from '@jest/globals';
import { enrolled, insat, ok, storeBytes, tempDataDir, withContacts } from '../helpers/cli.js';

/** Today 2026-11-25: an assignment ending 2026-12-31, an audit due on the 27th, an applicant waiting since the 2nd. */
function programme(): { dir: string; participant: string; applicant: string } {
  const dir = tempDataDir();
  ok(dir, ['init']);
  const participant = enrolled(dir, 'holz', '2026-11-24', '2026-12-31');
  withContacts(dir, participant);
  ok(dir, ['certification', 'add', '--kind', 'audit', '--due', '2026-11-27', '--every', '1y']);
  const applicant = ok(dir, [
    'applicant',
    'add',
    '--name',
    'Erika Beispiel',
    '--birth-date',
    '1985-03-01',
    '--referred-by',
    'self',
    '--contact-date',
    '2026-11-02',
    '--json',
  ]).json().id;
  return { dir, participant, applicant };
}

describe('insat due', () => {
  const { dir, participant, applicant } = programme();

  test('lists the next 4 weeks soonest first, the overdue items on top and marked', () => {
    const r = ok(dir, ['due', '--json']);
    expect(r.stderr).toBe('');
    const json = r.json();
    expect(json).toEqual(expect.objectContaining({ date: '2026-11-25', to: '2026-12-23', count: 4, overdue: 2 }));
    expect(
      json.items.map((i: { date: string; kind: string; overdue: boolean; ids: string[] }) => [
        i.date,
        i.kind,
        i.overdue,
        i.ids,
      ]),
    ).toEqual([
      ['2026-11-16', 'applicant', true, [applicant]],
      ['2026-11-19', 'assignment-end', true, [participant]],
      ['2026-11-27', 'certification', false, ['z001']],
      ['2026-12-05', 'absence-report', false, []],
    ]);
    expect(Object.keys(json.items[0]).sort()).toEqual(['date', 'detail', 'ids', 'kind', 'overdue', 'subject']);
  });

  test('the table marks overdue rows and ends with a summary line', () => {
    const out = ok(dir, ['due']).stdout;
    expect(out).toMatch(/2026-11-16 │ overdue │ applicant +│ Erika Beispiel/);
    expect(out).toContain('4 items due up to 2026-12-23 (from 2026-11-25), 2 of them overdue.');
  });

  test('--within 8w reaches further: the leave that lapses at the end, the December report', () => {
    const kinds = ok(dir, ['due', '--within', '8w', '--json'])
      .json()
      .items.map((i: { kind: string; date: string }) => `${i.date} ${i.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['2026-12-31 leave-lapse', '2027-01-05 absence-report']));
  });

  test('--format csv and csv-de: one row per item, csv with the kind code', () => {
    const csv = ok(dir, ['due', '--format', 'csv']).stdout.split('\r\n').join('\n').trim().split('\n');
    expect(csv[0]).toBe('date,status,kind,subject,ids,detail');
    expect(csv[1]).toMatch(/^2026-11-16,overdue,applicant,Erika Beispiel,p\d+,/);
    expect(csv).toHaveLength(5);
    const de = ok(dir, ['due', '--format', 'csv-de']).stdout;
    expect(de).toMatch(/^\uFEFFdate;status;kind;subject;ids;detail\r\n16\.11\.2026;overdue;applicant;/);
  });

  test('--date lists as of another day', () => {
    const json = ok(dir, ['due', '--date', '2026-12-28', '--within', '1w', '--json']).json();
    expect(json.items.map((i: { date: string; kind: string }) => `${i.date} ${i.kind}`)).toEqual([
      '2026-11-16 applicant',
      '2026-11-19 assignment-end',
      '2026-11-27 certification',
      '2026-12-31 leave-lapse',
    ]);
  });

  test.each([
    [['due', '--within', 'soon'], /--within 'soon' is not a span/],
    [['due', '--within', '0d'], /--within '0d'/],
    [['due', '--date', '2026-13-01'], /is not a date/],
    [['due', '--format', 'pdf'], /--format 'pdf'/],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const r = insat(dir, args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('insat due in German (the default language)', () => {
  test('the table speaks German: German dates, kinds and the summary; csv keeps its codes', () => {
    const { dir } = programme();
    const de = { env: { INSAT_LANG: 'de' } };
    const out = ok(dir, ['due'], de).stdout;
    expect(out).toMatch(/16\.11\.2026 │ überfällig │ Interessierte\/r/);
    expect(out).toContain('Fehlzeitenmeldung');
    expect(out).toContain('die monatliche Fehlzeitenmeldung (§ 61 SGB II) für November 2026 an das Jobcenter');
    expect(out).toContain('4 Einträge fällig bis 23.12.2026 (ab 25.11.2026), davon 2 überfällig.');
    expect(ok(dir, ['due', '--format', 'csv'], de).stdout.split('\n')[1]).toMatch(/^2026-11-16,overdue,applicant,/);
    expect(
      ok(dir, ['certification', 'add', '--kind', 'concept', '--due', '2028-06-30', '--every', '3y'], de).stdout,
    ).toBe('z002 eingetragen: Konzept-Rezertifizierung fällig am 30.06.2028, alle 3 Jahre\n');
  });
});

describe('insat due with nothing due', () => {
  test('an empty store: exit 0, one line saying so; --json an empty list', () => {
    const dir = tempDataDir();
    ok(dir, ['init']);
    expect(ok(dir, ['due']).stdout).toBe('Nothing is due from 2026-11-25 to 2026-12-23, and nothing is overdue.\n');
    expect(ok(dir, ['due', '--json']).json()).toEqual({
      date: '2026-11-25',
      to: '2026-12-23',
      count: 0,
      overdue: 0,
      items: [],
    });
    expect(ok(dir, ['due', '--format', 'csv']).stdout.trim()).toBe('date,status,kind,subject,ids,detail');
  });
});

describe('insat check warns about what is overdue', () => {
  test('an overdue certification date and a waiting applicant: warnings on stderr, exit 0; --strict exit 3', () => {
    const { dir, applicant } = programme();
    const later = { today: '2026-11-30' };
    const r = ok(dir, ['check'], later);
    expect(r.stderr).toContain(`warning: overdue-applicant: applicant overdue since 2026-11-16: Erika Beispiel`);
    expect(r.stderr).toContain('warning: overdue-certification: certification overdue since 2026-11-27: annual audit');
    expect(r.stderr).not.toContain('assignment-end');
    const before = storeBytes(dir);
    expect(insat(dir, ['check', '--strict'], later).code).toBe(3);
    const json = insat(dir, ['check', '--json'], later).json();
    expect(json.ok).toBe(true);
    expect(json.problems.map((p: { rule: string; severity: string }) => `${p.rule} ${p.severity}`)).toEqual([
      'overdue-applicant warning',
      'overdue-certification warning',
    ]);
    expect(storeBytes(dir)).toEqual(before);

    ok(dir, ['certification', 'done', 'z001', '--date', '2026-11-27'], later);
    ok(dir, ['applicant', 'schedule', applicant, '--info-date', '2026-12-02'], later);
    expect(ok(dir, ['check', '--strict'], later).stderr).toBe('');
  });
});

describe('the deadlines are settings', () => {
  test('config set due.* changes the list; a wrong value is a usage error and changes nothing', () => {
    const { dir } = programme();
    ok(dir, ['config', 'set', 'due.absenceReportDay', '10']);
    ok(dir, ['config', 'set', 'due.assignmentEndWeeks', '4']);
    const items = ok(dir, ['due', '--json'])
      .json()
      .items.map((i: { date: string; kind: string }) => `${i.date} ${i.kind}`);
    expect(items).toEqual(expect.arrayContaining(['2026-12-03 assignment-end', '2026-12-10 absence-report']));
    ok(dir, ['config', 'set', 'due.applicationDeadline', '15.12.']);
    expect(ok(dir, ['config', 'show', '--json']).json().due).toEqual({
      absenceReportDay: 10,
      assignmentEndWeeks: 4,
      applicationDeadline: '12-15',
      progressReportMonths: 6,
      applicantDays: 14,
    });
    expect(
      ok(dir, ['due', '--json'])
        .json()
        .items.map((i: { kind: string }) => i.kind),
    ).toContain('application');
    const before = storeBytes(dir);
    for (const [key, value] of [
      ['due.absenceReportDay', '31'],
      ['due.applicationDeadline', '02-30'],
      ['due.progressReportMonths', '0'],
      ['due.applicantDays', 'soon'],
    ]) {
      const r = insat(dir, ['config', 'set', key!, value!]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(key);
    }
    expect(storeBytes(dir)).toEqual(before);
  });
});

// A purged person's name is erased also where others' records mention it: a case note on another
// participant, an order's title, a customer's contact, a group offer's topic and leader, a
// certification note — in the store, in the trail and in the backups. Other text stays.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

const TODAY = '2026-11-25';

describe("a purged person's name in another participant's note", () => {
  test('is replaced by the pseudonym in the note, the history and every backup', () => {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: '2025-01-06' });
    const gone = ok(
      dir,
      [
        'applicant',
        'add',
        '--name',
        'Erika Beispiel',
        '--birth-date',
        '1975-03-04',
        '--referred-by',
        'self',
        '--contact-date',
        '2025-01-02',
        '--json',
      ],
      { today: '2025-01-06' },
    ).json().id as string;
    ok(dir, ['applicant', 'schedule', gone, '--info-date', '2025-01-03'], { today: '2025-01-06' });
    ok(dir, ['applicant', 'attended', gone], { today: '2025-01-06' });
    ok(dir, ['applicant', 'decide', gone, '--suitable', '--by', 'Frau Schulte', '--date', '2025-01-04'], {
      today: '2025-01-06',
    });
    ok(
      dir,
      ['enrol', gone, '--area', 'holz', '--start', '2025-01-06', '--until', '2025-06-30', '--hours-per-week', '20'],
      { today: '2025-01-06' },
    );
    const stays = enrolled(dir, 'kueche', '2026-11-02', '2027-10-31', 20, { today: TODAY });
    ok(dir, ['note', 'add', stays, '--text', 'Arbeitet gern mit Erika Beispiel an der Werkbank'], { today: TODAY });
    const at = { today: TODAY };
    ok(
      dir,
      [
        'customer',
        'add',
        '--name',
        'Kita Sonnenschein',
        '--kind',
        'non-profit',
        '--type',
        'Kita',
        '--contact',
        'Erika Beispiel',
      ],
      at,
    );
    ok(
      dir,
      ['order', 'add', '--customer', 'c001', '--area', 'holz', '--title', 'Regal, wie Erika Beispiel es entworfen hat'],
      at,
    );
    ok(
      dir,
      [
        'group',
        'add',
        '--date',
        '2026-11-24',
        '--topic',
        'Rückblick mit Erika Beispiel',
        '--kind',
        'group',
        '--from',
        '10:00',
        '--to',
        '11:00',
        '--led-by',
        'Erika Beispiel',
      ],
      at,
    );
    ok(
      dir,
      [
        'certification',
        'add',
        '--kind',
        'audit',
        '--due',
        '2027-03-15',
        '--every',
        '1y',
        '--note',
        'Erika Beispiel als Ansprechpartnerin',
      ],
      at,
    );
    const r = ok(
      dir,
      ['purge', '--exited-before', '2026-01-01', '--yes', '--force', '--reason', 'Widerruf der Einwilligung', '--json'],
      { today: '2026-11-26' },
    ).json();
    expect(r.purged.map((p: { id: string }) => p.id)).toEqual([gone]);
    const note = ok(dir, ['note', 'list', stays, '--json'], { today: '2026-11-26' }).stdout;
    expect(note).not.toContain('Erika Beispiel');
    expect(note).toContain('Arbeitet gern mit TN-');
    const later = { today: '2026-11-26' };
    expect(ok(dir, ['order', 'list', '--json'], later).stdout).toMatch(/Regal, wie TN-\w+ es entworfen hat/);
    expect(ok(dir, ['customer', 'show', 'c001', '--json'], later).json().contact).toMatch(/^TN-/);
    expect(ok(dir, ['group', 'list', '--json'], later).json().offers[0]).toMatchObject({
      topic: expect.stringMatching(/^Rückblick mit TN-/),
      ledBy: expect.stringMatching(/^TN-/),
    });
    const files = [
      join(dir, 'history.jsonl'),
      join(dir, 'insat.json'),
      join(dir, 'archive.json'),
      ...readdirSync(join(dir, 'backups')).flatMap((b) => [
        join(dir, 'backups', b, 'insat.json'),
        join(dir, 'backups', b, 'archive.json'),
      ]),
    ];
    expect(files.filter((f) => existsSync(f) && readFileSync(f, 'utf8').includes('Erika Beispiel'))).toEqual([]);
    expect(ok(dir, ['check'], { today: '2026-11-26' }).code).toBe(0);
  });
});

// `edit` without flags on a real terminal (tmux): every field is asked with its current value as the
// default, Enter keeps it, and only what was changed is changed.
import { afterAll, expect, test } from '@jest/globals';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';
import { keys, killSessions, screen, startInsat, waitFor } from '../helpers/terminal.js';

const TODAY = '2026-11-25';
const start = (dir: string, args: string) => startInsat(dir, args, TODAY, { width: 200, height: 50 });

afterAll(killSessions);

test('participant edit without flags asks every field with the current value; Enter keeps it', async () => {
  const dir = tempDataDir();
  ok(dir, ['init'], { today: TODAY });
  const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20, { today: TODAY });
  ok(dir, ['participant', 'edit', id, '--integration-officer', 'Frau Schulte'], { today: TODAY });
  // the instructor is picked from the team of the area ('–' keeps none); no social worker in the team: not asked
  ok(dir, ['staff', 'add', '--name', 'Frau Berg', '--role', 'instructor', '--area', 'holz', '--from', '2026-01-01'], {
    today: TODAY,
  });
  const s = start(dir, `participant edit ${id}`);
  await waitFor(s, 'Full name');
  expect(screen(s)).toContain(`Person holz 2026-11-02`);
  keys(s, 'Enter');
  await waitFor(s, 'Date of birth');
  expect(screen(s)).toContain('1980-05-01');
  keys(s, 'Enter');
  await waitFor(s, 'Phone');
  keys(s, '-l', '0234 777');
  keys(s, 'Enter');
  for (const prompt of [
    'E-mail',
    'Address',
    'Jobcenter customer number',
    'Addiction status',
    'Referred by',
    'First contact',
    'Jobcenter reference',
  ]) {
    await waitFor(s, prompt);
    keys(s, 'Enter');
  }
  await waitFor(s, 'Integration officer');
  expect(screen(s)).toContain('Frau Schulte');
  keys(s, 'Enter');
  expect(await waitFor(s, 'Instructor')).toContain('s001  Frau Berg');
  keys(s, 'Down', 'Enter');
  const done = await waitFor(s, /EXIT=\d/);
  expect(done).toContain('EXIT=0');
  expect(done).toContain(`changed ${id}: phone – → 0234 777; instructor – → Frau Berg (s001)`);
  expect(ok(dir, ['participant', 'show', id, '--json'], { today: TODAY }).json()).toMatchObject({
    integrationOfficer: 'Frau Schulte',
    instructor: 'Frau Berg',
    instructorId: 's001',
  });
});

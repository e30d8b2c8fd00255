// Prompts for real: insat runs inside a tmux pseudo-terminal and a "user" types with send-keys.
import { afterAll, describe, expect, test } from '@jest/globals';
import { ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { hasTmux, keys, killSessions, screen, startInsat, waitFor } from '../helpers/terminal.js';

const TODAY = '2026-11-25';
const start = (dir: string, args: string) => startInsat(dir, args, TODAY);

afterAll(killSessions);

test('tmux is installed (the prompt tests need a real terminal; .ci/run installs it)', () => {
  expect({ tmux: hasTmux() }).toEqual({ tmux: true });
});

describe('prompts on a terminal', () => {
  test('insat enrol without flags asks for applicant, area, dates and hours, and validates the date', async () => {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: TODAY });
    const id = suitableApplicant(dir, 'Jürgen Kowalski', { today: TODAY });
    const s = start(dir, 'enrol');
    await waitFor(s, 'Applicant');
    expect(screen(s)).toContain('Jürgen Kowalski');
    keys(s, 'Enter');
    await waitFor(s, 'Work area');
    keys(s, 'Down', 'Enter'); // Holz → Küche
    await waitFor(s, 'First day');
    keys(s, '-l', '2026-02-30');
    keys(s, 'Enter');
    await waitFor(s, 'not a date');
    for (let i = 0; i < 10; i++) keys(s, 'BSpace');
    keys(s, '-l', '01.12.2026');
    keys(s, 'Enter');
    await waitFor(s, 'Last day');
    keys(s, '-l', '2027-05-31');
    keys(s, 'Enter');
    await waitFor(s, 'Hours per week');
    keys(s, '-l', '25');
    keys(s, 'Enter');
    for (const asked of ["Jobcenter's reference", 'Integration officer']) {
      await waitFor(s, asked);
      keys(s, 'Enter'); // none yet
    }
    const done = await waitFor(s, /EXIT=\d/);
    expect(done).toContain('EXIT=0');
    expect(done).toContain(`enrolled ${id} in kueche from 2026-12-01 to 2027-05-31`);
    expect(ok(dir, ['participant', 'show', id, '--json'], { today: TODAY }).json()).toMatchObject({
      area: 'kueche',
      start: '2026-12-01',
      until: '2027-05-31',
      hoursPerWeek: 25,
    });
  });

  test('insat applicant add asks only for what is missing', async () => {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: TODAY });
    const s = start(dir, 'applicant add --name "Eva Beispiel" --json');
    await waitFor(s, 'Date of birth');
    keys(s, '-l', '02.03.1975');
    keys(s, 'Enter');
    await waitFor(s, 'Referred by');
    keys(s, 'Down', 'Enter'); // self → jobcenter
    const done = await waitFor(s, /EXIT=\d/);
    expect(done).toContain('EXIT=0');
    const list = ok(dir, ['applicant', 'list', '--json'], { today: TODAY }).json().applicants;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ name: 'Eva Beispiel', referredBy: 'jobcenter' });
  });
});

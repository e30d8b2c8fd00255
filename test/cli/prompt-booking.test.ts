// Prompts of booking and enrolment on a real terminal: `hours book` offers today and takes an
// absence word where it asks for hours; `enrol` keeps asking for weekly hours until they are within
// the programme's bounds and asks for the Jobcenter reference, integration officer and social worker.
import { afterAll, describe, expect, test } from '@jest/globals';
import { enrolled, ok, suitableApplicant, tempDataDir } from '../helpers/cli.js';
import { hasTmux, keys, killSessions, screen, startInsat, typeLine, waitFor } from '../helpers/terminal.js';

const TODAY = '2026-11-25';

afterAll(killSessions);

test('tmux is installed (the prompt tests need a real terminal; .ci/run installs it)', () => {
  expect(hasTmux()).toBe(true);
});

describe('hours book on a terminal', () => {
  test('offers today as the day and books an absence typed where the hours are asked', async () => {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: TODAY });
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20, { today: TODAY });
    const s = startInsat(dir, `hours book ${id}`, TODAY);
    expect(await waitFor(s, 'Day')).toContain(TODAY);
    keys(s, 'Enter'); // take today
    await waitFor(s, 'Hours worked');
    typeLine(s, 'lots');
    await waitFor(s, 'or an absence code');
    for (let i = 0; i < 4; i++) keys(s, 'BSpace');
    typeLine(s, 'krank');
    const done = await waitFor(s, /EXIT=\d/);
    expect(done).toContain('EXIT=0');
    expect(done).toContain(`booked ${id} on 2026-11-25: sick`);
  });

  test('hours typed at the prompt are booked as before', async () => {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: TODAY });
    const id = enrolled(dir, 'holz', '2026-11-02', '2027-10-31', 20, { today: TODAY });
    const s = startInsat(dir, `hours book ${id}`, TODAY);
    await waitFor(s, 'Day');
    for (let i = 0; i < 10; i++) keys(s, 'BSpace');
    typeLine(s, 'gestern');
    await waitFor(s, 'Hours worked');
    typeLine(s, '4,5');
    const done = await waitFor(s, /EXIT=\d/);
    expect(done).toContain(`booked ${id} on 2026-11-24: 4.5 h`);
  });
});

describe('enrol on a terminal', () => {
  test('asks the weekly hours again until they are within the bounds, then the Jobcenter contacts and the social worker from the team', async () => {
    const dir = tempDataDir();
    ok(dir, ['init'], { today: TODAY });
    const id = suitableApplicant(dir, 'Paula Prompt', { today: TODAY });
    ok(dir, ['staff', 'add', '--name', 'Julia Terhoeven', '--role', 'social-worker', '--from', '2026-01-01'], {
      today: TODAY,
    });
    const s = startInsat(dir, `enrol ${id} --area holz --start 2026-12-01 --until 2027-11-30`, TODAY);
    expect(await waitFor(s, 'Hours per week')).toContain('15–30');
    typeLine(s, '40');
    await waitFor(s, 'a whole number from 15 to 30');
    keys(s, 'BSpace', 'BSpace');
    typeLine(s, '25');
    await waitFor(s, "Jobcenter's reference");
    typeLine(s, '362-AGH-4711');
    await waitFor(s, 'Integration officer');
    typeLine(s, 'Frau Schulte');
    expect(await waitFor(s, 'Social worker')).toContain('s001  Julia Terhoeven'); // picked from the team
    keys(s, 'Enter');
    const done = await waitFor(s, /EXIT=\d/);
    expect(done).toContain('EXIT=0');
    expect(screen(s)).toContain(`enrolled ${id} in holz`);
    expect(ok(dir, ['participant', 'show', id, '--json'], { today: TODAY }).json()).toMatchObject({
      hoursPerWeek: 25,
      jobcenterRef: '362-AGH-4711',
      integrationOfficer: 'Frau Schulte',
      socialWorker: 'Julia Terhoeven',
      socialWorkerId: 's001',
    });
  });
});

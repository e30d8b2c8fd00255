// An empty participant table says why and where the others are; scripts get the empty list alone.
import { describe, expect, test } from '@jest/globals';
import { enrolled, ok, tempDataDir } from '../helpers/cli.js';

describe('participant list with nobody in a seat on the day', () => {
  const dir = tempDataDir();
  ok(dir, ['init']);
  enrolled(dir, 'holz', '2026-12-01', '2027-11-30');

  test('the table is followed by a hint on stderr naming --all and --active-on', () => {
    const r = ok(dir, ['participant', 'list']);
    expect(r.stderr).toBe(
      "nobody has a seat on 2026-11-25 — 'insat participant list --all' lists everyone ever enrolled, '--active-on DATE' another day\n",
    );
    expect(ok(dir, ['participant', 'list', '--all']).stderr).toBe('');
  });

  test('csv and json carry no hint', () => {
    for (const format of ['csv', 'csv-de', 'json'])
      expect(ok(dir, ['participant', 'list', '--format', format]).stderr).toBe('');
  });
});

// The demo programme passes `insat check --strict`: no errors and no warnings (AGH cap ahead,
// frame ends, facts from free text, likely duplicates).
import { expect, test } from '@jest/globals';
import { demoProgramme } from '../../src/demo/generate.js';
import { storeWarnings } from '../../src/model/check.js';

test('the demo programme has no check warnings', () => {
  const { main } = demoProgramme('2026-11-25');
  expect(storeWarnings(main, '2026-11-25')).toEqual([]);
});

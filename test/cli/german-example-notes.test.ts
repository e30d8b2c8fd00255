// The notes after the examples of a command's help are words for people: German in German help.
import { expect, test } from '@jest/globals';
import { insat, tempDataDir } from '../helpers/cli.js';

test.each([
  [['staff', 'edit'], 'a leave recorded by mistake', 'ein versehentlich eingetragener Austritt'],
  [['staff', 'leave'], 'who needs a new social worker', 'wer eine neue Sozialarbeiterin'],
  [['certification', 'edit'], 'a time done recorded by mistake', 'ein versehentlich als erledigt eingetragener Termin'],
])('insat %j --help: the example notes in the help language', (command, english, german) => {
  const de = insat(tempDataDir(), [...command, '--help'], { env: { INSAT_LANG: 'de' } }).stdout;
  expect(de).toContain(`# ${german}`);
  expect(de).not.toContain(english);
  expect(insat(tempDataDir(), [...command, '--help']).stdout).toContain(`# ${english}`);
});

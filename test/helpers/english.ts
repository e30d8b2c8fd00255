// `import '../helpers/english.js';` first in a test that renders messages itself (model and store
// rules, a store opened in the test): they read English, as the command tests do (INSAT_LANG=en in
// test/helpers/cli.ts); tests of the German words load German themselves. Without it such a test
// stops with "no language is loaded". Only those tests import it: loading the catalogue costs each
// test file ~40 ms, and most files only run commands.
import { setCatalogue } from '../../src/i18n/active.js';
import { en } from '../../src/i18n/en/index.js';

setCatalogue('en', en);

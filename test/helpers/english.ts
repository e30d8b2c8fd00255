// Model and store tests read messages in English, as the command tests do (INSAT_LANG=en in
// test/helpers/cli.ts); tests of the German words load German themselves.
import { setCatalogue } from '../../src/i18n/active.js';
import { en } from '../../src/i18n/en/index.js';

setCatalogue('en', en);

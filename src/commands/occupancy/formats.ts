import type { Format } from '../../cli/output.js';

/** The formats of `insat occupancy`: text (the mail body) first, the default. */
export const OCCUPANCY_FORMATS: readonly Format[] = ['text', 'table', 'csv', 'csv-de', 'json'];

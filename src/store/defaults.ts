// The programme defaults shipped in data/defaults.json, as a fresh store's settings.
import { readFileSync } from 'node:fs';
import type { MainData, Settings } from '../model/types.js';
import { settingsSchema } from './schema.js';

export const DATA_DIR_URL = new URL('../../data/', import.meta.url);

export function defaultSettings(): Settings {
  return settingsSchema.parse(JSON.parse(readFileSync(new URL('defaults.json', DATA_DIR_URL), 'utf8'))) as Settings;
}

export function emptyStore(settings: Settings = defaultSettings()): MainData {
  return { settings, people: [], assignments: [], goals: [], notes: [], counters: { person: 0, assignment: 0, goal: 0, note: 0 } };
}

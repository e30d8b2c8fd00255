// The programme defaults shipped in data/defaults.json, as a fresh store's settings.
import { readFileSync } from 'node:fs';
import type { MainData, Settings } from '../model/types.js';
import { StoreError } from '../errors.js';
import { SETTINGS_CHECK } from './quick-check.js';

export const DATA_DIR_URL = new URL('../../data/', import.meta.url);

export function defaultSettings(): Settings {
  const url = new URL('defaults.json', DATA_DIR_URL);
  const settings: unknown = JSON.parse(readFileSync(url, 'utf8'));
  // Checked without zod (quick-check.ts), which costs 0.1 s to load; this file ships with insat.
  if (!SETTINGS_CHECK.quick(settings)) throw new StoreError((m) => m.store.defaultsBroken(url.pathname));
  return settings as Settings;
}

export function emptyStore(settings: Settings = defaultSettings()): MainData {
  return {
    settings,
    people: [],
    assignments: [],
    goals: [],
    notes: [],
    customers: [],
    orders: [],
    groupOffers: [],
    certifications: [],
    staff: [],
    counters: { person: 0, assignment: 0, goal: 0, note: 0 },
  };
}

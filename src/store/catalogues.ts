// The lists shipped in data/: customer types (data/customer-types.json) and the kinds of work each
// area listed in the application (data/work-areas.json). Settings extend or replace them.
import { readFileSync } from 'node:fs';
import type { WorkKinds } from '../model/orders.js';
import { DATA_DIR_URL } from './defaults.js';

const readData = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DATA_DIR_URL), 'utf8'));

export function customerTypeCatalogue(): string[] {
  return (readData('customer-types.json') as { types: string[] }).types;
}

export function workKindCatalogue(): WorkKinds {
  const areas = (readData('work-areas.json') as { areas: Record<string, { workKinds?: string[] }> }).areas;
  return {
    holz: areas.holz?.workKinds ?? [],
    kueche: areas.kueche?.workKinds ?? [],
    gestaltung: areas.gestaltung?.workKinds ?? [],
  };
}

// How a person is named in the due list.
import type { MainData } from '../types.js';

export function nameOf(main: MainData): (id: string) => string {
  const names = new Map(main.people.map((p) => [p.id, p.name]));
  return (id) => names.get(id) ?? id;
}

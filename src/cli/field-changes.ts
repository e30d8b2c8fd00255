// What an edit changed, field by field (before → after), for the command's output.
export interface FieldChange {
  field: string;
  before: string | number | null;
  after: string | number | null;
}

type Value = string | number | null | undefined;

/** The fields among `keys` whose values differ between the two records (a missing field reads as ''). */
export function fieldChanges<T extends object>(
  before: T,
  after: T,
  keys: readonly (keyof T & string)[],
): FieldChange[] {
  const value = (r: T, k: keyof T & string) => ((r[k] as Value) ?? '') as string | number | null;
  return keys
    .filter((k) => value(before, k) !== value(after, k))
    .map((k) => ({ field: k, before: value(before, k), after: value(after, k) }));
}

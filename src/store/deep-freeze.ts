// Freezing the main file's data for a change that declares it touches bookings only: an accidental
// write to it then throws (strict mode) instead of slipping past the history, so such a change need
// not stringify the main file to find out that it did not change.

/** Freezes `value` and every object and array inside it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const k in value) deepFreeze((value as Record<string, unknown>)[k]);
  }
  return value;
}

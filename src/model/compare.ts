// Comparators for sort() that need no ICU collation (whose start-up costs 10–15 ms per run): ISO
// dates, ids and other ASCII keys sort by their code units. Names of people keep the German
// collation (localeCompare(…, 'de')) where they are sorted for display.

/** Code-unit order: right for ISO dates, area keys and ids of equal width. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const ID_RE = /^([^\d]*)(\d+)$/;

/** Ids in natural order (p999 before p1000), as localeCompare(…, { numeric: true }) sorts them. */
export function compareIds(a: string, b: string): number {
  const x = ID_RE.exec(a);
  const y = ID_RE.exec(b);
  if (!x || !y || x[1] !== y[1]) return compareText(a, b);
  return Number(x[2]) - Number(y[2]) || compareText(a, b);
}

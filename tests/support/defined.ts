/** The value, or a failed test naming what was missing: for indexing fixtures in tests. */
export function defined<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The test expected ${what}`);
  return value;
}

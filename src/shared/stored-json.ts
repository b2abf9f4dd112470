import type { z } from 'zod';

/**
 * Stored text read back as JSON and checked against the schema of what was stored, instead of
 * cast to its type: a record from an older release, a half-written one or one edited by hand is
 * then recognised as such, not trusted. Null when the text is not JSON or not of that shape.
 */
export function readStoredJson<S extends z.ZodType>(text: string, schema: S): z.output<S> | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const result = schema.safeParse(data);
  return result.success ? result.data : null;
}

/** The same, for stored data that must be there: throws, saying what `what` is, when it is not. */
export function requireStoredJson<S extends z.ZodType>(
  text: string,
  schema: S,
  what: string,
): z.output<S> {
  const data = readStoredJson(text, schema);
  if (data === null) throw new Error(`${what} is not as Minute Book stores it.`);
  return data;
}

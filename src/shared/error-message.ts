/**
 * What went wrong, in words: an Error's message, or anything else thrown turned into text. Used
 * wherever a failure is shown to the user or written to the command line, so that a thrown
 * string or a rejected non-Error value reads the same as an Error.
 */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The same, led by the error's name ("RangeError: …"): for failures reported out of a worker thread. */
export function errorWithName(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

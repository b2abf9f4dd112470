import { extname } from 'node:path';

/**
 * Linux save dialogs return the name exactly as typed; without its extension Word and the file
 * manager would not know the file, so it is added when the name has none.
 */
export function withExtension(path: string, extension: string): string {
  return extname(path) === '' ? `${path}${extension}` : path;
}

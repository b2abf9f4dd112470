import { access } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { MainPorts, SaveDialogOptions } from '../ports';

/**
 * Linux save dialogs return the name exactly as typed; without its extension Word and the file
 * manager would not know the file, so it is added when the name has none.
 */
export function withExtension(path: string, extension: string): string {
  return extname(path) === '' ? `${path}${extension}` : path;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Asks where to save, adding the extension to a name typed without one. The dialog asked before
 * replacing the name as typed, not the name with its extension: when that file exists, the dialog
 * is shown again offering it, so the system asks before replacing it (or another name is chosen).
 * Returns null when the user cancels.
 */
export async function chooseSavePathWithExtension(
  ports: Pick<MainPorts, 'chooseSavePath'>,
  options: SaveDialogOptions,
  extension: string,
): Promise<string | null> {
  let dialog = options;
  for (;;) {
    const chosen = await ports.chooseSavePath(dialog);
    if (chosen === null) return null;
    const path = withExtension(chosen, extension);
    if (path === chosen || !(await exists(path))) return path;
    dialog = {
      ...options,
      title: `${basename(path)} already exists: choose it again to replace it, or another name`,
      defaultFileName: basename(path),
    };
  }
}

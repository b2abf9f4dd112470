import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The kinds of old minutes Minute Book reads, by file extension. */
export const IMPORTABLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx'] as const;

export function isImportable(path: string): boolean {
  const extension = extname(path).toLowerCase();
  return IMPORTABLE_EXTENSIONS.some((each) => each === extension);
}

/** Word's lock files ("~$minutes.docx") and hidden files are never minutes. */
function isHidden(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

export interface FoundFiles {
  /** Files to import, in a stable order (folders sorted by name). */
  files: string[];
  /** Paths that could not be looked at, with why. */
  problems: { file: string; error: string }[];
}

/**
 * The files to import for the paths given: a file as it is (whatever its extension, so a wrong one
 * is reported rather than skipped), and in a folder and its subfolders every importable file.
 */
export async function findFiles(paths: readonly string[]): Promise<FoundFiles> {
  const found: FoundFiles = { files: [], problems: [] };
  const seen = new Set<string>();
  for (const path of paths) await visit(path, await statOf(path), true, found, seen);
  return found;
}

/**
 * Entries of a folder looked at together. One at a time, a folder of 10,000 minutes took two
 * seconds of waiting on the disk before the first file was read; the order found does not change.
 */
const LOOKED_AT_ONCE = 256;

function statOf(path: string): Promise<Stats | null> {
  return stat(path).catch(() => null);
}

async function visit(
  path: string,
  info: Stats | null,
  named: boolean,
  found: FoundFiles,
  seen: Set<string>,
): Promise<void> {
  if (!info) {
    found.problems.push({ file: path, error: 'Minute Book cannot find this file or folder' });
    return;
  }
  if (info.isDirectory()) {
    // A link back to a folder above would otherwise be walked for ever.
    const real = await realpath(path).catch(() => path);
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = (await readdir(path)).filter((name) => !isHidden(name)).sort();
    } catch {
      found.problems.push({ file: path, error: 'Minute Book is not allowed to read this folder' });
      return;
    }
    for (let start = 0; start < names.length; start += LOOKED_AT_ONCE) {
      const children = names.slice(start, start + LOOKED_AT_ONCE).map((name) => join(path, name));
      const infos = await Promise.all(children.map(statOf));
      for (const [index, child] of children.entries()) {
        await visit(child, infos[index] ?? null, false, found, seen);
      }
    }
  } else if (named || (info.isFile() && isImportable(path))) {
    found.files.push(path);
  }
}

import { resolve } from 'node:path';

/**
 * The import aliases, one per part of src, so that a file deep in a folder imports
 * `@shared/model` rather than `../../../../shared/model`. tsconfig.json says the same to the
 * compiler (a test checks the two agree); electron-vite, vitest and the command line's bundle
 * resolve them from here or from tsconfig.json.
 */
export const PATH_ALIASES = {
  '@shared': 'src/shared',
  '@renderer': 'src/renderer/src',
  '@main': 'src/main',
} as const;

/** The aliases as Vite's `resolve.alias` takes them: each to its absolute folder. */
export function pathAliases(root: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(PATH_ALIASES).map(([alias, folder]) => [alias, resolve(root, folder)]),
  );
}

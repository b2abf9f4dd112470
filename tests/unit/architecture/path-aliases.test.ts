import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PATH_ALIASES } from '../../../path-aliases';

const ROOT = join(__dirname, '../../..');

describe('the import aliases', () => {
  it('are the same for the compiler (tsconfig.json) as for the bundlers (path-aliases.ts)', () => {
    const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    expect(tsconfig.compilerOptions.paths).toEqual(
      Object.fromEntries(
        Object.entries(PATH_ALIASES).map(([alias, folder]) => [`${alias}/*`, [`./${folder}/*`]]),
      ),
    );
  });

  it('each name a folder of the source', () => {
    for (const folder of Object.values(PATH_ALIASES))
      expect(existsSync(join(ROOT, folder))).toBe(true);
  });
});

import { ESLint } from 'eslint';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';

/**
 * The layer rules of docs/architecture.md are ESLint's no-restricted-imports, set per folder in
 * eslint.config.mjs. These lint one import at a time, as a file in a given folder, through the
 * project's own config, to show that a forbidden import is reported and an allowed one is not.
 */
const ROOT = join(__dirname, '../../..');
// Loading the config and typescript-eslint takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The messages of the import rules for `specifier` imported by a file at `file` (from the root). */
async function importProblems(file: string, specifier: string): Promise<string[]> {
  const [result] = await eslint.lintText(`import { thing } from '${specifier}';\nvoid thing;\n`, {
    filePath: join(ROOT, file),
  });
  return (result?.messages ?? [])
    .filter((message) => /no-restricted-imports$/.test(message.ruleId ?? ''))
    .map((message) => message.message);
}

const FEATURE = 'src/renderer/src/features/teams/Example.tsx';

describe('the layer rules', () => {
  it.each([
    [FEATURE, '../../db/instance', /does not open the database/],
    [FEATURE, '../../db/meetings-repository', /does not open the database/],
    [FEATURE, '../../bridge', /call the main process/],
    [FEATURE, '@renderer/db/instance', /does not open the database/],
    [FEATURE, '../meetings/status-labels', /only through that feature's index\.ts/],
    [FEATURE, '../../features/meetings/MeetingPage', /only through that feature's index\.ts/],
    [FEATURE, '@renderer/features/meetings/MeetingPage', /only through that feature's index\.ts/],
    ['src/renderer/src/stores/x-store.ts', '../features/import/ImportPage', /Stores sit below/],
    ['src/renderer/src/stores/x-store.ts', '../workflows', /Stores sit below/],
    ['src/renderer/src/workflows/x.ts', '../features/teams', /Workflows sit below/],
    ['src/renderer/src/db/x-repository.ts', '../bridge', /uses only src\/shared/],
    ['src/renderer/src/db/x-repository.ts', '../stores', /uses only src\/shared/],
    ['src/renderer/src/components/X.tsx', '../features/meetings', /small UI pieces/],
    ['src/main/files/x.ts', '../handlers/records', /handlers\/ is used only by/],
    ['src/main/cli/commands/x.ts', '../../handlers', /handlers\/ is used only by/],
    ['src/main/ports.ts', './handlers/records', /handlers\/ is used only by/],
  ])('reports %s importing %s', async (file, specifier, message) => {
    const problems = await importProblems(file, specifier);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it.each([
    [FEATURE, '../meetings'],
    [FEATURE, '../meetings/index'],
    [FEATURE, './TranscriptSection'],
    [FEATURE, '../../workflows'],
    [FEATURE, '../../stores'],
    [FEATURE, '../../components/TextField'],
    [FEATURE, '@shared/model'],
    ['src/renderer/src/workflows/x.ts', '../db/instance'],
    ['src/renderer/src/workflows/x.ts', '../bridge'],
    ['src/renderer/src/stores/x-store.ts', '../db/instance'],
    ['src/main/dispatch.ts', './handlers'],
    ['src/main/handlers/x.ts', '../user-error'],
    ['src/main/files/x.ts', '../user-error'],
  ])('allows %s to import %s', async (file, specifier) => {
    expect(await importProblems(file, specifier)).toEqual([]);
  });
});

describe('one way to put a failure into words', () => {
  it('reports the error-to-message expression written out by hand', async () => {
    const [result] = await eslint.lintText(
      'export const text = (error: unknown) => (error instanceof Error ? error.message : String(error));\n',
      { filePath: join(ROOT, 'src/main/files/example.ts') },
    );
    expect(result?.messages.map((message) => message.message)).toEqual([
      'Use errorMessage() (or errorWithName()) from src/shared/error-message.ts.',
    ]);
  });
});

describe('imports through the aliases', () => {
  it('reports a relative import climbing more than two folders', async () => {
    const { deepRelativeImport } = (await import(
      pathToFileURL(join(ROOT, 'eslint.config.mjs')).href
    )) as {
      deepRelativeImport: { regex: string; message: string };
    };
    const strict = new ESLint({ cwd: ROOT });
    const problems = async (file: string, specifier: string) => {
      const [result] = await strict.lintText(`export { thing } from '${specifier}';\n`, {
        filePath: join(ROOT, file),
      });
      return (result?.messages ?? []).some((message) =>
        message.message.includes(deepRelativeImport.message),
      );
    };
    expect(
      await problems('src/renderer/src/features/teams/X.tsx', '../../../../shared/model'),
    ).toBe(true);
    expect(await problems('tests/unit/search/x.test.ts', '../../../src/shared/search')).toBe(true);
    expect(await problems('src/renderer/src/features/teams/X.tsx', '@shared/model')).toBe(false);
    expect(await problems('src/renderer/src/features/teams/X.tsx', '../../stores')).toBe(false);
    // No alias reaches the benchmarks: a test may climb to them.
    expect(await problems('tests/unit/search/x.test.ts', '../../../bench/support/corpus')).toBe(
      false,
    );
  });
});

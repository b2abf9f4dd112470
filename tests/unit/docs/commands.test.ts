import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '@main/cli/commands';
import { documentationFiles, readDocumentation, repositoryRoot } from './markdown-files';

const packageJson = JSON.parse(readFileSync(join(repositoryRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const scripts = Object.keys(packageJson.scripts);
const commandNames = COMMANDS.map((command) => command.name);
const benchmarks = readdirSync(join(repositoryRoot, 'bench'))
  .filter((file) => file.endsWith('.bench.mts'))
  .map((file) => file.slice(0, -'.bench.mts'.length));

const pages = documentationFiles().map((path) => ({ path, text: readDocumentation(path) }));
const allDocumentation = pages.map((page) => page.text).join('\n');

/** Each match of `pattern`'s first group on every page, with the page it is on. */
function mentions(pattern: RegExp): { path: string; name: string }[] {
  return pages.flatMap(({ path, text }) =>
    [...text.matchAll(pattern)].map(([, name]) => ({ path, name: name ?? '' })),
  );
}

describe('the README and docs/ against the code', () => {
  it('name only npm scripts that package.json has', () => {
    const named = mentions(/npm run ([\w-]+(?::[\w-]+)*)/g);
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter(({ name }) => !scripts.includes(name))).toEqual([]);
  });

  it('keep `npm test` the whole check CI runs', () => {
    expect(packageJson.scripts.test).toBe(
      'npm run typecheck && npm run lint && npm run test:unit && npm run build && npm run test:e2e',
    );
    expect(readFileSync(join(repositoryRoot, '.ci/run'), 'utf8')).toMatch(/npm test\b/);
    expect(readDocumentation('README.md')).toContain('npm test');
  });

  it('list every npm script in the developers’ table', () => {
    const development = readDocumentation(join('docs', 'development.md'));
    const listed = [...development.matchAll(/^\| `npm (?:run )?([\w:-]+)`/gm)].map(
      ([, name]) => name,
    );
    const documented = scripts.filter((name) => !name.startsWith('pre'));
    expect(documented.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it('run only command-line commands that exist', () => {
    const invoked = mentions(
      /(?:npm run cli --|npx minute-book|^minute-book) ([a-z][a-z-]*(?: new)?)/gm,
    );
    expect(invoked.length).toBeGreaterThan(10);
    expect(invoked.filter(({ name }) => !commandNames.includes(name))).toEqual([]);
  });

  it('show every command-line command in use, and list it with the scripts', () => {
    const development = readDocumentation(join('docs', 'development.md'));
    const cliRow = development.split('\n').find((line) => line.startsWith('| `npm run cli`')) ?? '';
    for (const name of commandNames) {
      expect(cliRow, name).toContain(name);
      expect(allDocumentation, name).toMatch(new RegExp(`(npm run cli --|minute-book) ${name}\\b`));
    }
  });

  it('run only benchmarks that exist', () => {
    const named = mentions(/npm run bench -- ([\w-]+)/g);
    expect(named.length).toBeGreaterThan(3);
    const exists = (name: string) =>
      benchmarks.some((bench) => bench === name || bench.startsWith(`${name}-`));
    expect(named.filter(({ name }) => !exists(name))).toEqual([]);
  });

  it('name only source, test and script files that exist', () => {
    const paths = mentions(/`((?:src|tests|bench|scripts|docs|resources)\/[\w./-]+\.[a-z]+)`/g);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter(({ name }) => !existsSync(join(repositoryRoot, name)))).toEqual([]);
  });
});

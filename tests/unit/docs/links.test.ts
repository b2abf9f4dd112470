import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  documentationFiles,
  headingAnchors,
  proseOf,
  readDocumentation,
  repositoryRoot,
} from './markdown-files';

/** Every relative link of a page, as written: `[text](target)`, without web or mail addresses. */
function relativeLinks(markdown: string): string[] {
  const withoutCode = proseOf(markdown).replace(/`[^`\n]*`/g, '');
  return [...withoutCode.matchAll(/\]\(([^)\s]+)\)/g)]
    .map(([, target]) => target ?? '')
    .filter((target) => !/^[a-z]+:/i.test(target));
}

function brokenLinks(page: string, markdown = readDocumentation(page)): string[] {
  const broken: string[] = [];
  for (const link of relativeLinks(markdown)) {
    const [file = '', anchor] = link.split('#');
    const target = file === '' ? page : normalize(join(dirname(page), file));
    const path = join(repositoryRoot, target);
    if (!existsSync(path)) {
      broken.push(`${link} (no file ${target})`);
      continue;
    }
    if (anchor === undefined || !target.endsWith('.md') || statSync(path).isDirectory()) continue;
    if (!headingAnchors(readDocumentation(target)).has(anchor)) {
      broken.push(`${link} (no heading #${anchor} in ${target})`);
    }
  }
  return broken;
}

describe('links in the README and docs/', () => {
  it('finds the README and the user guide', () => {
    const pages = documentationFiles();
    expect(pages).toContain('README.md');
    expect(pages).toContain(join('docs', 'guide', 'sign-off.md'));
  });

  it.each(documentationFiles())('%s links only to files and headings that exist', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it('reads GitHub heading anchors as GitHub makes them', () => {
    const anchors = headingAnchors(
      '# Minute Book\n## Word export\n### The IPC contract\n## Tests\n## Tests\n' +
        '```sh\n# not a heading\n```\n## `npm start` and the Electron binary\n',
    );
    expect([...anchors]).toEqual([
      'minute-book',
      'word-export',
      'the-ipc-contract',
      'tests',
      'tests-1',
      'npm-start-and-the-electron-binary',
    ]);
  });

  it('takes links from the prose only, not from code or web addresses', () => {
    const markdown = '[a](docs/x.md) [b](https://example.org) `[c](d)`\n```\n[e](f.md)\n```\n';
    expect(relativeLinks(markdown)).toEqual(['docs/x.md']);
  });

  it('reports a link to a missing file or heading', () => {
    const markdown =
      '[ok](docs/guide/sign-off.md#signing-off-minutes-in-the-app) [gone](docs/nowhere.md) ' +
      '[bad anchor](docs/guide/sign-off.md#nowhere) [here](#nowhere)\n# Here\n';
    expect(brokenLinks('README.md', markdown)).toEqual([
      'docs/nowhere.md (no file docs/nowhere.md)',
      'docs/guide/sign-off.md#nowhere (no heading #nowhere in docs/guide/sign-off.md)',
      '#nowhere (no heading #nowhere in README.md)',
    ]);
  });
});

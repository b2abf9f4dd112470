import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const repositoryRoot = join(__dirname, '../../..');

/** README.md and every page under docs/, as paths relative to the repository. */
export function documentationFiles(): string[] {
  const pages: string[] = ['README.md'];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(repositoryRoot, folder), { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) pages.push(path);
    }
  };
  walk('docs');
  return pages.map((page) => relative('.', page));
}

export function readDocumentation(path: string): string {
  return readFileSync(join(repositoryRoot, path), 'utf8');
}

/** The text outside fenced code blocks, where a `[x](y)` is a link rather than code. */
export function proseOf(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

/**
 * The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens,
 * and a repeated heading numbered (-1, -2…).
 */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of proseOf(markdown).matchAll(/^#{1,6} +(.+?) *#*$/gm)) {
    const slug = (heading ?? '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
    const count = seen.get(slug) ?? 0;
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
    seen.set(slug, count + 1);
  }
  return anchors;
}

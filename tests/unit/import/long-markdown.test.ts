import { readFile } from 'node:fs/promises';
import { Lexer } from 'marked';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importContent } from '@main/import/import-files';
import { EXAMPLE_MINUTES_PATH } from '../../support/example-minutes-path';

/**
 * marked's time on one block grows with the square of its lines, so long Markdown is lexed in
 * pieces (src/main/import/markdown-lines.ts): never a block of more than 1,000 lines at once,
 * and never cut inside a fenced block, where minutes keep their notes.
 */
afterEach(() => {
  vi.restoreAllMocks();
});

const linesLexed = () => {
  const lexed: number[] = [];
  const original = Lexer.prototype.blockTokens;
  vi.spyOn(Lexer.prototype, 'blockTokens').mockImplementation(function (
    this: Lexer,
    ...args: Parameters<Lexer['blockTokens']>
  ) {
    lexed.push(args[0].split('\n').length);
    return original.apply(this, args);
  } as Lexer['blockTokens']);
  return lexed;
};

describe('long Markdown', () => {
  it('never gives marked a table of 200,000 rows at once', () => {
    const lexed = linesLexed();
    const table = `# Board\n\n| a | b |\n|---|---|\n${'| x |\n'.repeat(200_000)}`;
    const result = importContent(table, 'markdown', 'table.md');
    expect(result.error).toMatch(/no minutes were recognised/);
    expect(Math.max(...lexed)).toBeLessThanOrEqual(2_001);
    expect(lexed.reduce((sum, each) => sum + each, 0)).toBeGreaterThan(200_000);
  });

  it('reads minutes with a note of 3,000 lines as it reads them with a short one', async () => {
    const example = await readFile(EXAMPLE_MINUTES_PATH, 'utf8');
    const first = 'The Chair welcomed attendees to the board.';
    const paragraphs = Array.from({ length: 1_500 }, (_, index) => `Paragraph ${index}.`);
    const long = example.replace(first, `${first}\n\n${paragraphs.join('\n\n')}`);
    const lexed = linesLexed();
    const short = importContent(example, 'markdown', 'board.md');
    const read = importContent(long, 'markdown', 'board.md');
    expect(Math.max(...lexed)).toBeGreaterThan(3_000);
    expect(read.error).toBeUndefined();
    const [item, ...rest] = read.meeting?.items ?? [];
    expect(item?.notes).toContain('Paragraph 1499.');
    expect(rest).toEqual(short.meeting?.items.slice(1));
    expect(read.meeting?.attendance).toEqual(short.meeting?.attendance);
  });
});

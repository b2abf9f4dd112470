import { Lexer } from 'marked';
import { describe, expect, it } from 'vitest';
import { htmlLines } from '@main/import/html-lines';
import { markdownLines } from '@main/import/markdown-lines';
import type { SourceLine } from '@main/import/source-lines';
import { textLines } from '@main/import/text-lines';

/** The lines without their breaks, as kind, depth and text. */
function shape(lines: SourceLine[]) {
  return lines
    .filter((line) => line.kind !== 'break')
    .map((line) => [line.kind, line.depth, line.cells ?? line.markdown]);
}

describe('reading Word’s HTML', () => {
  it('keeps headings, bold, nested lists and table cells of several paragraphs', () => {
    const html =
      '<h2>1. Welcome</h2><p>The <strong>draft</strong> was <em>noted</em>.<br />Second line</p>' +
      '<ol><li>one<ul><li>inner</li></ul></li><li>two</li></ol>' +
      '<table><tr><td><p>Ann</p><p>Shah</p></td><td><p>Trust &amp; ICS</p></td></tr></table>';
    expect(shape(htmlLines(html))).toEqual([
      ['heading', 0, '1. Welcome'],
      ['text', 0, 'The **draft** was _noted_.'],
      ['text', 0, 'Second line'],
      ['numbered', 0, 'one'],
      ['bullet', 1, 'inner'],
      ['numbered', 0, 'two'],
      ['row', 0, ['Ann Shah', 'Trust & ICS']],
    ]);
  });
});

describe('reading Markdown', () => {
  it('reads a fenced block as notes, with its lists', () => {
    const lines = markdownLines('1. **Goals**\n\n```\nIntro:\n  - a\n    wrapped\n  - b\n```\n');
    expect(shape(lines)).toEqual([
      ['numbered', 0, '**Goals**'],
      ['text', 0, 'Intro:'],
      ['bullet', 0, 'a wrapped'],
      ['bullet', 0, 'b'],
    ]);
    expect(lines.filter((line) => line.inNoteBlock).length).toBe(3);
  });

  it('reads a fenced block of prose paragraph by paragraph, as marked divides it', () => {
    // Such blocks are read without lexing them again; the lines and breaks must be marked's.
    const asMarked = (markdown: string) => {
      const [fence] = new Lexer().blockTokens(markdown, []);
      const notes = fence?.type === 'code' ? String(fence.text).replace(/^ {2}/gm, '') : '';
      return [
        'break',
        ...new Lexer().blockTokens(notes, []).flatMap((token) =>
          token.type === 'paragraph'
            ? [
                ...String(token.text)
                  .split('\n')
                  .map((each) => each.trim())
                  .filter(Boolean)
                  .map((each) => `text ${each}`),
                'break',
              ]
            : ['break'],
        ),
        'break',
      ];
    };
    const blocks = [
      'One line',
      'First line\nwrapped   line  \n\nSecond paragraph',
      '\n\nAfter blank lines\n\n\n\nAfter more\n',
      '  \nSpaces before\n \t\nand between',
      'Last line of spaces\n  \t ',
      'Ends with blank lines\n\n',
      'Ends with a spaced line\n  \n',
      '(Aside) “quoted” ‘single’ \'plain\' "double"\nÉtienne and Łukasz',
      'DECISION: noted\nACTION: to do (Ann)',
      '  Indented alike\n  as a whole',
    ];
    for (const notes of blocks) {
      const markdown = `\`\`\`\n${notes}\n\`\`\`\n`;
      const lines = markdownLines(markdown);
      expect(lines.every((each) => each.kind === 'break' || each.inNoteBlock)).toBe(true);
      expect(
        lines.map((each) => (each.kind === 'break' ? 'break' : `${each.kind} ${each.markdown}`)),
      ).toEqual(asMarked(markdown));
    }
  });

  it('reads a fenced block that is not only prose with marked', () => {
    const lines = markdownLines('```\nNotes:\n\n1. first\n2. second\n\n# Heading\n> quoted\n```\n');
    expect(shape(lines)).toEqual([
      ['text', 0, 'Notes:'],
      ['numbered', 0, 'first'],
      ['numbered', 0, 'second'],
      ['heading', 0, 'Heading'],
      ['text', 0, 'quoted'],
    ]);
  });

  it('keeps the number as written when marked would count on', () => {
    const lines = markdownLines('1. a\n2. b\n\n5. **Five**\n');
    expect(lines.filter((line) => line.kind === 'numbered').map((line) => line.number)).toEqual([
      1, 2, 5,
    ]);
  });

  it('reads a table', () => {
    expect(
      shape(markdownLines('| Name | Organisation |\n| --- | --- |\n| Ann | **Trust** |\n')),
    ).toEqual([
      ['row', 0, ['Name', 'Organisation']],
      ['row', 0, ['Ann', 'Trust']],
    ]);
  });
});

describe('reading plain text', () => {
  it('reads points, wrapped points and numbered lines', () => {
    const lines = textLines('Intro\n• one\n  continued\n  - inner\n1) first\n2. second\n');
    expect(shape(lines)).toEqual([
      ['text', 0, 'Intro'],
      ['bullet', 0, 'one continued'],
      ['bullet', 1, 'inner'],
      ['numbered', 0, 'first'],
      ['numbered', 0, 'second'],
    ]);
    expect(lines.filter((line) => line.kind === 'numbered').map((line) => line.listSize)).toEqual([
      2, 2,
    ]);
  });
});

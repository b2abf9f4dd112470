import { describe, expect, it } from 'vitest';
import { buildMeetingDocument } from '@main/export/build-document';
import { packDocx } from '@main/export/pack';
import { openDocx, type DocxParagraph, type OpenedDocx } from '../../support/docx-reader';
import { meeting } from '../../support/example-meeting';

/** The paragraphs of one item's notes, as exported in the summary layout. */
async function exportNotes(notes: string): Promise<{ docx: OpenedDocx; notes: DocxParagraph[] }> {
  const file = meeting({ items: [{ number: 1, title: 'Item', notes }] });
  const docx = await openDocx(
    await packDocx(buildMeetingDocument(file, { layout: 'summary', audience: 'internal' })),
  );
  const heading = docx.paragraphs.findIndex((paragraph) => paragraph.text === '1.\tItem');
  return { docx, notes: docx.paragraphs.slice(heading + 1) };
}

const simple = (paragraphs: DocxParagraph[]) =>
  paragraphs.map(({ style, text }) => ({ style, text }));

describe('notes in Markdown', () => {
  it('makes paragraphs of paragraphs, joining lines typed inside one', async () => {
    const { notes } = await exportNotes('First line\nstill the first paragraph.\n\nSecond.');
    expect(simple(notes)).toEqual([
      { style: 'Normal', text: 'First line still the first paragraph.' },
      { style: 'Normal', text: 'Second.' },
    ]);
  });

  it('keeps **bold** as bold runs and the rest plain', async () => {
    const { notes } = await exportNotes('The **board** agreed, **unanimously**.');
    expect(notes[0]?.text).toBe('The board agreed, unanimously.');
    expect(notes[0]?.bold).toEqual(['board', 'unanimously']);
  });

  it('makes bullet and numbered lists real Word lists, nested ones a level down', async () => {
    const { docx, notes } = await exportNotes(
      [
        'Points:',
        '',
        '- one',
        '  - one, first detail',
        '  - one, second detail',
        '- two',
        '',
        '1. first',
        '2. second',
        '   1. second, part a',
      ].join('\n'),
    );
    expect(simple(notes)).toEqual([
      { style: 'Normal', text: 'Points:' },
      { style: 'ListBullet', text: 'one' },
      { style: 'ListBullet2', text: 'one, first detail' },
      { style: 'ListBullet2', text: 'one, second detail' },
      { style: 'ListBullet', text: 'two' },
      { style: 'ListNumber', text: 'first' },
      { style: 'ListNumber', text: 'second' },
      { style: 'ListNumber2', text: 'second, part a' },
    ]);
    const formats = await Promise.all(
      notes.slice(1).map((paragraph) => {
        const list = paragraph.list ?? { numId: 'none', level: -1 };
        return docx.listFormat(list.numId, list.level);
      }),
    );
    expect(formats).toEqual([
      'bullet',
      'bullet',
      'bullet',
      'bullet',
      'decimal',
      'decimal',
      'lowerLetter',
    ]);
    expect(notes.slice(1).map((paragraph) => paragraph.list?.level)).toEqual([0, 1, 1, 0, 0, 0, 1]);
  });

  it('starts each numbered list again at 1', async () => {
    const { notes } = await exportNotes('1. a\n2. b\n\nBetween.\n\n1. c\n2. d');
    const numbered = notes.filter((paragraph) => paragraph.style === 'ListNumber');
    const [a, b, c, d] = numbered.map((paragraph) => paragraph.list?.numId);
    expect(a).toBe(b);
    expect(c).toBe(d);
    expect(a).not.toBe(c);
  });

  it('keeps the number a list starts at', async () => {
    const { docx, notes } = await exportNotes('3. third\n4. fourth');
    const numbering = await docx.part('word/numbering.xml');
    const numId = notes[0]?.list?.numId;
    expect(numId).toBeDefined();
    expect(numbering).toMatch(
      new RegExp(`<w:num w:numId="${numId}">.*?<w:startOverride w:val="3"/>`),
    );
  });

  it('keeps a second paragraph of a point with its point, unnumbered', async () => {
    const { notes } = await exportNotes('- point\n\n  more on the point\n- next');
    expect(simple(notes)).toEqual([
      { style: 'ListBullet', text: 'point' },
      { style: 'ListContinue', text: 'more on the point' },
      { style: 'ListBullet', text: 'next' },
    ]);
    expect(notes[1]?.list).toBeUndefined();
  });

  it('writes non-ASCII and XML-special text exactly', async () => {
    const text = 'Zoë Núñez said “thank you” – the £5 fee isn’t <final> & stays.';
    const { notes } = await exportNotes(text);
    expect(notes[0]?.text).toBe(text);
  });

  it('shows text indented four spaces as text, not as code', async () => {
    const { notes } = await exportNotes('    indented line\n    another');
    expect(simple(notes)).toEqual([{ style: 'Normal', text: 'indented line\nanother' }]);
  });

  it('writes nothing for empty notes', async () => {
    const { notes } = await exportNotes('  \n');
    expect(notes).toEqual([]);
  });
});

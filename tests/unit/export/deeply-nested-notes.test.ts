import { Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildMeetingDocument } from '@main/export/build-document';
import { exampleMeeting } from '../../support/example-meeting';
import { openDocx } from '../../support/docx-reader';

/** Notes the editor accepts, however odd, must export: minutes that cannot export cannot be signed. */
describe('exporting notes nested thousands deep, and huge notes', { timeout: 120_000 }, () => {
  it.each([
    ['“- ” 2,000 times then words', `${'- '.repeat(2000)}kept words`, 'kept words'],
    ['“1. ” 2,000 times', '1. '.repeat(2000), '1. 1. 1. 1.'],
    ['“>” 3,000 times', `${'>'.repeat(3000)} quoted words`, 'quoted words'],
    [
      'a list 2,000 levels deep',
      Array.from({ length: 2000 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join(
        '\n',
      ),
      'level 1999',
    ],
    [
      'a numbered list 1,000 levels deep',
      Array.from({ length: 1000 }, (_, level) => `${'   '.repeat(level)}1. step ${level}`).join(
        '\n',
      ),
      'step 999',
    ],
    [
      '5,000 lines of notes',
      Array.from({ length: 5_000 }, (_, line) => `Line ${line} with **bold** and _italics_`).join(
        '\n',
      ),
      'Line 4999 with ',
    ],
  ])('exports %s, keeping the words', async (_name, notes, words) => {
    const meeting = exampleMeeting();
    const [first, ...rest] = meeting.items;
    if (!first) throw new Error('The example meeting has items');
    for (const layout of ['summary', 'formal'] as const) {
      const document = buildMeetingDocument(
        { ...meeting, items: [{ ...first, notes }, ...rest] },
        { layout, audience: 'internal' },
      );
      const docx = await openDocx(await Packer.toBuffer(document));
      expect(await docx.part('word/document.xml')).toContain(words);
    }
  });
});

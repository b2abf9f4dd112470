import { describe, expect, it } from 'vitest';
import { buildMeetingDocument } from '@main/export/build-document';
import { citationSentences } from '@main/export/citation';
import { packDocx } from '@main/export/pack';
import { previousMinutesSchema, type PreviousMinutesInput } from '@shared/model';
import { openDocx, W } from '../../support/docx-reader';
import { meeting } from '../../support/example-meeting';

const FILE = 'a1'.repeat(32);
const DATA = 'b2'.repeat(32);

const signedAndApproved: PreviousMinutesInput = {
  meetingDate: '2021-06-21',
  approvedOn: '2021-07-27',
  approvingMeetingDate: '2021-07-27',
  signatures: [
    {
      signer: 'Dr Jane Smith',
      role: 'Chair',
      signedOn: '2021-09-20',
      fileSha256: FILE,
      meetingSha256: DATA,
    },
  ],
};

const cite = (fields: PreviousMinutesInput) =>
  citationSentences(previousMinutesSchema.parse(fields));

describe('citing the previous minutes', () => {
  it('cites the approval and each signature with the full SHA-256 of the file and the data', () => {
    expect(cite(signedAndApproved)).toEqual([
      'The minutes of the meeting held on 21st June 2021 were approved as a correct record at the meeting held on 27th July 2021.',
      `Signed by Dr Jane Smith, Chair, on 20th September 2021; signed document SHA-256 ${FILE}; meeting record SHA-256 ${DATA}.`,
    ]);
  });

  it('gives the amendments agreed, and the approval date when the approving meeting is not kept', () => {
    expect(
      cite({
        meetingDate: '2021-06-21',
        approvedOn: '2021-07-28',
        amendments: 'Item 2: “draft” changed to “final”',
      }),
    ).toEqual([
      'The minutes of the meeting held on 21st June 2021 were approved as a correct record on 28th July 2021, with the following amendments: Item 2: “draft” changed to “final”.',
    ]);
  });

  it('says when the minutes are not yet approved, and which corrected version is meant', () => {
    expect(cite({ meetingDate: '2021-06-21', version: 2 })).toEqual([
      'The minutes of the meeting held on 21st June 2021 (version 2, as corrected) have not yet been approved.',
    ]);
  });

  it('refuses a SHA-256 that is not 64 hex digits', () => {
    const bad = {
      ...signedAndApproved,
      signatures: [{ ...signedAndApproved.signatures?.[0], fileSha256: 'abc' }],
    };
    expect(previousMinutesSchema.safeParse(bad).success).toBe(false);
  });

  for (const layout of ['summary', 'formal'] as const) {
    it(`puts the citation under the item, before its notes, in the ${layout} layout`, async () => {
      const file = meeting({
        items: [
          { number: 1, title: 'Welcome', notes: 'The Chair opened the meeting.' },
          {
            number: 2,
            title: 'Minutes of the previous meeting',
            notes: 'No matters were raised.',
            previousMinutes: signedAndApproved,
          },
          { number: 3, title: 'Finance', notes: 'The accounts were noted.' },
        ],
      });
      const docx = await openDocx(
        await packDocx(buildMeetingDocument(file, { layout, audience: 'internal' })),
      );
      // Formal minutes give the item's minute reference under its title; the citation follows.
      const texts = docx.paragraphs
        .filter((paragraph) => paragraph.style !== 'ItemDetails')
        .map((paragraph) => paragraph.text);
      const heading = texts.indexOf('2.\tMinutes of the previous meeting');
      expect(heading).toBeGreaterThan(-1);
      expect(texts.slice(heading + 1, heading + 4)).toEqual([
        ...cite(signedAndApproved),
        'No matters were raised.',
      ]);
      // Only the item that carries the citation cites anything.
      expect(texts.filter((text) => text.includes('SHA-256'))).toHaveLength(1);
      // "SHA-256" never breaks at its hyphen: Word's non-breaking hyphen, once per digest.
      const body = await docx.xml('word/document.xml');
      expect(body.getElementsByTagNameNS(W, 'noBreakHyphen')).toHaveLength(2);
    });
  }
});

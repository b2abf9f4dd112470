import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeetingDocument } from '@main/export/build-document';
import { packDocx } from '@main/export/pack';
import type { MeetingFile, MeetingFileInput } from '@shared/model';
import { openDocx, type OpenedDocx } from '../../support/docx-reader';
import { exampleMeeting, meeting } from '../../support/example-meeting';

async function formal(file: MeetingFile): Promise<OpenedDocx> {
  return openDocx(
    await packDocx(buildMeetingDocument(file, { layout: 'formal', audience: 'internal' })),
  );
}

/** Non-breaking spaces keep "Ref. QC/24/03/02 A1" together on the page; here they read as spaces. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const committee: Partial<MeetingFileInput> = {
  board: 'Quality Committee',
  title: 'Meeting Summary',
  date: '2024-03-14',
  startTime: '14:00',
  endTime: '15:30',
  location: 'Board Room, Trust HQ',
  visibility: 'public',
  status: 'draft',
  quorumRequired: 3,
  attendance: [
    { name: 'Ann Chair', organisation: 'Trust', status: 'present', role: 'Chair', chair: true },
    { name: 'Ben Member', organisation: 'PCN', status: 'present', role: 'Member' },
    { name: 'Cy Vice', organisation: 'ICS', status: 'present', role: 'Vice-Chair' },
    { name: 'Dee Secretary', status: 'present', role: 'Secretary' },
    {
      name: 'Eve Guest',
      organisation: 'Auditors',
      status: 'in-attendance',
      role: 'External auditor',
      items: [2],
    },
    { name: 'Fay Away', organisation: 'Trust', status: 'apologies', role: 'Member' },
  ],
  declarations: [{ name: 'Ben Member', item: 2, interest: 'Director of a supplier' }],
  items: [
    { number: 1, title: 'Welcome', notes: 'The Chair opened the meeting.' },
    {
      number: 2,
      title: 'Supplier contract',
      reference: 'QC/24/033',
      presenter: 'Cy Vice',
      notes: 'The committee reviewed the contract.',
      decisions: [{ text: 'The contract was approved.' }],
      actions: [
        { text: 'Sign the contract', owner: 'Ann Chair', due: '2024-03-28', status: 'open' },
      ],
    },
  ],
  actionLog: [
    {
      text: 'Review the risk register',
      owner: 'Ben Member',
      due: '2024-02-01',
      status: 'carried-forward',
      meetingDate: '2024-01-11',
      item: 4,
    },
  ],
  nextMeetingDate: '2024-04-11',
};

describe('formal minutes', () => {
  let docx: OpenedDocx;
  let texts: string[];

  beforeAll(async () => {
    docx = await formal(meeting(committee));
    texts = docx.paragraphs.map((paragraph) => paragraph.text);
  });

  it('opens with the board, the date, time, venue and whether the meeting was public', () => {
    expect(docx.paragraphs[0]).toMatchObject({ style: 'Title', text: 'Quality Committee' });
    expect(docx.paragraphs[1]).toMatchObject({
      style: 'Subtitle',
      text: 'Minutes of the meeting held on Thursday 14th March 2024',
    });
    const details = docx.paragraphs.filter((paragraph) => paragraph.inTable).slice(0, 8);
    expect(details.map((paragraph) => paragraph.text)).toEqual([
      'Date',
      'Thursday 14th March 2024',
      'Time',
      '14:00 to 15:30',
      'Venue',
      'Board Room, Trust HQ',
      'Meeting',
      'Held in public',
    ]);
  });

  it('says "Minutes of the meeting" when the title only names the kind of record', async () => {
    for (const title of [
      'Minutes',
      'Meeting Summary',
      'Notes of the meeting',
      'Extraordinary Meeting',
    ]) {
      const opened = await formal(meeting({ ...committee, title }));
      expect(opened.paragraphs[1]?.text).toBe(
        title === 'Extraordinary Meeting'
          ? 'Minutes of the Extraordinary Meeting held on Thursday 14th March 2024'
          : 'Minutes of the meeting held on Thursday 14th March 2024',
      );
    }
  });

  it('names a guest’s items once, in the secretary’s words when the note names them', async () => {
    const attendance = (committee.attendance ?? []).map((person) =>
      person.name === 'Eve Guest' ? { ...person, note: 'for item QC/24/034' } : person,
    );
    const opened = await formal(meeting({ ...committee, attendance }));
    const lines = opened.paragraphs.map((paragraph) => paragraph.text);
    expect(lines).toContain('Eve Guest – Auditors, External auditor (for item QC/24/034)');
    expect(lines.join('\n')).not.toContain('(for item 2)');
  });

  it('lists who was present, in attendance and sent apologies under their headings', () => {
    const headings = docx.paragraphs
      .filter((paragraph) => paragraph.style === 'Heading1')
      .map((paragraph) => paragraph.text);
    expect(headings).toEqual([
      'Present',
      'In attendance',
      'Apologies',
      'Quorum',
      'Declarations of interest',
      'Agenda Items',
      'Any other business',
      'Action log',
      'Date of next meeting',
    ]);
    const present = texts.indexOf('Present');
    expect(texts.slice(present + 1, present + 5)).toEqual([
      'Ann Chair – Trust (Chair)',
      'Ben Member – PCN',
      'Cy Vice – ICS, Vice-Chair',
      'Dee Secretary, Secretary',
    ]);
    expect(texts).toContain('Eve Guest – Auditors, External auditor (for item 2)');
    expect(texts).toContain('Fay Away – Trust');
  });

  it('states the quorum, counting voting members only', () => {
    expect(texts[texts.indexOf('Quorum') + 1]).toBe(
      'The meeting was quorate: 3 members were present and the quorum is 3.',
    );
  });

  it('records declarations of interest against their item', () => {
    expect(texts).toContain('Ben Member: Director of a supplier (item 2)');
  });

  it('gives each item its minute reference, by which its decisions and actions are cited', () => {
    const start = texts.indexOf('2.\tSupplier contract');
    expect(
      docx.paragraphs
        .slice(start, start + 5)
        .map(({ style, text }) => ({ style, text: plain(text) })),
    ).toEqual([
      { style: 'Heading2', text: '2.\tSupplier contract' },
      { style: 'ItemDetails', text: 'Minute QC/24/03/02 · Paper QC/24/033 · Presented by Cy Vice' },
      { style: 'Normal', text: 'The committee reviewed the contract.' },
      { style: 'Decision', text: 'Decision: The contract was approved. Ref. QC/24/03/02 D1' },
      {
        style: 'Action',
        text: 'Action: Sign the contract. Owner: Ann Chair · Due: 28th March 2024 · Ref. QC/24/03/02 A1',
      },
    ]);
    expect(texts).not.toContain('Decisions');
    expect(texts).not.toContain('Actions');
  });

  it('uses the board’s own pattern for the references', async () => {
    const own = await formal(meeting({ ...committee, minuteReferencePattern: 'QC {yyyy}-{n}' }));
    const ownTexts = own.paragraphs.map((paragraph) => plain(paragraph.text));
    expect(ownTexts).toContain('Minute QC 2024-2 · Paper QC/24/033 · Presented by Cy Vice');
    expect(ownTexts).toContain('QC 2024-2 A1');
  });

  it('tabulates the action log: reference, action, owner, due, status, header repeated', async () => {
    const xml = await docx.part('word/document.xml');
    expect(xml).toContain('<w:tblStyle w:val="MinuteBookTable"/>');
    expect(xml).toContain('<w:tblHeader/>');
    const log = texts.indexOf('Action log');
    expect(texts.slice(log + 1, log + 17).map(plain)).toEqual([
      'Ref.',
      'Action',
      'Owner',
      'Due',
      'Status',
      'QC/24/01/04',
      'Review the risk register',
      'From 11th January 2024',
      'Ben Member',
      '1st February 2024',
      'Carried forward',
      'QC/24/03/02 A1',
      'Sign the contract.',
      'Ann Chair',
      '28th March 2024',
      'Open',
    ]);
  });

  it('does not list an action twice when the log already has it', async () => {
    const file = meeting({
      ...committee,
      actionLog: [
        {
          text: 'Sign the contract',
          owner: 'Ann Chair',
          due: '2024-03-28',
          status: 'done',
          meetingDate: '2024-03-14',
          item: 2,
        },
      ],
    });
    const again = (await formal(file)).paragraphs.map((paragraph) => paragraph.text);
    const log = again.indexOf('Action log');
    expect(again.slice(log).filter((text) => text === 'Sign the contract.')).toHaveLength(1);
    expect(again.slice(log)).toContain('Done');
  });

  it('says there was no other business unless an item was for it', async () => {
    expect(texts[texts.indexOf('Any other business') + 1]).toBe('There was no other business.');
    const example = (await formal(exampleMeeting())).paragraphs.map((paragraph) => paragraph.text);
    expect(example).toContain('5.\tQuestions/AOB');
    expect(example).not.toContain('Any other business');
  });

  it('gives the date of the next meeting, and no sign-off on a draft', () => {
    expect(texts[texts.indexOf('Date of next meeting') + 1]).toBe('Thursday 11th April 2024');
    expect(docx.paragraphs.filter((paragraph) => paragraph.style === 'SignatureSpace')).toEqual([]);
    expect(texts).not.toContain('Sign-off');
    expect(texts).not.toContain('Approval');
  });

  it('has lines to sign and date only on a copy of approved minutes meant for ink', async () => {
    const approved = meeting({ ...committee, status: 'approved' });
    const read = await formal(approved);
    expect(read.paragraphs.filter((each) => each.style === 'SignatureSpace')).toEqual([]);
    const ink = await openDocx(
      await packDocx(
        buildMeetingDocument(approved, {
          layout: 'formal',
          audience: 'internal',
          handSignature: true,
        }),
      ),
    );
    const inkTexts = ink.paragraphs.map((paragraph) => paragraph.text);
    expect(ink.paragraphs.filter((each) => each.style === 'SignatureSpace')).toHaveLength(2);
    expect(inkTexts).toContain('Signed: Ann Chair, Chair');
    expect(inkTexts).toContain('Date');
    expect(inkTexts.join(' ')).not.toMatch(/digital|fingerprint|View Signatures/i);
  });

  it('names who signed digitally, in what role, when, with which certificate', async () => {
    const fingerprint = Array.from({ length: 32 }, (_, index) =>
      index.toString(16).toUpperCase().padStart(2, '0'),
    ).join(':');
    const signed = await formal(
      meeting({
        ...committee,
        status: 'approved',
        signatories: [
          {
            name: 'Ann Chair',
            role: 'Chair',
            certificateSha256: fingerprint,
            signedOn: '2024-04-11',
          },
          { name: 'Cy Vice', role: 'Vice-Chair' },
        ],
      }),
    );
    const signedTexts = signed.paragraphs.map((paragraph) => paragraph.text);
    const start = signedTexts.indexOf('Sign-off');
    expect(start).toBeGreaterThan(0);
    expect(signedTexts.slice(start + 1, start + 5)).toEqual([
      'These minutes were approved as a correct record and are signed digitally by:',
      `Ann Chair, Chair, on 11th April 2024\nCertificate SHA-256 fingerprint:\n${fingerprint}`,
      'They are to be signed digitally also by:',
      'Cy Vice, Vice-Chair',
    ]);
    const how = signedTexts.slice(start + 5).join(' ');
    expect(how).toContain('File ▸ Info ▸ View Signatures');
    expect(how).toContain('File ▸ Digital Signatures ▸ Digital Signatures');
    expect(how).toContain('SHA-256 fingerprint');
    expect(signedTexts.join(' ')).not.toMatch(/npm|cli|Minute Book folder/);
    expect(signed.paragraphs.filter((each) => each.style === 'SignatureSpace')).toEqual([]);
  });

  it('says when the meeting was not quorate, or just the count when there is no rule', async () => {
    const short = await formal(meeting({ ...committee, quorumRequired: 5 }));
    expect(short.paragraphs.map((paragraph) => paragraph.text)).toContain(
      'The meeting was not quorate: 3 members were present and the quorum is 5.',
    );
    const example = await formal(exampleMeeting());
    expect(example.paragraphs.map((paragraph) => paragraph.text)).toContain(
      '9 members were present.',
    );
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeetingDocument } from '@main/export/build-document';
import { packDocx } from '@main/export/pack';
import type { MeetingFile } from '@shared/model';
import { openDocx, type DocxParagraph, type OpenedDocx } from '../../support/docx-reader';
import { exampleMeeting } from '../../support/example-meeting';

/** Each line of an item's notes as it should appear: a "- " line is a bullet, any other a paragraph. */
function expectedNotes(notes: string): Pick<DocxParagraph, 'style' | 'text'>[] {
  return notes
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) =>
      line.startsWith('- ')
        ? { style: 'ListBullet', text: line.slice(2) }
        : { style: 'Normal', text: line },
    );
}

function expectedSummary(meeting: MeetingFile): Pick<DocxParagraph, 'style' | 'text'>[] {
  const present = [
    'Alex Cheung – NHSE/I (Chair)',
    'Dr Mark A. Bailey – Gloucestershire Royal Hospital',
    'Haris Shuaib, MPhys MSc MIPEM MFCI – Guy’s & St. Thomas NHS Foundation Trust',
    'Juan Adriano – Surrey and Borders Partnership NHS Foundation Trust',
    "John O'Connell – NHS South, Central and West Commissioning Support Unit",
    'Craig R. Shenton, PhD – NHSX',
    'Mary Amanuel – NHSX',
    'Arouba Zubair – NHSX',
    'Jonathan Pearson, PhD – NHSX',
  ];
  return [
    { style: 'Title', text: 'NHS Python Community Board' },
    { style: 'Subtitle', text: '21st June 2021 | Meeting Summary' },
    { style: 'Heading1', text: 'Board Members' },
    { style: 'Heading2', text: 'Attendees' },
    ...present.map((text) => ({ style: 'ListBullet', text })),
    { style: 'Heading2', text: 'Apologies' },
    { style: 'ListBullet', text: 'Sophie Williams, PhD – Barts Health NHS Trust' },
    { style: 'Heading1', text: 'Agenda Items' },
    ...meeting.items.flatMap((item) => [
      { style: 'Heading2', text: `${item.number}.\t${item.title}` },
      ...expectedNotes(item.notes),
    ]),
    { style: 'Closing', text: 'Next board meeting date: 27th July 2021' },
  ];
}

describe('the summary layout of the example meeting', () => {
  let meeting: MeetingFile;
  let docx: OpenedDocx;

  beforeAll(async () => {
    meeting = exampleMeeting();
    docx = await openDocx(
      await packDocx(buildMeetingDocument(meeting, { layout: 'summary', audience: 'internal' })),
    );
  });

  it('has every attendee, item and note line, in order, each in its style', () => {
    const actual = docx.paragraphs.map(({ style, text }) => ({ style, text }));
    expect(actual).toEqual(expectedSummary(meeting));
  });

  it('names every attendee and organisation of the example', () => {
    const text = docx.paragraphs.map((paragraph) => paragraph.text).join('\n');
    for (const attendee of meeting.attendance) {
      expect(text).toContain(attendee.name);
      expect(text).toContain(attendee.organisation);
    }
  });

  it('writes the date in the house style and the meeting title in bold', () => {
    const subtitle = docx.paragraphs.find((paragraph) => paragraph.style === 'Subtitle');
    expect(subtitle?.text).toBe('21st June 2021 | Meeting Summary');
    expect(subtitle?.bold).toEqual(['Meeting Summary']);
  });

  it('marks the Chair in bold, as the example does', () => {
    const chair = docx.paragraphs.find((paragraph) => paragraph.text.startsWith('Alex Cheung'));
    expect(chair?.bold).toEqual([' (Chair)']);
  });

  it('makes attendees and note lists real bulleted list paragraphs', async () => {
    const bullets = docx.paragraphs.filter((paragraph) => paragraph.style === 'ListBullet');
    expect(bullets).toHaveLength(9 + 1 + 5 + 2);
    for (const paragraph of bullets) {
      expect(paragraph.list).toBeDefined();
      const list = paragraph.list ?? { numId: '', level: -1 };
      expect(list.level).toBe(0);
      await expect(docx.listFormat(list.numId, list.level)).resolves.toBe('bullet');
    }
  });

  it('keeps the mended apostrophe of Guy’s intact', () => {
    const text = docx.paragraphs.map((paragraph) => paragraph.text).join('\n');
    expect(text).toContain('Guy’s & St. Thomas');
    expect(text).not.toContain('â€');
  });
});

import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readTranscriptFile } from '@main/teams/read-teams-files';
import { draftTranscript } from '@shared/teams/draft-transcript';
import { parseVtt, TranscriptFormatError } from '@shared/teams/transcript';
import { makeTempDataFolder } from '../../support/temp-data-folder';
import { plannedMeeting, teamsFixture } from '../../support/teams-fixtures';

const vtt = () => readFileSync(teamsFixture('transcript-2021-07-27.vtt'), 'utf8');
const meeting = plannedMeeting();
const headings = meeting.items.map(({ number, title }) => ({ number, title }));
const context = {
  meetingDate: meeting.date,
  nextMeetingDate: meeting.nextMeetingDate,
  people: meeting.attendance.map((person) => person.name),
};

describe('reading a WebVTT transcript', () => {
  it('keeps overlapping cues in order of their start, and cues without a voice as unknown', () => {
    const cues = parseVtt(vtt());
    expect(cues).toHaveLength(24);
    const [mark, alex] = [cues[4], cues[5]];
    expect(mark?.speaker).toBe('Bailey, Mark (NHS England)');
    expect(alex?.start).toBeLessThan(mark?.end ?? 0);
    expect(cues[7]).toMatchObject({
      speaker: '',
      text: expect.stringMatching(/^Can everyone hear me/),
    });
  });

  it('reads several voices in one cue, and entities and tags inside the text', () => {
    const cues = parseVtt(
      'WEBVTT\n\n00:01.000 --> 00:04.000\n<v.loud Alex Cheung>Agreed &amp; <b>minuted</b>.</v><v Haris Shuaib>Thanks.</v>\n',
    );
    expect(cues).toEqual([
      { start: 1, end: 4, speaker: 'Alex Cheung', text: 'Agreed & minuted.' },
      { start: 1, end: 4, speaker: 'Haris Shuaib', text: 'Thanks.' },
    ]);
  });

  it('refuses what is not a transcript', () => {
    expect(() => parseVtt('Name,Amount\n')).toThrow(TranscriptFormatError);
    expect(() => parseVtt('WEBVTT\n\n')).toThrow(/no speech/);
  });
});

describe('drafting the minutes from a transcript', () => {
  it('splits by the agenda: item numbers, titles and the Chair moving on', () => {
    const drafts = draftTranscript(parseVtt(vtt()), headings, context);
    expect(drafts.starts).toEqual([0, 3, 8, 16, 21]);
    expect(drafts.items.map((item) => item.endCue - item.firstCue)).toEqual([3, 5, 8, 5, 3]);
  });

  it('names speakers as the meeting does, unknown ones as such, most talkative first', () => {
    const drafts = draftTranscript(parseVtt(vtt()), headings, context);
    expect(drafts.items[1]?.speakers).toEqual(['Alex Cheung', 'Mark A. Bailey', 'Unknown speaker']);
    expect(drafts.items[2]?.speakers).toContain('Tom Hughes');
  });

  it('proposes decisions and actions with owner and due date as live minutes recognises them', () => {
    const drafts = draftTranscript(parseVtt(vtt()), headings, context);
    const strategy = drafts.items[2];
    expect(strategy?.candidateDecisions).toEqual([
      { text: 'The board approved the engagement strategy, with recorded drop-in sessions added.' },
    ]);
    expect(strategy?.candidateActions).toEqual([
      {
        text: 'I will draft the schedule for the drop-in sessions and circulate it by 31 August.',
        owner: 'Mary Amanuel',
        due: '2021-08-31',
      },
      {
        text: "Arouba will contact the conference organisers about the beginners' track by the next meeting.",
        owner: 'Arouba Zubair',
        due: '2021-09-28',
      },
    ]);
    // "I'll … send it to Haris": the speaker takes the action.
    expect(drafts.items[3]?.candidateActions[0]).toMatchObject({
      owner: 'Craig R. Shenton',
      due: '2021-09-15',
    });
    expect(drafts.items[1]?.candidateDecisions[0]?.text).toMatch(/agreed as an accurate record/);
  });

  it('picks key sentences of substance, not chatter about microphones, questions or moving on', () => {
    const drafts = draftTranscript(parseVtt(vtt()), headings, context);
    const said = drafts.items.flatMap((item) => item.keySentences.map((s) => s.text));
    expect(said.some((text) => /microphone/.test(text))).toBe(false);
    expect(said.filter((text) => text.endsWith('?'))).toEqual([]);
    expect(drafts.items[3]?.keySentences.map((s) => s.text)).toContainEqual(
      expect.stringMatching(/one-year terms/),
    );
    // Neither a question nor the Chair moving on is a record of the business.
    expect(said.some((text) => /^Now to item four/.test(text))).toBe(false);
  });

  it('never offers a proposed decision or action again as a key sentence, so none is minuted twice', () => {
    const drafts = draftTranscript(parseVtt(vtt()), headings, context);
    for (const item of drafts.items) {
      const proposed = new Set(
        [...item.candidateDecisions, ...item.candidateActions].map((each) => each.text),
      );
      expect(item.keySentences.filter((sentence) => proposed.has(sentence.text))).toEqual([]);
    }
    expect(drafts.items[2]?.keySentences.length).toBeGreaterThan(0);
  });

  it('redrafts from boundaries the secretary moved, and ignores impossible ones', () => {
    const cues = parseVtt(vtt());
    const moved = draftTranscript(cues, headings, context, [0, 3, 9, 16, 21]);
    expect(moved.items[1]?.endCue).toBe(9);
    const refused = draftTranscript(cues, headings, context, [0, 9, 3, 16, 21]);
    expect(refused.starts).toEqual([0, 3, 8, 16, 21]);
  });
});

describe('reading the Word transcript Teams produces', () => {
  let folder: string;
  let remove: () => Promise<void>;
  beforeEach(async () => ({ folder, remove } = await makeTempDataFolder()));
  afterEach(() => remove());

  async function docx(lines: string[]): Promise<string> {
    const doc = new Document({
      sections: [{ children: lines.map((line) => new Paragraph(line)) }],
    });
    const path = join(folder, 'transcript.docx');
    await writeFile(path, await Packer.toBuffer(doc));
    return path;
  }

  it('reads the current layout: "Name   0:03" then what they said', async () => {
    const path = await docx([
      'Board Meeting-20210727_140000-Meeting Recording',
      'July 27, 2021, 1:00PM',
      '1h 33m 32s',
      'Alex Cheung   0:03',
      'Good afternoon everyone.',
      'Bailey, Mark (NHS England)   1:02:10',
      'The minutes were agreed.',
    ]);
    const cues = await readTranscriptFile(path);
    expect(cues).toEqual([
      { start: 3, end: 3730, speaker: 'Alex Cheung', text: 'Good afternoon everyone.' },
      {
        start: 3730,
        end: 3735,
        speaker: 'Bailey, Mark (NHS England)',
        text: 'The minutes were agreed.',
      },
    ]);
  });

  it('reads the older layout with arrows, and refuses a document with no speakers', async () => {
    const cues = await readTranscriptFile(
      await docx(['0:0:3.120 --> 0:0:9.480', 'Alex Cheung', 'Welcome, everyone.']),
    );
    expect(cues).toEqual([
      { start: 3.12, end: 9.48, speaker: 'Alex Cheung', text: 'Welcome, everyone.' },
    ]);
    await expect(readTranscriptFile(await docx(['Just a letter.']))).rejects.toThrow(
      /No speakers with times/,
    );
  });

  it('refuses a file that is not a Word document, naming it', async () => {
    const path = join(folder, 'fake.docx');
    await writeFile(path, 'not a zip');
    await expect(readTranscriptFile(path)).rejects.toThrow(/fake\.docx cannot be read/);
  });
});

import { describe, expect, it } from 'vitest';
import { buildMeetingDocument, type DocxLayout } from '@main/export/build-document';
import { linesAsMeant } from '@main/export/line-breaks';
import { packDocx } from '@main/export/pack';
import type { MeetingFile } from '@shared/model';
import { openDocx, type DocxParagraph } from '../../support/docx-reader';
import { meeting } from '../../support/example-meeting';

/** Decisions and actions written every way the notes allow, several to an item. */
function minutedMeeting(): MeetingFile {
  return meeting({
    board: 'NHS Python Community Board',
    date: '2021-07-27',
    nextMeetingDate: '2021-09-28',
    status: 'draft',
    minuteReferencePattern: 'NPB/{yy}/{mm}/{nn}',
    items: [
      {
        number: 1,
        title: 'Terms of Reference',
        notes: [
          'The Terms of Reference were circulated before the meeting.',
          'DECISION: The Terms of Reference were approved.',
          '',
          'The goals will be published:',
          '',
          '- on the website',
          '- in the Slack channel',
          'ACTION: Mary Amanuel to upload the goals to the website by 31 August 2021',
          '**Action:** Jonathan to post the goals in Slack',
          '',
          'ACTION: Arouba to collect show-and-tell topics',
        ].join('\n'),
        decisions: [{ text: 'The Terms of Reference were approved.' }],
        actions: [
          {
            text: 'Mary Amanuel to upload the goals to the website by 31 August 2021',
            owner: 'Mary Amanuel',
            due: '2021-08-31',
          },
          {
            text: 'Jonathan to post the goals in Slack',
            owner: 'Jonathan Pearson, PhD',
            due: '2021-09-28',
          },
          { text: 'Arouba to collect show-and-tell topics', owner: '', due: '' },
        ],
      },
      {
        number: 2,
        title: 'Representation',
        notes: [
          'The board is still seeking a PCN representative.',
          '- action: Write to ICS analytics leads about the vacancy',
          '1. Decision: Advertise the vacancy in the newsletter.',
        ].join('\n'),
        decisions: [{ text: 'Advertise the vacancy in the newsletter.' }],
        actions: [
          {
            text: 'Write to ICS analytics leads about the vacancy',
            owner: 'Craig R. Shenton, PhD',
            due: '2021-08-31',
          },
          // Added by hand in the actions list, never written in the notes.
          { text: 'Book a room for the autumn event', owner: 'Alex Cheung', due: '2021-10-01' },
        ],
      },
    ],
  });
}

const SENTENCES = [
  'The Terms of Reference were approved.',
  'Mary Amanuel to upload the goals to the website by 31 August 2021',
  'Jonathan to post the goals in Slack',
  'Arouba to collect show-and-tell topics',
  'Write to ICS analytics leads about the vacancy',
  'Advertise the vacancy in the newsletter.',
  'Book a room for the autumn event',
];

const plain = (text: string) => text.replace(/\u00a0/g, ' ');

async function paragraphs(layout: DocxLayout): Promise<DocxParagraph[]> {
  const docx = await openDocx(
    await packDocx(buildMeetingDocument(minutedMeeting(), { layout, audience: 'internal' })),
  );
  return docx.paragraphs.map((each) => ({ ...each, text: plain(each.text) }));
}

function count(texts: readonly string[], needle: string): number {
  return texts.reduce((sum, text) => sum + text.split(needle).length - 1, 0);
}

describe.each(['summary', 'formal'] as const)('decisions and actions in the %s', (layout) => {
  it('prints each exactly once outside the action log, as its own paragraph', async () => {
    const body = (await paragraphs(layout)).filter((each) => !each.inTable);
    const texts = body.map((each) => each.text);
    for (const sentence of SENTENCES) expect(count(texts, sentence), sentence).toBe(1);
    const entries = body.filter((each) => each.style === 'Decision' || each.style === 'Action');
    expect(entries).toHaveLength(SENTENCES.length);
    for (const entry of entries) expect(entry.text).toMatch(/^(Decision|Action): /);
  });

  it('leaves no raw marker in the text', async () => {
    const texts = (await paragraphs(layout)).map((each) => each.text);
    for (const text of texts) {
      expect(text).not.toMatch(/\b(ACTION|DECISION)\b/);
      expect(text).not.toMatch(/\*\*|action:\s*\*|^\s*[-*]\s/i);
      expect(text).not.toMatch(/(Action|Decision):.*(Action|Decision):/);
    }
  });

  it('keeps each where it was written in the item', async () => {
    const texts = (await paragraphs(layout)).map((each) => each.text);
    const at = (start: string) => texts.findIndex((text) => text.startsWith(start));
    expect(at('The Terms of Reference were circulated')).toBeLessThan(at('Decision: The Terms'));
    expect(at('Decision: The Terms')).toBeLessThan(at('The goals will be published'));
    expect(at('in the Slack channel')).toBeLessThan(at('Action: Mary Amanuel'));
    expect(at('Action: Mary Amanuel')).toBeLessThan(at('Action: Jonathan'));
    expect(at('Action: Jonathan')).toBeLessThan(at('Action: Arouba'));
    // A list point, then a decision, never merge into the line before them.
    expect(texts).toContain('in the Slack channel');
    expect(texts).toContain('The board is still seeking a PCN representative.');
    // The record added by hand comes last in its item.
    expect(at('Decision: Advertise')).toBeLessThan(at('Action: Book a room'));
    const after = layout === 'formal' ? 'Any other business' : 'Next board meeting date';
    expect(at('Action: Book a room')).toBeLessThan(at(after));
  });

  it('gives the owner and due date once, and only what the sentence does not say', async () => {
    const body = (await paragraphs(layout)).filter((each) => !each.inTable);
    const texts = body.map((each) => each.text);
    const entry = (start: string) => texts.find((text) => text.startsWith(start)) ?? '';
    // The sentence names Mary and the date: nothing to add.
    expect(entry('Action: Mary')).toMatch(
      /^Action: Mary Amanuel to upload the goals to the website by 31 August 2021\.( Ref\. NPB\/21\/07\/01 A1)?$/,
    );
    // It names Jonathan but no date: the due date, in words.
    expect(entry('Action: Jonathan')).toMatch(
      /^Action: Jonathan to post the goals in Slack\. Due: 28th September 2021( · Ref\. .*)?$/,
    );
    // Neither: both, in the one form.
    expect(entry('Action: Write to ICS')).toMatch(
      /^Action: Write to ICS analytics leads about the vacancy\. Owner: Craig R\. Shenton, PhD · Due: 31st August 2021( · Ref\. .*)?$/,
    );
    expect(count(texts, 'Craig R. Shenton')).toBe(1);
    expect(count(texts, '31st August 2021')).toBe(1);
    // Once as Jonathan's due date, once as the date of the next meeting.
    expect(count(texts, '28th September 2021')).toBe(2);
    // No ISO date anywhere a person reads.
    for (const text of texts) expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });
});

describe('citing decisions and actions in formal minutes', () => {
  it('cites each by its item’s minute reference, in the body and in the action log', async () => {
    const all = await paragraphs('formal');
    const body = all.filter((each) => !each.inTable).map((each) => each.text);
    expect(body).toContain('Minute NPB/21/07/01');
    expect(body.find((text) => text.startsWith('Action: Book a room'))).toBe(
      'Action: Book a room for the autumn event. Owner: Alex Cheung · Due: 1st October 2021 · Ref. NPB/21/07/02 A2',
    );
    const log = all.filter((each) => each.inTable).map((each) => each.text);
    for (const reference of ['01 A1', '01 A2', '01 A3', '02 A1', '02 A2']) {
      expect(log).toContain(`NPB/21/07/${reference}`);
    }
    // The log is the one other place an action's text appears; decisions are not in it.
    for (const sentence of SENTENCES.slice(1, 5)) {
      expect(log.filter((text) => text.startsWith(sentence))).toHaveLength(1);
    }
    expect(log.join(' ')).not.toContain('Advertise the vacancy');
  });
});

describe('line breaks as the secretary meant them', () => {
  it('keeps a new sentence on a new line, and starts a list or ends one where typed', () => {
    expect(linesAsMeant('First point made.\nSecond point made.')).toBe(
      'First point made.\\\nSecond point made.',
    );
    expect(linesAsMeant('The goals are:\n- one\n- two\nThe board moved on.')).toBe(
      'The goals are:\n\n- one\n- two\n\nThe board moved on.',
    );
  });

  it('lets hard-wrapped prose flow as one paragraph, and leaves indented points alone', () => {
    const wrapped = [
      'Conferences and events, like show and tells, could be organised digitally',
      'and in-person in the near-future to share and celebrate success stories.',
      'Installing python has been an issue for many members; the possibility of',
      'having a meet up was discussed.',
    ].join('\n');
    expect(linesAsMeant(wrapped)).toBe(wrapped);
    const point =
      '- Promote the use of python by celebrating success and\n  recognising contributions';
    expect(linesAsMeant(point)).toBe(point);
    const fenced = '```\nA. line\nB. line\n```';
    expect(linesAsMeant(fenced)).toBe(fenced);
  });
});

describe('decisions in the board’s own words', () => {
  it('prints "RESOLVED that", "AGREED" and "The Board APPROVED" once, the word itself styled', async () => {
    const file = meeting({
      board: 'Quality Committee',
      date: '2024-03-14',
      status: 'draft',
      items: [
        {
          number: 1,
          title: 'Finance',
          notes: [
            'RESOLVED that the budget for 2024/25 be approved.',
            'It was AGREED that the audit plan be deferred.',
            'The Board APPROVED the annual accounts.',
            'AGREED: to meet monthly until September.',
          ].join('\n'),
          decisions: [],
          actions: [],
        },
      ],
    });
    const docx = await openDocx(
      await packDocx(buildMeetingDocument(file, { layout: 'summary', audience: 'internal' })),
    );
    const entries = docx.paragraphs
      .filter((each) => each.style === 'Decision')
      .map((each) => plain(each.text));
    expect(entries).toEqual([
      'RESOLVED that the budget for 2024/25 be approved.',
      'It was AGREED that the audit plan be deferred.',
      'The Board APPROVED the annual accounts.',
      'AGREED: to meet monthly until September.',
    ]);
  });
});

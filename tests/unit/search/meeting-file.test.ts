import { describe, expect, it } from 'vitest';
import { meetingFileSchema } from '@shared/model/meeting-file';
import { documentsFromMeetingFile, itemText } from '@shared/search/documents';
import { SearchEngine } from '@shared/search/engine';

describe('indexing a meeting file', () => {
  const file = meetingFileSchema.parse({
    format: 'minute-book.meeting',
    version: 1,
    board: 'NHS Python Community Board',
    date: '2021-06-21',
    attendance: [{ name: 'Siobhán Ó Briain', organisation: 'NHS England', status: 'present' }],
    items: [
      {
        number: 1,
        title: 'Conference planning',
        notes: 'Venues in Leeds were compared.',
        decisions: [{ text: 'Hold the conference online.' }],
        actions: [{ text: 'Book the platform', owner: 'Siobhán Ó Briain', status: 'open' }],
      },
    ],
  });

  it('makes one document for the meeting and one per item, with ids from the meeting and number', () => {
    const { meeting, items } = documentsFromMeetingFile(file, { meetingId: 'm1', boardId: 'b1' });
    expect(meeting).toMatchObject({ id: 'm1', boardId: 'b1', date: '2021-06-21' });
    expect(items.map((item) => item.id)).toEqual(['m1/1']);
    expect(itemText(items[0] ?? { notes: '', decisions: [], actions: [] })).toBe(
      'Venues in Leeds were compared.\n\nHold the conference online.\n\nBook the platform',
    );

    const engine = new SearchEngine();
    engine.addMeeting(meeting);
    for (const item of items) engine.addItem(item);
    expect(engine.search('online ').hits.map((hit) => hit.id)).toEqual(['m1/1']);
    // The attendee through the meeting, the action owner through the item.
    const kinds = engine.search('siobhan ').hits.map((hit) => `${hit.kind} ${hit.id}`);
    expect(kinds.sort()).toEqual(['item m1/1', 'meeting m1']);
    expect(
      engine.search('platform ', { filters: { person: 'Siobhan', openActionsOnly: true } }).hits,
    ).toHaveLength(1);
  });
});

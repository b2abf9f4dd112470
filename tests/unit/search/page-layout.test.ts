import { describe, expect, it } from 'vitest';
import { arrangePage, type Placed } from '@shared/search/page-layout';

interface Entry extends Placed {
  name: string;
}

const entry = (name: string, score: number, meetingId: string): Entry => ({
  name,
  score,
  meetingId,
});
const names = (entries: Entry[]): string[] => entries.map((each) => each.name);

// Meeting documents outscore items, as they do for a committee's name.
const items = [
  entry('i1', 5, 'm1'),
  entry('i2', 4, 'm2'),
  entry('i3', 3, 'm1'),
  entry('i4', 1, 'm3'),
];
const meetings = [
  entry('M1', 9, 'm1'),
  entry('M2', 8, 'm2'),
  entry('M4', 7, 'm4'),
  entry('M5', 6, 'm5'),
  entry('M6', 2, 'm6'),
];

describe('arranging a page of results', () => {
  it('by score lets meetings crowd the items out', () => {
    expect(names(arrangePage(items, meetings, 4, 'by-score'))).toEqual(['M1', 'M2', 'M4', 'M5']);
  });

  it('items first never lets a meeting hide an item', () => {
    expect(names(arrangePage(items, meetings, 6, 'items-first'))).toEqual([
      'i1',
      'i2',
      'i3',
      'i4',
      'M1',
      'M2',
    ]);
    expect(names(arrangePage(items, meetings, 2, 'items-first'))).toEqual(['i1', 'i2']);
    expect(names(arrangePage([], meetings, 2, 'items-first'))).toEqual(['M1', 'M2']);
  });

  it('few meetings caps them while there are items, then fills the page with them', () => {
    expect(names(arrangePage(items, meetings, 7, 'few-meetings'))).toEqual([
      'M1',
      'M2',
      'M4',
      'i1',
      'i2',
      'i3',
      'i4',
    ]);
    expect(names(arrangePage(items, meetings, 9, 'few-meetings')).slice(7)).toEqual(['M5', 'M6']);
  });

  it('by meeting puts each meeting once, best first, its items before its own document', () => {
    expect(names(arrangePage(items, meetings, 20, 'by-meeting'))).toEqual([
      'i1',
      'i3',
      'M1',
      'i2',
      'M2',
      'M4',
      'M5',
      'M6',
      'i4',
    ]);
  });
});

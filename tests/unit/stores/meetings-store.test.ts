import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { createMeetingsStore } from '@renderer/stores/meetings-store';
import { useSaveStatusStore } from '@renderer/stores/save-status-store';
import { MEETING_STATUSES, refusedChanges } from '@shared/model';
import { freshDatabase } from '../db/migration-harness';

describe('read-only minutes in the meetings store', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
    useSaveStatusStore.setState({ pending: 0, lastSavedAt: null, error: null });
  });
  afterEach(() => db.close());

  it('refuses edits to approved, signed and locked minutes, but lets them move on or be read', () => {
    for (const status of MEETING_STATUSES) {
      const readOnly = status === 'approved' || status === 'signed' || status === 'locked';
      expect(refusedChanges(status, { location: 'Room 2', notes: '' })).toEqual(
        readOnly ? ['location', 'notes'] : [],
      );
      expect(refusedChanges(status, { status: 'draft', currentItemId: 'i2' })).toEqual([]);
    }
  });

  it('throws rather than change a locked meeting, judging by the status it holds now', async () => {
    const store = createMeetingsStore(db);
    const meeting = await store.getState().createMeeting('b', '2021-06-21', {}, []);
    store.getState().updateMeeting(meeting, { status: 'locked' });
    // `meeting` is the object from before the lock, as a stale screen would hold it.
    expect(() => store.getState().updateMeeting(meeting, { location: 'Room 2' })).toThrow(
      /cannot be edited \(location\)/,
    );
    store.getState().updateMeeting(meeting, { status: 'draft' });
    store.getState().updateMeeting(meeting, { location: 'Room 2' });
    expect(store.getState().meetingsByBoard.b?.[0]).toMatchObject({
      status: 'draft',
      location: 'Room 2',
    });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { createMembersStore, selectBoardMembers } from '@renderer/stores/members-store';
import { describeSaveError, useSaveStatusStore } from '@renderer/stores/save-status-store';
import { freshDatabase } from '../db/migration-harness';

describe('members store', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
    useSaveStatusStore.setState({ pending: 0, lastSavedAt: null, error: null });
  });
  afterEach(() => db.close());

  it('shows an edit at once and stores it without a save step', async () => {
    const store = createMembersStore(db);
    const member = await store.getState().addMember('board', '2021-06-21');
    store.getState().updateMember(member, { fullName: 'Alex Cheung', role: 'Chair' });
    expect(selectBoardMembers('board')(store.getState())[0]).toMatchObject({
      fullName: 'Alex Cheung',
      role: 'Chair',
    });

    await expect.poll(() => useSaveStatusStore.getState().pending).toBe(0);
    const reopened = createMembersStore(db);
    await reopened.getState().loadBoard('board');
    expect(selectBoardMembers('board')(reopened.getState())[0]).toMatchObject({
      fullName: 'Alex Cheung',
      role: 'Chair',
    });
    expect(useSaveStatusStore.getState().lastSavedAt).not.toBeNull();
  });

  it('reports a failed write in words and keeps the text on screen', async () => {
    const store = createMembersStore(db);
    const member = await store.getState().addMember('board', '2021-06-21');
    db.close();
    store.getState().updateMember(member, { fullName: 'Typed before the failure' });
    await expect.poll(() => useSaveStatusStore.getState().error).toMatch(/could not be saved/);
    expect(selectBoardMembers('board')(store.getState())[0]?.fullName).toBe(
      'Typed before the failure',
    );
  });

  it('explains a full disk', () => {
    const quota = new Error('Quota exceeded');
    quota.name = 'QuotaExceededError';
    expect(describeSaveError(quota)).toMatch(/disk is full/);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { saveNewMeeting } from '@renderer/db/meetings-repository';
import { createActionsStore, selectBoardActions } from '@renderer/stores/actions-store';
import { aMeeting, anItem } from '../../support/records';
import { freshDatabase } from '../db/migration-harness';

let db: MinuteBookDatabase | undefined;
afterEach(() => db?.close());

describe('the action log', () => {
  it('keeps actions raised, followed up and removed, with the minutes of the meeting that raised them', async () => {
    db = freshDatabase();
    await saveNewMeeting(db, aMeeting('june', '2021-06-21'), [
      anItem('terms', 1, 'Terms of Reference', { meetingId: 'june' }),
    ]);
    await saveNewMeeting(db, aMeeting('july', '2021-07-19'), []);
    const store = createActionsStore(db);
    const raised = await store.getState().addAction({
      boardId: 'b',
      meetingId: 'june',
      itemId: 'terms',
      text: 'Craig to circulate the Terms of Reference',
      source: 'notes',
    });
    const dropped = await store.getState().addAction({
      boardId: 'b',
      meetingId: 'july',
      itemId: '',
      text: 'Book a room',
      source: 'manual',
    });
    // Followed up at the next meeting: the action stays with the minutes that raised it.
    store.getState().updateAction(raised, { status: 'carried-forward' });
    await store.getState().removeAction(dropped);

    const reloaded = createActionsStore(db);
    await reloaded.getState().loadBoard('b');
    const actions = selectBoardActions('b')(reloaded.getState());
    expect(actions.map((action) => [action.text, action.status])).toEqual([
      ['Craig to circulate the Terms of Reference', 'carried-forward'],
    ]);
    expect((await db.minutes.get('june'))?.actions.map((action) => action.id)).toEqual([raised.id]);
    expect((await db.minutes.get('july'))?.actions).toEqual([]);
  });
});

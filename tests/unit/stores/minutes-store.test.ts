import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { saveNewMeeting } from '@renderer/db/meetings-repository';
import { meetingsToCatchUp } from '@renderer/search/catch-up';
import { createMinutesStore } from '@renderer/stores/minutes-store';
import { createNotesWriter } from '@renderer/stores/notes-writer';
import { MemoryStorage } from '../../support/memory-storage';
import { aMeeting, anItem } from '../../support/records';
import { freshDatabase } from '../db/migration-harness';

const LONG_AGO = '2020-01-01T00:00:00.000Z';

describe('the open meeting’s minutes', () => {
  let db: MinuteBookDatabase;
  let notesWriter: ReturnType<typeof createNotesWriter>;

  /** The store a fresh start of the app would have: nothing but what reached the database. */
  async function reopened() {
    await notesWriter.flush();
    const store = createMinutesStore(db, createNotesWriter(db));
    await store.getState().open('m1');
    return store.getState();
  }

  beforeEach(async () => {
    vi.stubGlobal('localStorage', new MemoryStorage());
    db = freshDatabase();
    notesWriter = createNotesWriter(db);
    await saveNewMeeting(db, aMeeting('m1', '2021-06-21', { updatedAt: LONG_AGO }), [
      anItem('welcome', 1, 'Welcome', { meetingId: 'm1', updatedAt: LONG_AGO }),
      anItem('finance', 2, 'Finance', { meetingId: 'm1', updatedAt: LONG_AGO }),
    ]);
    await db.minutes.update('m1', { updatedAt: LONG_AGO });
    await db.meetings.add(aMeeting('m2', '2021-07-19', { updatedAt: LONG_AGO }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    db.close();
  });

  it('keeps the agenda in order as items are added, moved and removed', async () => {
    const store = createMinutesStore(db, notesWriter);
    await store.getState().open('m1');
    const risks = await store.getState().addItem(1, { title: 'Risks' });
    store.getState().moveItem('welcome', 2);
    await store.getState().removeItem('finance');
    const titles = (state: { items: readonly { title: string; position: number }[] }) =>
      state.items.map((item) => `${item.position}. ${item.title}`);
    expect(titles(store.getState())).toEqual(['1. Risks', '2. Welcome']);
    expect(titles(await reopened())).toEqual(['1. Risks', '2. Welcome']);
    expect(risks.meetingId).toBe('m1');
  });

  it('stores attendance, guests, declarations, decisions and notes, and reads them back', async () => {
    const store = createMinutesStore(db, notesWriter);
    await store.getState().open('m1');
    const state = store.getState();
    state.markAttendance('member-1', { status: 'present' });
    state.markAttendance('member-2', { status: 'apologies' });
    state.markAttendance('member-2', { status: 'present' });
    const guest = await state.addGuest(' Ama Owusu ', 'NHS England', 'Observer');
    state.updateAttendance(guest.id, { guestRole: 'Speaker' });
    await state.addDeclaration('member-1', 'finance', 'Trustee of a partner charity');
    const decision = await state.addDecision('finance', 'The budget was approved.', 'manual');
    state.updateDecision(decision.id, { text: 'The budget was approved with amendments.' });
    state.setNotes('welcome', 'The Chair welcomed everyone.');
    state.updateItem('finance', { presenter: 'Tom Baker' });

    const again = await reopened();
    expect(
      again.attendance.map((record) => [record.memberId || record.guestName, record.status]),
    ).toEqual([
      ['member-1', 'present'],
      ['member-2', 'present'],
      ['Ama Owusu', 'in-attendance'],
    ]);
    expect(again.attendance[2]?.guestRole).toBe('Speaker');
    expect(again.declarations.map((each) => each.interest)).toEqual([
      'Trustee of a partner charity',
    ]);
    expect(again.decisions.map((each) => each.text)).toEqual([
      'The budget was approved with amendments.',
    ]);
    expect(again.items.map((item) => [item.notes, item.presenter])).toEqual([
      ['The Chair welcomed everyone.', ''],
      ['', 'Tom Baker'],
    ]);
  });

  it('removes a removed item’s decisions, and anything removed stays removed', async () => {
    const store = createMinutesStore(db, notesWriter);
    await store.getState().open('m1');
    const kept = await store.getState().addDecision('welcome', 'Minutes approved.', 'notes');
    await store.getState().addDecision('finance', 'Budget approved.', 'notes');
    const guest = await store.getState().addGuest('Ben Hale', '', '');
    await store.getState().addDeclaration('member-1', 'welcome', 'Employed by a supplier');
    await store.getState().removeItem('finance');
    await store.getState().removeAttendance(guest.id);
    await store.getState().removeDeclaration(store.getState().declarations[0]?.id ?? '');
    const again = await reopened();
    expect(again.decisions.map((each) => each.id)).toEqual([kept.id]);
    expect(again.attendance).toEqual([]);
    expect(again.declarations).toEqual([]);
    await store.getState().removeDecision(kept.id);
    expect((await reopened()).decisions).toEqual([]);
  });

  it('lands changes made at the same moment, each on what is stored then', async () => {
    const store = createMinutesStore(db, notesWriter);
    await store.getState().open('m1');
    // Ticked, retitled and decided without waiting between them, as quick clicks do.
    const writes = [
      store.getState().addDecision('welcome', 'Agreed.', 'manual'),
      store.getState().addGuest('Ama Owusu', '', ''),
    ];
    store.getState().markAttendance('member-1', { status: 'present' });
    store.getState().updateItem('welcome', { title: 'Welcome and apologies' });
    await Promise.all(writes);
    const again = await reopened();
    expect(again.decisions).toHaveLength(1);
    expect(again.attendance).toHaveLength(2);
    expect(again.items[0]?.title).toBe('Welcome and apologies');
  });

  it('stamps the meeting’s minutes, so a search restarted later catches every change up', async () => {
    const indexed = new Map([
      ['m1', { itemIds: ['welcome', 'finance'] }],
      ['m2', { itemIds: [] }],
    ]);
    const since = new Date(Date.now() - 1000).toISOString();
    expect(await meetingsToCatchUp(db, since, indexed)).toEqual(new Set());
    const store = createMinutesStore(db, notesWriter);
    await store.getState().open('m1');
    const decision = await store.getState().addDecision('finance', 'Noted.', 'manual');
    await db.minutes.update('m1', { updatedAt: LONG_AGO });
    // Removing a decision leaves no record behind to carry a time; its meeting's minutes do.
    await store.getState().removeDecision(decision.id);
    expect(await meetingsToCatchUp(db, since, indexed)).toEqual(new Set(['m1']));
  });

  it('writes nothing when no meeting is open, or when the meeting has been deleted', async () => {
    const store = createMinutesStore(db, notesWriter);
    store.getState().markAttendance('member-1', { status: 'present' });
    await store.getState().open('m2');
    await db.meetings.delete('m2');
    await store.getState().addDecision('', 'Too late.', 'manual');
    expect(await db.minutes.get('m2')).toBeUndefined();
    expect((await db.minutes.get('m1'))?.attendance).toEqual([]);
  });
});

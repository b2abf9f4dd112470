import type { Transaction } from 'dexie';
import type { Member } from '../../../shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { meetingsOfMember } from './member-meetings';

/** What the search shows of a member: a change to any of these changes their meetings' index. */
const INDEXED_MEMBER_FIELDS = ['title', 'fullName', 'organisation', 'role'] as const;

/** The tables whose records the search indexes, each pointing at its meeting. */
const MEETING_PARTS = ['agendaItems', 'attendance', 'decisions', 'actions'] as const;

/**
 * Calls `onChange` with the meeting of every record written through this connection: notes,
 * decisions, actions, agenda, attendance and the meeting itself, whichever store or import wrote
 * them. It is called once the write's transaction has committed, so the search worker, which reads
 * through its own connection, sees the change. Returns a function that stops watching.
 */
export function watchMeetingChanges(
  db: MinuteBookDatabase,
  onChange: (meetingId: string) => void,
): () => void {
  // One listener per transaction, told each meeting once: an import writes hundreds of thousands
  // of records in a few dozen transactions.
  const pending = new WeakMap<Transaction, Set<string>>();
  const after = (transaction: Transaction, meetingId: string | undefined): void => {
    if (meetingId === undefined || meetingId === '') return;
    const meetings = pending.get(transaction);
    if (meetings !== undefined) {
      meetings.add(meetingId);
      return;
    }
    const first = new Set([meetingId]);
    pending.set(transaction, first);
    transaction.on('complete', () => first.forEach((id) => onChange(id)));
  };
  const stops: (() => void)[] = [];

  const creating = (_key: unknown, record: { id: string }, transaction: Transaction) =>
    after(transaction, record.id);
  const updating = (
    _changes: object,
    _key: unknown,
    record: { id: string },
    transaction: Transaction,
  ) => after(transaction, record.id);
  const deleting = (_key: unknown, record: { id: string }, transaction: Transaction) =>
    after(transaction, record.id);
  db.meetings.hook('creating', creating);
  db.meetings.hook('updating', updating);
  db.meetings.hook('deleting', deleting);
  stops.push(() => {
    db.meetings.hook('creating').unsubscribe(creating);
    db.meetings.hook('updating').unsubscribe(updating);
    db.meetings.hook('deleting').unsubscribe(deleting);
  });

  for (const name of MEETING_PARTS) {
    const table = db[name];
    const created = (_key: unknown, record: { meetingId: string }, transaction: Transaction) =>
      after(transaction, record.meetingId);
    const updated = (
      _changes: object,
      _key: unknown,
      record: { meetingId: string },
      transaction: Transaction,
    ) => after(transaction, record.meetingId);
    const deleted = (_key: unknown, record: { meetingId: string }, transaction: Transaction) =>
      after(transaction, record.meetingId);
    table.hook('creating', created);
    table.hook('updating', updated);
    table.hook('deleting', deleted);
    stops.push(() => {
      table.hook('creating').unsubscribe(created);
      table.hook('updating').unsubscribe(updated);
      table.hook('deleting').unsubscribe(deleted);
    });
  }
  // A member renamed (or moved to another organisation) is named in every meeting they attended.
  const memberUpdated = (
    changes: Partial<Member>,
    _key: unknown,
    member: Member,
    transaction: Transaction,
  ) => {
    if (!INDEXED_MEMBER_FIELDS.some((field) => field in changes)) return;
    transaction.on('complete', () => {
      void meetingsOfMember(db, member)
        .then((meetingIds) => meetingIds.forEach((id) => onChange(id)))
        .catch(() => undefined);
    });
  };
  db.members.hook('updating', memberUpdated);
  stops.push(() => db.members.hook('updating').unsubscribe(memberUpdated));

  return () => stops.forEach((stop) => stop());
}

import type { Transaction } from 'dexie';
import type { Member } from '../../../shared/model';
import type { MinuteBookDatabase } from '../db/database';
import type { MeetingMinutes } from '../db/meeting-minutes';
import { meetingsOfMember } from './member-meetings';

/** What the search shows of a member: a change to any of these changes their meetings' index. */
const INDEXED_MEMBER_FIELDS = ['title', 'fullName', 'organisation', 'role'] as const;

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
  // One listener per transaction, told each meeting once: an import writes tens of thousands of
  // records in a few dozen transactions.
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

  const minutesCreated = (_key: unknown, minutes: MeetingMinutes, transaction: Transaction) =>
    after(transaction, minutes.meetingId);
  const minutesUpdated = (
    _changes: object,
    _key: unknown,
    minutes: MeetingMinutes,
    transaction: Transaction,
  ) => after(transaction, minutes.meetingId);
  const minutesDeleted = (_key: unknown, minutes: MeetingMinutes, transaction: Transaction) =>
    after(transaction, minutes.meetingId);
  db.minutes.hook('creating', minutesCreated);
  db.minutes.hook('updating', minutesUpdated);
  db.minutes.hook('deleting', minutesDeleted);
  stops.push(() => {
    db.minutes.hook('creating').unsubscribe(minutesCreated);
    db.minutes.hook('updating').unsubscribe(minutesUpdated);
    db.minutes.hook('deleting').unsubscribe(minutesDeleted);
  });
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

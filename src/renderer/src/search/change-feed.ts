import type { Table, Transaction } from 'dexie';
import type { Member } from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { meetingsOfMember } from './member-meetings';

/** What the search shows of a member: a change to any of these changes their meetings' index. */
const INDEXED_MEMBER_FIELDS = ['title', 'fullName', 'organisation', 'role'] as const;

/**
 * Calls `onChange` with the meeting of every record written through this connection: notes,
 * decisions, actions, agenda, attendance and the meeting itself, whichever store or import wrote
 * them; and `onRecordsChange` with the board of every interest or member written (the standing
 * records). They are called once the write's transaction has committed, so the search worker,
 * which reads through its own connection, sees the change. Returns a function that stops watching.
 */
export function watchMeetingChanges(
  db: MinuteBookDatabase,
  onChange: (meetingId: string) => void,
  onRecordsChange: (boardId: string) => void = () => undefined,
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

  /**
   * Calls `written` for every record created, updated or deleted in `table`, with its transaction.
   * A block body: a value returned from a 'creating' hook would become the record's key.
   */
  const onEveryWrite = <T, K, I>(
    table: Table<T, K, I>,
    written: (record: T, transaction: Transaction) => void,
  ): void => {
    const creating = (_key: unknown, record: T, transaction: Transaction): void => {
      written(record, transaction);
    };
    const updating = (
      _changes: object,
      _key: unknown,
      record: T,
      transaction: Transaction,
    ): void => {
      written(record, transaction);
    };
    table.hook('creating', creating);
    table.hook('updating', updating);
    table.hook('deleting', creating);
    stops.push(() => {
      table.hook('creating').unsubscribe(creating);
      table.hook('updating').unsubscribe(updating);
      table.hook('deleting').unsubscribe(creating);
    });
  };

  /** Watches every write to `table`, each record naming its meeting through `meetingOf`. */
  const watch = <T, K, I>(table: Table<T, K, I>, meetingOf: (record: T) => string): void =>
    onEveryWrite(table, (record, transaction) => after(transaction, meetingOf(record)));
  watch(db.meetings, (meeting) => meeting.id);
  watch(db.minutes, (minutes) => minutes.meetingId);

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

  // The register of interests, and the members it and the attendance summaries name and count.
  const watchBoard = <T extends { boardId: string }, K, I>(table: Table<T, K, I>): void =>
    onEveryWrite(table, (record, transaction) => {
      transaction.on('complete', () => onRecordsChange(record.boardId));
    });
  watchBoard(db.interests);
  watchBoard(db.members);

  return () => stops.forEach((stop) => stop());
}

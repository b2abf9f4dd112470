import type {
  Interest,
  InterestChanges,
  InterestConfirmation,
  InterestCategory,
  IsoDate,
} from '@shared/model';
import type { MinuteBookDatabase } from './database';
import { newId, nowStamp } from './ids';

/** A board's register of interests and the members' confirmations of it. */
export interface BoardInterests {
  interests: Interest[];
  confirmations: InterestConfirmation[];
}

export async function readBoardInterests(
  db: MinuteBookDatabase,
  boardId: string,
): Promise<BoardInterests> {
  return db.transaction('r', db.interests, db.interestConfirmations, async () => ({
    interests: await db.interests.where('boardId').equals(boardId).toArray(),
    confirmations: await db.interestConfirmations.where('boardId').equals(boardId).toArray(),
  }));
}

export interface NewInterest {
  boardId: string;
  memberId: string;
  category: InterestCategory;
  description: string;
  organisation: string;
  declaredOn: IsoDate;
  publish?: boolean;
  declaredAtMeetingId?: string;
}

export function newInterest(details: NewInterest): Interest {
  const stamp = nowStamp();
  return {
    id: newId(),
    endedOn: '',
    publish: true,
    declaredAtMeetingId: '',
    ...details,
    description: details.description.trim(),
    organisation: details.organisation.trim(),
    createdAt: stamp,
    updatedAt: stamp,
  };
}

export async function saveInterest(db: MinuteBookDatabase, interest: Interest): Promise<void> {
  await db.interests.put(interest);
}

export async function updateInterest(
  db: MinuteBookDatabase,
  id: string,
  changes: InterestChanges,
  updatedAt: string,
): Promise<void> {
  await db.interests.update(id, { ...changes, updatedAt });
}

export async function deleteInterest(db: MinuteBookDatabase, id: string): Promise<void> {
  await db.interests.delete(id);
}

export function newConfirmation(
  boardId: string,
  memberId: string,
  confirmedOn: IsoDate,
  nilReturn: boolean,
): InterestConfirmation {
  return { id: newId(), boardId, memberId, confirmedOn, nilReturn, createdAt: nowStamp() };
}

export async function saveConfirmation(
  db: MinuteBookDatabase,
  confirmation: InterestConfirmation,
): Promise<void> {
  await db.interestConfirmations.add(confirmation);
}

import { useMemo } from 'react';
import { membersInOfficeOn, type Meeting, type Member } from '@shared/model';
import { selectBoardMembers, useMembersStore } from '../../stores';

/** Everyone in office on the meeting's date: the people whose attendance is taken. */
export function useMembersInOffice(meeting: Meeting): Member[] {
  const members = useMembersStore(
    useMemo(() => selectBoardMembers(meeting.boardId), [meeting.boardId]),
  );
  return useMemo(() => membersInOfficeOn(members, meeting.date), [members, meeting.date]);
}

/** The member chairing: the one chosen for this meeting, else the board's Chair in office that day. */
export function chairOf(meeting: Meeting, inOffice: readonly Member[]): Member | null {
  return (
    inOffice.find((member) => member.id === meeting.chairMemberId) ??
    inOffice.find((member) => member.role === 'Chair') ??
    null
  );
}

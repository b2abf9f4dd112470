import { useEffect } from 'react';
import type { Board, Meeting } from '@shared/model';
import { useMembersInOffice } from '../meetings';
import { AttendanceReportSection } from './AttendanceReportSection';
import { InvitationSection } from './InvitationSection';
import { TranscriptSection } from './TranscriptSection';
import { useTeamsStore } from '../../stores/teams-store';
import './teams.css';

/** The meeting on Microsoft Teams: its invitation before, and its attendance and transcript after. */
export function TeamsPanel({ board, meeting }: { board: Board; meeting: Meeting }) {
  const members = useMembersInOffice(meeting);
  const forMeeting = useTeamsStore((state) => state.forMeeting);
  useEffect(() => forMeeting(meeting.id), [meeting.id, forMeeting]);
  return (
    <div className="page">
      <InvitationSection board={board} meeting={meeting} members={members} />
      <AttendanceReportSection meeting={meeting} members={members} />
      <TranscriptSection board={board} meeting={meeting} members={members} />
    </div>
  );
}

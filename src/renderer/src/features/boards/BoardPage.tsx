import { useEffect, useMemo } from 'react';
import { Tabs } from '../../components/Tabs';
import type { Board } from '@shared/model';
import {
  selectMeeting,
  useActionsStore,
  useMeetingsStore,
  useMembersStore,
  selectBoardTab,
  selectOpenMeetingId,
  useNavigationStore,
} from '../../stores';
import type { BoardTab } from '../../stores/navigation-store';
import { ActionLog } from '../actions';
import { AttendanceRecordPanel } from '../attendance-record';
import { InterestsPanel } from '../interests';
import { MeetingPage } from '../meetings';
import { MeetingsPanel } from '../meetings';
import { DocumentsPanel } from '../sign-off';
import { IdentitiesPanel } from '../sign-off';
import { RegisterPanel } from '../register';
import { BoardDetailsPanel } from './BoardDetailsPanel';
import { DeleteBoardPanel } from './DeleteBoardPanel';

const TABS: ReadonlyArray<{ key: BoardTab; label: string }> = [
  { key: 'register', label: 'Register' },
  { key: 'meetings', label: 'Meetings' },
  { key: 'actions', label: 'Action log' },
  { key: 'documents', label: 'Documents' },
  { key: 'attendance-record', label: 'Attendance record' },
  { key: 'interests', label: 'Interests' },
];

export function BoardPage({ board }: { board: Board }) {
  const loadMembers = useMembersStore((state) => state.loadBoard);
  const loadMeetings = useMeetingsStore((state) => state.loadBoard);
  const loadActions = useActionsStore((state) => state.loadBoard);
  const tab = useNavigationStore(selectBoardTab);
  const showTab = useNavigationStore((state) => state.showBoard);
  const meetingId = useNavigationStore(selectOpenMeetingId);
  const meeting = useMeetingsStore(
    useMemo(() => selectMeeting(board.id, meetingId ?? ''), [board.id, meetingId]),
  );

  useEffect(() => {
    void loadMembers(board.id);
    void loadMeetings(board.id);
    void loadActions(board.id);
  }, [board.id, loadMembers, loadMeetings, loadActions]);

  if (meeting) return <MeetingPage board={board} meeting={meeting} />;

  return (
    <div className="page">
      <div className="page__header">
        <h1>{board.name.trim() || 'Untitled board'}</h1>
        {board.description.trim() && <p className="page__lede">{board.description}</p>}
      </div>
      <Tabs label="Board" tabs={TABS} selected={tab} onSelect={showTab}>
        {tab === 'register' ? (
          <div className="page">
            <RegisterPanel board={board} />
            <BoardDetailsPanel board={board} />
            <DeleteBoardPanel board={board} />
          </div>
        ) : tab === 'meetings' ? (
          <MeetingsPanel board={board} />
        ) : tab === 'actions' ? (
          <ActionLog board={board} />
        ) : tab === 'attendance-record' ? (
          <AttendanceRecordPanel board={board} />
        ) : tab === 'interests' ? (
          <InterestsPanel board={board} />
        ) : (
          <div className="page">
            <DocumentsPanel board={board} />
            <IdentitiesPanel />
          </div>
        )}
      </Tabs>
    </div>
  );
}

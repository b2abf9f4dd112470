import { useEffect, useMemo } from 'react';
import {
  buildAttendanceRecord,
  todayIso,
  type Board,
  type BoardAttendanceRecord,
  type IsoDate,
} from '@shared/model';
import {
  selectBoardAttendance,
  selectBoardAttendanceLoaded,
  selectBoardMeetings,
  selectBoardMembers,
  useAttendanceRecordStore,
  useMeetingsStore,
  useMembersStore,
} from '../../stores';

/** The board's attendance record over a period, read afresh each time a screen opens it. */
export function useAttendanceRecord(
  board: Board,
  from: IsoDate,
  to: IsoDate,
): { record: BoardAttendanceRecord | null; loaded: boolean } {
  const members = useMembersStore(useMemo(() => selectBoardMembers(board.id), [board.id]));
  const meetings = useMeetingsStore(useMemo(() => selectBoardMeetings(board.id), [board.id]));
  const attendance = useAttendanceRecordStore(
    useMemo(() => selectBoardAttendance(board.id), [board.id]),
  );
  const loaded = useAttendanceRecordStore(
    useMemo(() => selectBoardAttendanceLoaded(board.id), [board.id]),
  );
  const load = useAttendanceRecordStore((state) => state.loadBoard);

  useEffect(() => {
    void load(board.id);
  }, [board.id, load]);

  const record = useMemo(
    () =>
      from && to && from <= to
        ? buildAttendanceRecord({
            boardName: board.name.trim() || 'Untitled board',
            from,
            to,
            today: todayIso(),
            members,
            meetings,
            attendanceByMeeting: attendance,
          })
        : null,
    [board.name, from, to, members, meetings, attendance],
  );
  return { record, loaded };
}

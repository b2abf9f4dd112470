import { create } from 'zustand';
import type { AttendanceRecord } from '@shared/model';
import { readBoardAttendance } from '../db/attendance-record-repository';
import type { MinuteBookDatabase } from '../db/database';

const NOTHING: ReadonlyMap<string, readonly AttendanceRecord[]> = new Map();

/** Each board's attendance at every meeting, read when its attendance record is opened. */
export interface AttendanceRecordState {
  attendanceByBoard: Record<string, ReadonlyMap<string, readonly AttendanceRecord[]>>;
  loadBoard: (boardId: string) => Promise<void>;
}

export function createAttendanceRecordStore(db: MinuteBookDatabase) {
  return create<AttendanceRecordState>()((set) => ({
    attendanceByBoard: {},
    loadBoard: async (boardId) => {
      const attendance = await readBoardAttendance(db, boardId);
      set((state) => ({
        attendanceByBoard: { ...state.attendanceByBoard, [boardId]: attendance },
      }));
    },
  }));
}

export const selectBoardAttendance =
  (boardId: string) =>
  (state: AttendanceRecordState): ReadonlyMap<string, readonly AttendanceRecord[]> =>
    state.attendanceByBoard[boardId] ?? NOTHING;

export const selectBoardAttendanceLoaded =
  (boardId: string) =>
  (state: AttendanceRecordState): boolean =>
    boardId in state.attendanceByBoard;

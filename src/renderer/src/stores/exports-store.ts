import { create } from 'zustand';
import type { ExportRecord } from '../../../shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { newId } from '../db/ids';
import { trackSave } from './save-status-store';

const NO_EXPORTS: readonly ExportRecord[] = [];

/** The Word documents saved from each meeting, newest last. */
export interface ExportsState {
  exportsByMeeting: Record<string, readonly ExportRecord[]>;
  loadMeeting: (meetingId: string) => Promise<void>;
  recordExport: (record: Omit<ExportRecord, 'id'>) => Promise<void>;
}

export function createExportsStore(db: MinuteBookDatabase) {
  return create<ExportsState>()((set) => ({
    exportsByMeeting: {},
    loadMeeting: async (meetingId) => {
      const records = await db.exports.where('meetingId').equals(meetingId).sortBy('at');
      set((state) => ({ exportsByMeeting: { ...state.exportsByMeeting, [meetingId]: records } }));
    },
    recordExport: async (fields) => {
      const record: ExportRecord = { id: newId(), ...fields };
      await trackSave(db.exports.add(record));
      set((state) => ({
        exportsByMeeting: {
          ...state.exportsByMeeting,
          [record.meetingId]: [...(state.exportsByMeeting[record.meetingId] ?? []), record],
        },
      }));
    },
  }));
}

export const selectMeetingExports =
  (meetingId: string) =>
  (state: ExportsState): readonly ExportRecord[] =>
    state.exportsByMeeting[meetingId] ?? NO_EXPORTS;

import { create } from 'zustand';
import type { ExportRecord } from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';

const NO_EXPORTS: readonly ExportRecord[] = [];

/** The Word documents saved from each meeting, newest last. */
export interface ExportsState {
  exportsByMeeting: Record<string, readonly ExportRecord[]>;
  loadMeeting: (meetingId: string) => Promise<void>;
  /** Shows the record of an export a workflow has stored, without reading it again. */
  showExport: (record: ExportRecord) => void;
}

export function createExportsStore(db: MinuteBookDatabase) {
  return create<ExportsState>()((set) => ({
    exportsByMeeting: {},
    loadMeeting: async (meetingId) => {
      const records = await db.exports.where('meetingId').equals(meetingId).sortBy('at');
      set((state) => ({ exportsByMeeting: { ...state.exportsByMeeting, [meetingId]: records } }));
    },
    showExport: (record) =>
      set((state) => ({
        exportsByMeeting: {
          ...state.exportsByMeeting,
          [record.meetingId]: [...(state.exportsByMeeting[record.meetingId] ?? []), record],
        },
      })),
  }));
}

export const selectMeetingExports =
  (meetingId: string) =>
  (state: ExportsState): readonly ExportRecord[] =>
    state.exportsByMeeting[meetingId] ?? NO_EXPORTS;

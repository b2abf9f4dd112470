import { create } from 'zustand';
import type {
  AgendaItem,
  AttendanceRecord,
  Decision,
  Declaration,
  RecordSource,
} from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { newId, nowStamp } from '../db/ids';
import { patchRecord, putRecords, withoutRecord, type MeetingMinutes } from '../db/meeting-minutes';
import * as meetingsRepository from '../db/meetings-repository';
import {
  changeMinutes,
  changeMinutesPart,
  type MinutesChange,
  type MinutesPart,
} from '../db/minutes-repository';
import type { NotesWriter } from './notes-writer';
import { trackSave } from './save-status-store';

/** The open meeting's agenda, attendance, declarations and decisions. */
export interface MinutesState {
  meetingId: string | null;
  loaded: boolean;
  items: readonly AgendaItem[];
  attendance: readonly AttendanceRecord[];
  declarations: readonly Declaration[];
  decisions: readonly Decision[];
  open: (meetingId: string) => Promise<void>;
  addItem: (atIndex?: number, template?: Partial<AgendaItem>) => Promise<AgendaItem>;
  updateItem: (itemId: string, changes: Partial<AgendaItem>) => void;
  removeItem: (itemId: string) => Promise<void>;
  moveItem: (itemId: string, toIndex: number) => void;
  setNotes: (itemId: string, notes: string) => void;
  markAttendance: (memberId: string, changes: Partial<AttendanceRecord>) => void;
  addGuest: (name: string, organisation: string, role: string) => Promise<AttendanceRecord>;
  updateAttendance: (recordId: string, changes: Partial<AttendanceRecord>) => void;
  removeAttendance: (recordId: string) => Promise<void>;
  addDeclaration: (memberId: string, itemId: string, interest: string) => Promise<void>;
  removeDeclaration: (id: string) => Promise<void>;
  addDecision: (itemId: string, text: string, source: RecordSource) => Promise<Decision>;
  updateDecision: (id: string, changes: Partial<Decision>) => void;
  removeDecision: (id: string) => Promise<void>;
}

function renumber(items: readonly AgendaItem[]): AgendaItem[] {
  return items.map((item, index) =>
    item.position === index + 1 ? item : { ...item, position: index + 1 },
  );
}

export function createMinutesStore(db: MinuteBookDatabase, notesWriter: NotesWriter) {
  const save = (write: Promise<unknown>) => void trackSave(write).catch(() => undefined);

  return create<MinutesState>()((set, get) => {
    /** Writes a change to the open meeting's minutes; nothing when no meeting is open. */
    const write = async (change: MinutesChange): Promise<void> => {
      const { meetingId } = get();
      if (meetingId) await changeMinutes(db, meetingId, change);
    };
    /** `write` for one list of the minutes. */
    const writePart = async <P extends MinutesPart>(
      part: P,
      change: (list: MeetingMinutes[P]) => MeetingMinutes[P],
    ): Promise<void> => {
      const { meetingId } = get();
      if (meetingId) await changeMinutesPart(db, meetingId, part, change);
    };

    return {
      meetingId: null,
      loaded: false,
      items: [],
      attendance: [],
      declarations: [],
      decisions: [],

      open: async (meetingId) => {
        await notesWriter.flush();
        set({ meetingId, loaded: false });
        const [contents, journalled] = await Promise.all([
          meetingsRepository.loadMeetingContents(db, meetingId),
          notesWriter.journalled(),
        ]);
        // Keystrokes journalled after the last database write (a reload or crash mid-typing) are restored.
        const journalByItem = new Map(journalled.map((entry) => [entry.itemId, entry]));
        const items = contents.items.map((item) => {
          const journal = journalByItem.get(item.id);
          if (journal && journal.notes !== item.notes) {
            notesWriter.change(meetingId, item.id, journal.notes);
            return { ...item, notes: journal.notes };
          }
          return item;
        });
        if (get().meetingId === meetingId) set({ ...contents, items, loaded: true });
      },

      addItem: async (atIndex, template = {}) => {
        const { meetingId, items } = get();
        if (!meetingId) throw new Error('No meeting is open');
        const index = atIndex ?? items.length;
        const item = meetingsRepository.newAgendaItem(meetingId, index + 1, template);
        const next = renumber([...items.slice(0, index), item, ...items.slice(index)]);
        set({ items: next });
        await trackSave(writePart('items', (list) => putRecords(list, next)));
        return item;
      },

      updateItem: (itemId, changes) => {
        const updatedAt = nowStamp();
        set((state) => ({
          items: state.items.map((item) =>
            item.id === itemId ? { ...item, ...changes, updatedAt } : item,
          ),
        }));
        save(writePart('items', (list) => patchRecord(list, itemId, { ...changes, updatedAt })));
      },

      setNotes: (itemId, notes) => {
        set((state) => ({
          items: state.items.map((item) => (item.id === itemId ? { ...item, notes } : item)),
        }));
        const { meetingId } = get();
        if (meetingId) notesWriter.change(meetingId, itemId, notes);
      },

      removeItem: async (itemId) => {
        const next = renumber(get().items.filter((item) => item.id !== itemId));
        set((state) => ({
          items: next,
          decisions: state.decisions.filter((decision) => decision.itemId !== itemId),
        }));
        await trackSave(
          write((minutes) => ({
            ...minutes,
            items: putRecords(withoutRecord(minutes.items, itemId), next),
            decisions: minutes.decisions.filter((decision) => decision.itemId !== itemId),
          })),
        );
      },

      moveItem: (itemId, toIndex) => {
        const items = [...get().items];
        const from = items.findIndex((item) => item.id === itemId);
        const [moved] = from >= 0 ? items.splice(from, 1) : [];
        if (!moved) return;
        items.splice(Math.max(0, Math.min(toIndex, items.length)), 0, moved);
        const next = renumber(items);
        set({ items: next });
        save(writePart('items', (list) => putRecords(list, next)));
      },

      markAttendance: (memberId, changes) => {
        const { meetingId, attendance } = get();
        if (!meetingId) return;
        const existing = attendance.find((record) => record.memberId === memberId);
        const record: AttendanceRecord = {
          ...(existing ?? {
            id: newId(),
            meetingId,
            memberId,
            guestName: '',
            guestOrganisation: '',
            guestRole: '',
            status: 'unmarked',
            itemIds: [],
            arrivedDuringItemId: '',
            leftAfterItemId: '',
            updatedAt: '',
          }),
          ...changes,
          updatedAt: nowStamp(),
        };
        set({
          attendance: existing
            ? attendance.map((each) => (each.id === record.id ? record : each))
            : [...attendance, record],
        });
        save(writePart('attendance', (list) => putRecords(list, [record])));
      },

      addGuest: async (name, organisation, role) => {
        const { meetingId } = get();
        if (!meetingId) throw new Error('No meeting is open');
        const record: AttendanceRecord = {
          id: newId(),
          meetingId,
          memberId: '',
          guestName: name.trim(),
          guestOrganisation: organisation.trim(),
          guestRole: role.trim(),
          status: 'in-attendance',
          itemIds: [],
          arrivedDuringItemId: '',
          leftAfterItemId: '',
          updatedAt: nowStamp(),
        };
        await trackSave(writePart('attendance', (list) => putRecords(list, [record])));
        set((state) => ({ attendance: [...state.attendance, record] }));
        return record;
      },

      updateAttendance: (recordId, changes) => {
        const updatedAt = nowStamp();
        set((state) => ({
          attendance: state.attendance.map((record) =>
            record.id === recordId ? { ...record, ...changes, updatedAt } : record,
          ),
        }));
        save(
          writePart('attendance', (list) => patchRecord(list, recordId, { ...changes, updatedAt })),
        );
      },

      removeAttendance: async (recordId) => {
        await trackSave(writePart('attendance', (list) => withoutRecord(list, recordId)));
        set((state) => ({
          attendance: state.attendance.filter((record) => record.id !== recordId),
        }));
      },

      addDeclaration: async (memberId, itemId, interest) => {
        const { meetingId } = get();
        if (!meetingId) return;
        const declaration: Declaration = {
          id: newId(),
          meetingId,
          memberId,
          itemId,
          interest: interest.trim(),
          createdAt: nowStamp(),
        };
        await trackSave(writePart('declarations', (list) => putRecords(list, [declaration])));
        set((state) => ({ declarations: [...state.declarations, declaration] }));
      },

      removeDeclaration: async (id) => {
        await trackSave(writePart('declarations', (list) => withoutRecord(list, id)));
        set((state) => ({
          declarations: state.declarations.filter((declaration) => declaration.id !== id),
        }));
      },

      addDecision: async (itemId, text, source) => {
        const { meetingId } = get();
        if (!meetingId) throw new Error('No meeting is open');
        const decision: Decision = {
          id: newId(),
          meetingId,
          itemId,
          text,
          source,
          createdAt: nowStamp(),
        };
        set((state) => ({ decisions: [...state.decisions, decision] }));
        await trackSave(writePart('decisions', (list) => putRecords(list, [decision])));
        return decision;
      },

      updateDecision: (id, changes) => {
        set((state) => ({
          decisions: state.decisions.map((decision) =>
            decision.id === id ? { ...decision, ...changes } : decision,
          ),
        }));
        save(writePart('decisions', (list) => patchRecord(list, id, changes)));
      },

      removeDecision: async (id) => {
        set((state) => ({ decisions: state.decisions.filter((decision) => decision.id !== id) }));
        await trackSave(writePart('decisions', (list) => withoutRecord(list, id)));
      },
    };
  });
}

export type MinutesStore = ReturnType<typeof createMinutesStore>;

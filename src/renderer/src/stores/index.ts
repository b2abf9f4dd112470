import { callMain } from '../bridge';
import { db } from '../db/instance';
import { createBackupsStore } from './backups-store';
import { createBoardsStore } from './boards-store';
import { createActionsStore } from './actions-store';
import { createExportsStore } from './exports-store';
import { createImportStore } from './import-store';
import { createMeetingsStore } from './meetings-store';
import { createMembersStore } from './members-store';
import { createMinutesStore } from './minutes-store';
import { createNotesWriter } from './notes-writer';
import { createSignOffStore } from './sign-off-store';
import { createSearchStore } from './search-store';
import { archiveSearch } from '../search/start';
import { createAttendanceRecordStore } from './attendance-record-store';
import { createInterestsStore } from './interests-store';
import { createNavigationStore } from './navigation-store';
import { endImportWithItsScreen } from './import-screen';

export const notesWriter = createNotesWriter(db);
export const useNavigationStore = createNavigationStore(localStorage);
export const useBoardsStore = createBoardsStore(db);
export const useMembersStore = createMembersStore(db);
export const useMeetingsStore = createMeetingsStore(db);
export const useMinutesStore = createMinutesStore(db, notesWriter);
export const useActionsStore = createActionsStore(db);
export const useExportsStore = createExportsStore(db);
export const useSignOffStore = createSignOffStore(db);
export const useBackupsStore = createBackupsStore(db, notesWriter);
export const useImportStore = createImportStore({
  db,
  chooseSources: (kind) => callMain('chooseImportSources', { kind }),
  readBatch: (token, from, count) => callMain('readImportBatch', { token, from, count }),
  closeImport: (token) => callMain('closeImport', { token }),
  boards: () => useBoardsStore.getState().boards,
  holdSearchUpdates: () => archiveSearch().holdChanges(),
  afterSave: async ({ boardIds }) => {
    await useBoardsStore.getState().load();
    // A board's actions are read back only if they were on show: reading them means reading every
    // minutes record of the board (200 MB after 10,000 meetings); a board's page reads them when
    // it opens.
    const { actionsByBoard } = useActionsStore.getState();
    await Promise.all(
      boardIds.flatMap((id) => [
        useMeetingsStore.getState().loadBoard(id),
        ...(id in actionsByBoard ? [useActionsStore.getState().loadBoard(id)] : []),
      ]),
    );
  },
});
endImportWithItsScreen(useNavigationStore, useImportStore);
export const useSearchStore = createSearchStore(
  archiveSearch,
  () => useNavigationStore.getState().screen.kind === 'search',
);
export { selectMeetingSignOff } from './sign-off-store';
export { useIdentitiesStore } from './identities-store';
export { selectMeetingExports } from './exports-store';
export {
  selectBoardTab,
  selectOpenMeetingId,
  type BoardTab,
  type MeetingTab,
  type Screen,
} from './navigation-store';
export { selectBoardMeetings, selectMeeting } from './meetings-store';
export { selectBoardActions } from './actions-store';
export { useSaveStatusStore, selectSaveLabel } from './save-status-store';
export { selectSelectedBoard } from './boards-store';
export { selectBoardMembers, selectBoardMembersLoaded } from './members-store';
export { useLiveLayoutStore } from './live-layout-store';
export const useAttendanceRecordStore = createAttendanceRecordStore(db);
export const useInterestsStore = createInterestsStore(db);
export { selectBoardAttendance, selectBoardAttendanceLoaded } from './attendance-record-store';
export {
  selectBoardConfirmations,
  selectBoardInterests,
  selectBoardInterestsLoaded,
} from './interests-store';
export { useRecordFocusStore, type RecordFocus } from './record-focus-store';

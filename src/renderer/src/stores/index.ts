import { db } from '../db/instance';
import { createBoardsStore } from './boards-store';
import { createMembersStore } from './members-store';

export const useBoardsStore = createBoardsStore(db);
export const useMembersStore = createMembersStore(db);
export { useSaveStatusStore, selectSaveLabel } from './save-status-store';
export { selectSelectedBoard } from './boards-store';
export { selectBoardMembers, selectBoardMembersLoaded } from './members-store';

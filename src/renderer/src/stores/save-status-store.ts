import { create } from 'zustand';
import { errorMessage } from '@shared/error-message';

export interface SaveStatusState {
  pending: number;
  lastSavedAt: string | null;
  error: string | null;
  clearError: () => void;
}

export const useSaveStatusStore = create<SaveStatusState>()((set) => ({
  pending: 0,
  lastSavedAt: null,
  error: null,
  clearError: () => set({ error: null }),
}));

/** Turns a storage failure into words a secretary can act on. */
export function describeSaveError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message))) {
    return 'Your last change could not be saved because the disk is full. Free some space; your text is still on screen.';
  }
  const detail = errorMessage(error);
  return `Your last change could not be saved (${detail}). Your text is still on screen; try again.`;
}

/** Every write goes through here, so the header can say "Saving…", "All changes saved" or what went wrong. */
export async function trackSave<T>(write: Promise<T>): Promise<T> {
  useSaveStatusStore.setState((state) => ({ pending: state.pending + 1 }));
  try {
    const result = await write;
    useSaveStatusStore.setState((state) => ({
      pending: state.pending - 1,
      lastSavedAt: new Date().toISOString(),
      error: null,
    }));
    return result;
  } catch (error) {
    useSaveStatusStore.setState((state) => ({
      pending: state.pending - 1,
      error: describeSaveError(error),
    }));
    throw error;
  }
}

export const selectSaveLabel = (state: SaveStatusState): string =>
  state.error
    ? 'Not saved'
    : state.pending > 0
      ? 'Saving…'
      : state.lastSavedAt
        ? 'All changes saved'
        : 'Saved on this computer';

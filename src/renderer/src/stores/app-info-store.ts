import { create } from 'zustand';
import type { AppInfo } from '@shared/ipc/schemas';
import { callMain } from '../bridge';
import { errorMessage } from '@shared/error-message';

export interface AppInfoState {
  info: AppInfo | null;
  error: string | null;
  load: () => Promise<void>;
}

export const useAppInfoStore = create<AppInfoState>()((set) => ({
  info: null,
  error: null,
  load: async () => {
    try {
      set({ info: await callMain('getAppInfo', {}), error: null });
    } catch (error) {
      set({ error: errorMessage(error) });
    }
  },
}));

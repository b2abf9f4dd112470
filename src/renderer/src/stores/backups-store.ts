import { create } from 'zustand';
import type { ArchiveTables, MergePlan } from '@shared/backup';
import type { IpcResponse } from '@shared/ipc/contract';
import { callMain, MainProcessError } from '../bridge';
import {
  isArchiveEmpty,
  previewRestore,
  readArchive,
  restoreArchive,
} from '../db/archive-repository';
import type { MinuteBookDatabase } from '../db/database';
import type { NotesWriter } from './notes-writer';
import { errorMessage } from '@shared/error-message';

type Opened = Extract<IpcResponse<'openBackup'>, { status: 'opened' }>;

/** A backup read and checked by main, waiting for the user to confirm what restoring will do. */
export interface PendingRestore {
  fileName: string;
  header: Opened['header'];
  archive: ArchiveTables;
  plan: MergePlan;
  /** Restoring into an empty archive, rather than merging into one in use. */
  intoEmpty: boolean;
}

export interface BackupMessage {
  error: boolean;
  text: string;
}

export interface BackupsState {
  automatic: IpcResponse<'listAutomaticBackups'> | null;
  /** The last automatic backup this session tried: its failure must not pass unseen. */
  automaticProblem: string | null;
  pending: PendingRestore | null;
  busy: 'saving' | 'opening' | 'restoring' | null;
  message: BackupMessage | null;
  refreshAutomatic: () => Promise<void>;
  backUpNow: () => Promise<void>;
  openFile: () => Promise<void>;
  openAutomatic: (fileName: string) => Promise<void>;
  /**
   * Opens a backup double-clicked in the file manager, if one waits. True when there is something
   * to show: the confirmation of what restoring it will do, or why the file cannot be restored.
   */
  openFromSystem: () => Promise<boolean>;
  confirmRestore: () => Promise<MergePlan | null>;
  cancelRestore: () => void;
  backUpAutomaticallyIfDue: () => Promise<void>;
}

const describeError = errorMessage;

export function createBackupsStore(db: MinuteBookDatabase, notesWriter: NotesWriter) {
  /** The archive as it stands, with the notes still being typed written first. */
  async function currentArchive(): Promise<ArchiveTables> {
    await notesWriter.settle();
    return readArchive(db);
  }

  return create<BackupsState>()((set, get) => {
    let lookAgain = false;

    async function prepare(opened: Opened): Promise<void> {
      const intoEmpty = await isArchiveEmpty(db);
      const plan = await previewRestore(db, opened.archive);
      set({
        pending: {
          fileName: opened.fileName,
          header: opened.header,
          archive: opened.archive,
          plan,
          intoEmpty,
        },
      });
    }

    /** Runs one user request at a time and turns its failure into a message; nothing else changes. */
    async function attempt(busy: BackupsState['busy'], work: () => Promise<void>): Promise<void> {
      set({ busy, message: null });
      try {
        await work();
      } catch (error) {
        set({ message: { error: true, text: describeError(error) } });
      } finally {
        set({ busy: null });
      }
    }

    return {
      automatic: null,
      automaticProblem: null,
      pending: null,
      busy: null,
      message: null,

      refreshAutomatic: async () => {
        set({ automatic: await callMain('listAutomaticBackups', {}) });
      },

      backUpNow: () =>
        attempt('saving', async () => {
          const result = await callMain('saveBackup', { archive: await currentArchive() });
          if (result.status === 'cancelled') return;
          set({
            message: {
              error: false,
              text: `Backed up the whole archive to ${result.fileName} (${formatBytes(result.bytes)}).`,
            },
          });
        }),

      openFile: () =>
        attempt('opening', async () => {
          const result = await callMain('openBackup', {});
          if (result.status === 'opened') await prepare(result);
        }),

      openAutomatic: (fileName) =>
        attempt('opening', async () => {
          await prepare(await callMain('openAutomaticBackup', { fileName }));
        }),

      openFromSystem: async () => {
        // A restore already waiting for an answer is never replaced under the user's eyes.
        if (get().pending) return false;
        // A file opened while an earlier look is under way is looked for again by that look,
        // rather than missed until the window next comes to the front.
        if (get().busy) {
          lookAgain = true;
          return false;
        }
        set({ busy: 'opening' });
        try {
          let result: IpcResponse<'takeBackupOpenedFromSystem'>;
          do {
            lookAgain = false;
            result = await callMain('takeBackupOpenedFromSystem', {});
          } while (result.status !== 'opened' && lookAgain);
          if (result.status !== 'opened') return false;
          // Only a file actually opened replaces what the page says; finding none changes nothing.
          set({ message: null });
          await prepare(result);
          return true;
        } catch (error) {
          // Without the desktop shell no file can have been opened from the file manager: there is
          // nothing to show, and the page the person is on stays.
          if (error instanceof MainProcessError && error.code === 'unavailable') return false;
          set({ message: { error: true, text: describeError(error) } });
          return true;
        } finally {
          set({ busy: null });
        }
      },

      confirmRestore: async () => {
        const pending = get().pending;
        if (!pending) return null;
        let plan: MergePlan | null = null;
        await attempt('restoring', async () => {
          plan = await restoreArchive(db, pending.archive);
          set({ pending: null });
        });
        return plan;
      },

      cancelRestore: () => set({ pending: null }),

      backUpAutomaticallyIfDue: async () => {
        try {
          const listed = await callMain('listAutomaticBackups', {});
          set({ automatic: listed });
          // An empty archive is never backed up: fourteen empty days would push out every good copy.
          if (listed.madeToday || (await isArchiveEmpty(db))) return;
          await callMain('writeAutomaticBackup', { archive: await currentArchive() });
          set({ automatic: await callMain('listAutomaticBackups', {}), automaticProblem: null });
        } catch (error) {
          set({ automaticProblem: `Today’s automatic backup failed: ${describeError(error)}` });
        }
      },
    };
  });
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

import { create } from 'zustand';
import type { ImportSourceKind } from '@shared/ipc/import-schemas';
import type { Board, MeetingFile, Member, RegisterPlace } from '@shared/model';
import type { MinuteBookDatabase } from '../db/database';
import { newId, nowStamp } from '../db/ids';
import { existingMeetingKeys, entriesToSave, findDuplicates } from '@shared/import/duplicates';
import { entryFromFile, type BoardChoice, type ImportEntry } from '@shared/import/import-entry';
import { approvedIn, markApprovedByLaterFiles } from '@shared/import/historic';
import { nameKey } from '@shared/import/import-entry';
import { newBoardRegisters, type RegisterChoicesByBoard } from '@shared/import/register-proposal';
import { saveImportedMeetings, type RegisterToCreate, type SavedImports } from '../db/save-imports';
import { errorMessage } from '@shared/error-message';

/** Files per call to the main process: small enough for steady progress, large enough to be quick. */
export const READ_BATCH = 100;
/** Batches asked for at a time, so the main process always has the next one to read. */
export const READ_AHEAD = 4;

export type ImportPhase = 'choosing' | 'reading' | 'preview' | 'saving' | 'done';

export interface ImportOutcome extends SavedImports {
  /** Files ticked but left out because the meeting is already there. */
  skippedDuplicates: string[];
  /** Files that could not be read, with why. */
  failed: { displayName: string; error: string }[];
}

export interface ImportState {
  phase: ImportPhase;
  /** The folder or file chosen, to say what is being read. */
  label: string;
  total: number;
  read: number;
  /** Meetings saved so far, and how many are to be saved, while saving. */
  saved: number;
  toSave: number;
  entries: ImportEntry[];
  /** Board, date and title of every meeting already stored, to spot repeats. */
  existing: ReadonlySet<string>;
  /** The members of every board, to show who in the files is not in a register. */
  members: readonly Member[];
  /** For each new board (by the key of its name), the place chosen for each person proposed. */
  registerChoices: RegisterChoicesByBoard;
  outcome: ImportOutcome | null;
  /** Something to tell the user on the start screen: a cancelled import, or a failure. */
  notice: { error: boolean; text: string } | null;
  /**
   * Starts afresh on the choosing step, stopping any reading or saving under way after its batch.
   * Leaving the import screen does this, so an import lives exactly as long as its screen.
   */
  reset: () => void;
  choose: (kind: ImportSourceKind) => Promise<void>;
  /** Stops reading or saving after the batch under way. */
  cancel: () => void;
  setIncluded: (index: number, include: boolean) => void;
  setImportAgain: (index: number, importAgain: boolean) => void;
  setBoard: (index: number, board: BoardChoice) => void;
  correct: (index: number, change: (meeting: MeetingFile) => MeetingFile) => void;
  /** Marks a file's minutes as approved at the time, or not. */
  setHistoric: (index: number, historic: boolean) => void;
  /** Puts a person proposed for a new board's register in a place: a role, a guest, or left out. */
  setRegisterPlace: (boardName: string, personKey: string, place: RegisterPlace) => void;
  save: () => Promise<void>;
}

export interface ImportDependencies {
  db: MinuteBookDatabase;
  /** The main-process calls, as `callMain` makes them. */
  chooseSources: (
    kind: ImportSourceKind,
  ) => Promise<
    { status: 'cancelled' } | { status: 'chosen'; token: string; total: number; label: string }
  >;
  readBatch: (
    token: string,
    from: number,
    count: number,
  ) => Promise<{ files: Parameters<typeof entryFromFile>[0][] }>;
  closeImport: (token: string) => Promise<unknown>;
  boards: () => readonly Board[];
  /**
   * Holds back the search's re-indexing while meetings are saved; the returned function lets it
   * index them all at once.
   */
  holdSearchUpdates?: () => () => void;
  /** Called once meetings are saved, so board and meeting lists show them. */
  afterSave: (saved: SavedImports) => Promise<void>;
}

const message = errorMessage;

export function createImportStore(deps: ImportDependencies) {
  // Each read or save run has its own number, so Cancel stops exactly the run under way.
  let run = 0;
  let cancelledRun = -1;

  return create<ImportState>()((set, get) => {
    const updateEntry = (index: number, change: (entry: ImportEntry) => ImportEntry) =>
      set((state) => ({
        entries: state.entries.map((entry) => (entry.index === index ? change(entry) : entry)),
      }));

    return {
      phase: 'choosing',
      label: '',
      total: 0,
      read: 0,
      saved: 0,
      toSave: 0,
      entries: [],
      existing: new Set(),
      members: [],
      registerChoices: {},
      outcome: null,
      notice: null,

      reset: () => {
        cancelledRun = run;
        set({ phase: 'choosing', entries: [], outcome: null, notice: null });
      },

      choose: async (kind) => {
        const thisRun = ++run;
        set({ notice: null });
        let token: string | null = null;
        try {
          const chosen = await deps.chooseSources(kind);
          if (chosen.status === 'cancelled') return;
          token = chosen.token;
          set({ phase: 'reading', label: chosen.label, total: chosen.total, read: 0, entries: [] });
          const boards = deps.boards();
          const entries: ImportEntry[] = [];
          // Batches asked for and not yet taken in, oldest first.
          const asked: ReturnType<ImportDependencies['readBatch']>[] = [];
          let from = 0;
          const ask = () => {
            if (from >= chosen.total) return;
            asked.push(deps.readBatch(chosen.token, from, READ_BATCH));
            from += READ_BATCH;
          };
          // More than one batch is asked for at a time, so the main process, which reads them in
          // order, has the next to read while this one crosses to the page and is taken in.
          for (let ahead = 0; ahead < READ_AHEAD; ahead += 1) ask();
          try {
            for (let batch = asked.shift(); batch !== undefined; batch = asked.shift()) {
              const { files } = await batch;
              if (cancelledRun === thisRun) {
                // Leaving the import also cancels it, and has already cleared the screen.
                if (get().phase === 'reading') {
                  set({
                    phase: 'choosing',
                    entries: [],
                    notice: { error: false, text: 'Import cancelled. Nothing was saved.' },
                  });
                }
                return;
              }
              ask();
              entries.push(...files.map((file) => entryFromFile(file, boards)));
              set({ read: entries.length });
            }
          } finally {
            // Batches still on their way after a cancel or a failure are not wanted, nor their errors.
            for (const batch of asked) void batch.catch(() => undefined);
          }
          const existing = existingMeetingKeys(await deps.db.meetings.toArray());
          const members = await deps.db.members.toArray();
          if (get().phase === 'reading') {
            set({
              phase: 'preview',
              entries: markApprovedByLaterFiles(entries),
              existing,
              members,
              registerChoices: {},
            });
          }
        } catch (error) {
          set({ phase: 'choosing', entries: [], notice: { error: true, text: message(error) } });
        } finally {
          if (token) void deps.closeImport(token).catch(() => undefined);
        }
      },

      cancel: () => {
        cancelledRun = run;
      },

      setIncluded: (index, include) => updateEntry(index, (entry) => ({ ...entry, include })),
      setImportAgain: (index, importAgain) =>
        updateEntry(index, (entry) => ({ ...entry, importAgain })),
      setBoard: (index, board) => updateEntry(index, (entry) => ({ ...entry, board })),
      setHistoric: (index, historic) => updateEntry(index, (entry) => ({ ...entry, historic })),
      setRegisterPlace: (boardName, personKey, place) =>
        set((state) => {
          const key = nameKey(boardName);
          return {
            registerChoices: {
              ...state.registerChoices,
              [key]: { ...state.registerChoices[key], [personKey]: place },
            },
          };
        }),
      correct: (index, change) =>
        updateEntry(index, (entry) =>
          entry.meeting ? { ...entry, meeting: change(entry.meeting) } : entry,
        ),

      save: async () => {
        const thisRun = ++run;
        const { entries } = get();
        // Read again: another window or an earlier import may have stored some of these meanwhile.
        const existing = existingMeetingKeys(await deps.db.meetings.toArray());
        const duplicates = findDuplicates(entries, existing);
        const chosen = entriesToSave(entries, duplicates);
        const { registerChoices } = get();
        const registers = new Map<string, RegisterToCreate>(
          newBoardRegisters(chosen).map((board) => [
            board.key,
            { people: board.people, choices: registerChoices[board.key] ?? {} },
          ]),
        );
        const byIndex = new Map(entries.map((entry) => [entry.index, entry]));
        const approvedBy = (entry: ImportEntry) => approvedIn(entry, byIndex);
        set({ phase: 'saving', saved: 0, toSave: chosen.length, existing });
        const releaseSearch = deps.holdSearchUpdates?.();
        try {
          const saved = await saveImportedMeetings(
            deps.db,
            chosen.flatMap((entry) =>
              entry.meeting
                ? [
                    {
                      meeting: entry.meeting,
                      board: entry.board,
                      fileName: entry.fileName,
                      historic: entry.historic,
                      index: entry.index,
                      ...(approvedBy(entry) ? { approvedIn: approvedBy(entry) } : {}),
                    },
                  ]
                : [],
            ),
            {
              newId,
              stamp: nowStamp(),
              onProgress: (count) => set({ saved: count }),
              registers,
              shouldStop: () => cancelledRun === thisRun,
            },
          );
          await deps.afterSave(saved);
          set({
            phase: 'done',
            outcome: {
              ...saved,
              skippedDuplicates: entries
                .filter(
                  (entry) => entry.include && duplicates.has(entry.index) && !entry.importAgain,
                )
                .map((entry) => entry.displayName),
              failed: entries.flatMap((entry) =>
                entry.error ? [{ displayName: entry.displayName, error: entry.error }] : [],
              ),
            },
          });
        } catch (error) {
          set({ phase: 'preview', notice: { error: true, text: message(error) } });
        } finally {
          releaseSearch?.();
        }
      },
    };
  });
}

export type ImportStore = ReturnType<typeof createImportStore>;

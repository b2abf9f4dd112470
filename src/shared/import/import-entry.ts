import type { ImportedFile } from '../ipc/import-schemas';
import type { Board, MeetingFile } from '../model';

/** Where an imported meeting goes: a board that exists, or a new one named as in the file. */
export type BoardChoice = { kind: 'existing'; boardId: string } | { kind: 'new'; name: string };

/** One file in the preview: what was recognised, as the user has corrected it, and their choices. */
export interface ImportEntry {
  index: number;
  fileName: string;
  displayName: string;
  /** Absent when the file cannot be imported; then `error` says why. */
  meeting?: MeetingFile;
  error?: string;
  warnings: string[];
  /** Unticked files are skipped. */
  include: boolean;
  board: BoardChoice;
  /** The user chose to import a meeting that is already in Minute Book once more. */
  importAgain: boolean;
  /**
   * Minutes approved at the time (a later file's "minutes of the previous meeting" says so, or the
   * user marked them): saved as the approved record, read-only, never a draft.
   */
  historic: boolean;
  /** The entry whose "minutes of the previous meeting" approved these minutes, by its index. */
  approvedBy?: number;
}

/**
 * Keys already worked out: an import asks for the key of the same few board and people names
 * tens of thousands of times, and lower-casing by the en-GB rules is slow. Emptied when full, so
 * it stays small.
 */
const knownKeys = new Map<string, string>();
const KNOWN_KEYS_LIMIT = 10_000;

export const nameKey = (text: string): string => {
  const known = knownKeys.get(text);
  if (known !== undefined) return known;
  const key = text.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');
  if (knownKeys.size >= KNOWN_KEYS_LIMIT) knownKeys.clear();
  knownKeys.set(text, key);
  return key;
};

/** The board of the same name when there is one (ignoring case and spacing), else a new board. */
export function defaultBoardChoice(recognised: string, boards: readonly Board[]): BoardChoice {
  const match = boards.find((board) => nameKey(board.name) === nameKey(recognised));
  return match ? { kind: 'existing', boardId: match.id } : { kind: 'new', name: recognised.trim() };
}

export function entryFromFile(file: ImportedFile, boards: readonly Board[]): ImportEntry {
  return {
    index: file.index,
    fileName: file.fileName,
    displayName: file.displayName,
    ...(file.meeting ? { meeting: file.meeting } : {}),
    ...(file.error ? { error: file.error } : {}),
    warnings: file.warnings,
    include: file.meeting !== undefined,
    board: defaultBoardChoice(file.meeting?.board ?? '', boards),
    importAgain: false,
    historic: false,
  };
}

/** "the file is empty" → "The file is empty.": importer messages follow a file's name. */
export function sentence(phrase: string): string {
  const text = phrase.trim();
  const capital = `${text.charAt(0).toLocaleUpperCase('en-GB')}${text.slice(1)}`;
  return /[.!?)]$/.test(capital) ? capital : `${capital}.`;
}

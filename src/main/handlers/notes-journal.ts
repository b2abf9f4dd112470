import type { IpcResponse, ParsedIpcRequest } from '../../shared/ipc/contract';
import {
  clearJournalledNotes,
  journalNotes as writeJournalEntry,
  readJournalledNotes,
} from '../journal/notes-journal';
import type { MainPorts } from '../ports';

export function journalNotes(
  ports: MainPorts,
  request: ParsedIpcRequest<'journalNotes'>,
): IpcResponse<'journalNotes'> {
  writeJournalEntry(ports.dataFolder, request, ports.now?.() ?? new Date());
  return { journalled: true };
}

export function clearNotesJournal(
  ports: MainPorts,
  request: ParsedIpcRequest<'clearNotesJournal'>,
): IpcResponse<'clearNotesJournal'> {
  clearJournalledNotes(ports.dataFolder, request);
  return { cleared: true };
}

export function readNotesJournal(ports: MainPorts): IpcResponse<'readNotesJournal'> {
  return { entries: readJournalledNotes(ports.dataFolder) };
}

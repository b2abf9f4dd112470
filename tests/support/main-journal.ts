import type { callMain } from '../../src/renderer/src/bridge';
import { dispatch } from '../../src/main/dispatch';
import { createHandlers } from '../../src/main/handlers';
import { mainProcessJournal, type NotesJournal } from '../../src/renderer/src/stores/notes-journal';
import { testPorts } from './temp-data-folder';

/**
 * The renderer's notes journal wired to the real main-process handlers over `dispatch`, as the
 * preload wires it in the app: what a test journals lands in `dataFolder`'s journal files.
 */
export function journalInDataFolder(dataFolder: string): NotesJournal {
  const handlers = createHandlers(testPorts(dataFolder));
  const call = async (method: string, request: unknown): Promise<unknown> => {
    const answer = await dispatch(handlers, method, request);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value;
  };
  return mainProcessJournal(call as typeof callMain);
}

import { stat } from 'node:fs/promises';
import { basename, dirname, relative, sep } from 'node:path';
import type { IpcResponse, ParsedIpcRequest } from '../../shared/ipc/contract';
import type { ImportedFile } from '../../shared/ipc/import-schemas';
import { findFiles, IMPORTABLE_EXTENSIONS } from '../import/find-files';
import { importFilesInOrder } from '../import/import-files';
import type { Recognise } from '../import/isolated-recogniser';
import type { ImportSession, ImportSessions } from './import-sessions';
import type { MainPorts } from '../ports';
import { UserError } from '../user-error';

const MINUTES_FILTER = {
  name: 'Minutes (Markdown, text, Word)',
  extensions: IMPORTABLE_EXTENSIONS.map((extension) => extension.slice(1)),
};

/** Shows the system dialog and remembers what was chosen behind a token; nothing is read yet. */
export async function chooseImportSources(
  ports: MainPorts,
  sessions: ImportSessions,
  request: ParsedIpcRequest<'chooseImportSources'>,
): Promise<IpcResponse<'chooseImportSources'>> {
  const chosen = await ports.chooseImportSources({
    title: request.kind === 'folder' ? 'Import a folder of minutes' : 'Import minutes',
    kind: request.kind,
    filters: [MINUTES_FILTER, { name: 'All files', extensions: ['*'] }],
  });
  const [first] = chosen ?? [];
  if (!chosen || first === undefined) return { status: 'cancelled' };
  const found = await findFiles(chosen);
  const root = (await isFolder(first)) ? first : dirname(first);
  const token = sessions.open({
    root,
    entries: [
      ...found.problems.map(({ file, error }) => ({ path: file, error })),
      ...found.files.map((path) => ({ path })),
    ],
  });
  return {
    status: 'chosen',
    token,
    total: found.problems.length + found.files.length,
    label: chosen.length === 1 ? basename(first) : `${chosen.length} files`,
  };
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

function displayName(root: string, path: string): string {
  const inside = relative(root, path);
  // Shown with forward slashes everywhere, as the user reads a path inside a folder.
  return inside && !inside.startsWith('..') ? inside.split(sep).join('/') : basename(path);
}

const ENDED = 'This import has ended. Choose the files to import again.';

/**
 * The batch being read for each choice of files. The page asks for the next batch before the one
 * under way has reached it, so that this process reads while the page takes in; reading a batch
 * only once the one before it is done keeps that earlier answer from waiting on the later files.
 */
const underWay = new WeakMap<ImportSession, Promise<unknown>>();

/**
 * Reads and recognises `count` files from position `from`, one by one, each with its own result;
 * batches of one choice are read in the order they were asked for, one at a time.
 */
export async function readImportBatch(
  sessions: ImportSessions,
  request: ParsedIpcRequest<'readImportBatch'>,
  recognise?: Recognise,
): Promise<IpcResponse<'readImportBatch'>> {
  const session = sessions.get(request.token);
  if (!session) throw new UserError(ENDED);
  const batch = (underWay.get(session) ?? Promise.resolve()).then(() => {
    // Closed while this batch waited its turn: nothing more of it is wanted.
    if (sessions.get(request.token) !== session) throw new UserError(ENDED);
    return readBatch(session, request, recognise);
  });
  underWay.set(
    session,
    batch.catch(() => undefined),
  );
  return batch;
}

async function readBatch(
  session: ImportSession,
  request: ParsedIpcRequest<'readImportBatch'>,
  recognise: Recognise | undefined,
): Promise<IpcResponse<'readImportBatch'>> {
  const entries = session.entries.slice(request.from, request.from + request.count);
  // The files are read together, so the disk is kept busy while each is recognised.
  const results = await importFilesInOrder(
    entries.flatMap((entry) => (entry.error ? [] : [entry.path])),
    { recognise },
  );
  let next = 0;
  const files: ImportedFile[] = [];
  for (const [offset, entry] of entries.entries()) {
    const base = {
      index: request.from + offset,
      fileName: basename(entry.path),
      displayName: displayName(session.root, entry.path),
    };
    if (entry.error) {
      files.push({ ...base, error: entry.error, warnings: [] });
      continue;
    }
    const result = results[next++];
    if (!result) throw new Error('Each file to read has its result, in order.');
    files.push({
      ...base,
      ...(result.meeting ? { meeting: result.meeting } : {}),
      ...(result.error ? { error: result.error } : {}),
      warnings: result.warnings,
    });
  }
  return { files };
}

/** Forgets the chosen files once the renderer has read them or the user cancelled. */
export function closeImport(
  sessions: ImportSessions,
  request: ParsedIpcRequest<'closeImport'>,
): IpcResponse<'closeImport'> {
  return { closed: sessions.close(request.token) };
}

import { parseArgs } from 'node:util';
import { isIsoDate, formatLongDate } from '@shared/model';
import {
  isRecordKind,
  highlight,
  type SearchFilters,
  type SearchHit,
  type SnippetSegment,
} from '@shared/search';
import type { ArchiveTables } from '@shared/backup';
import { readBackupFile } from '../../backup/backup-file';
import { UserError } from '../../user-error';
import type { CliCommand, CliIo } from '../command';
import { indexArchive } from '../search-archive';
import { pathFrom } from './signing-support';
import { errorMessage } from '@shared/error-message';

const USAGE =
  'search <backup.minutebook> <query> [--json] [--board <name>] [--from <YYYY-MM-DD>] [--to <YYYY-MM-DD>] [--person <name>] [--open-actions] [--limit <n>] [--exact]';

/** Like grep: 0 when something was found, 1 when nothing was, 2 when the search could not run. */
const EXIT = { found: 0, none: 1, problem: 2 } as const;

const OPTIONS = {
  json: { type: 'boolean' },
  board: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  person: { type: 'string' },
  'open-actions': { type: 'boolean' },
  limit: { type: 'string' },
  exact: { type: 'boolean' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>
>['values'];

function usageError(io: CliIo, message: string): number {
  io.stderr(`${message}\n\nUsage: npm run cli -- ${USAGE}\n`);
  return EXIT.problem;
}

/** The filters the options ask for, or a sentence saying which option is wrong. */
function filtersFrom(values: Values, tables: ArchiveTables): SearchFilters | string {
  const filters: SearchFilters = {};
  if (values.board !== undefined) {
    const wanted = values.board.trim().toLocaleLowerCase('en-GB');
    const boards = tables.boards.filter((board) =>
      board.name.toLocaleLowerCase('en-GB').includes(wanted),
    );
    if (boards.length === 0) {
      const names = tables.boards.map((board) => `“${board.name}”`).join(', ') || 'none';
      return `No board in the backup is called “${values.board}”. Its boards: ${names}.`;
    }
    filters.boardIds = boards.map((board) => board.id);
  }
  for (const bound of ['from', 'to'] as const) {
    const value = values[bound];
    if (value === undefined) continue;
    if (!isIsoDate(value)) return `--${bound} takes a date as YYYY-MM-DD, not “${value}”.`;
    filters[bound] = value;
  }
  if (values.person !== undefined) filters.person = values.person;
  if (values['open-actions']) filters.openActionsOnly = true;
  return filters;
}

interface Result {
  board: string;
  date: string;
  kind: SearchHit['kind'];
  meetingId: string | null;
  /** For an interest or an attendance summary: the member (register entry) it is about. */
  memberId: string | null;
  itemId: string | null;
  itemNumber: number | null;
  title: string;
  score: number;
  snippet: SnippetSegment[];
}

function describeResults(
  hits: readonly SearchHit[],
  tables: ArchiveTables,
  textOf: (hit: SearchHit) => string,
): Result[] {
  const boardName = new Map(tables.boards.map((board) => [board.id, board.name]));
  return hits.map((hit) => ({
    board: boardName.get(hit.boardId) ?? '',
    date: hit.date,
    kind: hit.kind,
    meetingId: isRecordKind(hit.kind) ? null : hit.meetingId,
    memberId: isRecordKind(hit.kind) ? hit.meetingId : null,
    itemId: hit.kind === 'item' ? hit.id : null,
    itemNumber: hit.kind === 'item' ? hit.itemNumber : null,
    title: hit.title,
    score: Number(hit.score.toFixed(3)),
    snippet: highlight(textOf(hit), hit.terms, { maxLength: 180 }),
  }));
}

function snippetText(segments: readonly SnippetSegment[]): string {
  return segments
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function printResults(
  io: CliIo,
  query: string,
  results: Result[],
  total: number,
  estimate: boolean,
  correction: string | null,
) {
  if (correction !== null) {
    io.stdout(
      `Showing results for “${correction.trim()}”. Search instead for “${query}” with --exact.\n\n`,
    );
  }
  if (results.length === 0) {
    io.stdout(`Nothing found for “${query}”.\n`);
    return;
  }
  const count = `${estimate ? 'about ' : ''}${total.toLocaleString('en-GB')}`;
  io.stdout(
    `${count} result(s) for “${query}”${results.length < total ? `, the best ${results.length}` : ''}:\n`,
  );
  results.forEach((result, index) => {
    const place =
      result.itemNumber === null ? result.title : `${result.itemNumber}. ${result.title}`;
    const where =
      result.kind === 'interest'
        ? 'Register of interests'
        : result.kind === 'attendance'
          ? 'Attendance record'
          : formatLongDate(result.date);
    io.stdout(`\n${index + 1}. ${result.board} · ${where} · ${place}\n`);
    const snippet = snippetText(result.snippet);
    if (snippet) io.stdout(`   ${snippet}\n`);
  });
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usageError(io, errorMessage(error));
  }
  const [file, ...words] = parsed.positionals;
  const query = words.join(' ').trim();
  if (file === undefined || query === '')
    return usageError(io, 'Give the backup file and what to search for.');
  const limit = parsed.values.limit === undefined ? 10 : Number(parsed.values.limit);
  if (!Number.isInteger(limit) || limit < 1)
    return usageError(io, '--limit takes a whole number from 1.');

  let tables: ArchiveTables;
  try {
    tables = (await readBackupFile(pathFrom(io, file))).tables;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT.problem;
  }
  const filters = filtersFrom(parsed.values, tables);
  if (typeof filters === 'string') return usageError(io, filters);

  const { engine, textOf } = indexArchive(tables);
  const literal = parsed.values.exact === true;
  const response = engine.search(query, { filters, limit, literal });
  const results = describeResults(
    response.hits,
    tables,
    (hit) => textOf(hit.kind, hit.id, hit.meetingId) ?? '',
  );
  if (parsed.values.json) {
    io.stdout(
      `${JSON.stringify({ query, correction: response.correction, total: response.total, totalIsEstimate: response.totalIsEstimate, results }, null, 2)}\n`,
    );
  } else {
    printResults(io, query, results, response.total, response.totalIsEstimate, response.correction);
  }
  return results.length > 0 ? EXIT.found : EXIT.none;
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary:
    'Search every meeting in a backup: words, "exact phrases", typos and prefixes, with filters.',
  usage: USAGE,
  run,
};

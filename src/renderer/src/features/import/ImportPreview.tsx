import { useId, useMemo, useState } from 'react';
import { useBoardsStore, useImportStore } from '../../stores';
import { correctionProblems } from './corrections';
import { entriesToSave, findDuplicates } from '@shared/import/duplicates';
import { ImportFileRow } from './ImportFileRow';
import { ImportProblems } from './ImportProblems';
import { ImportReview } from './ImportReview';
import { newBoardRegisters } from '@shared/import/register-proposal';
import { RegisterProposal } from './RegisterProposal';

/** Rows per page: a folder of thousands of files stays quick to show and to scroll. */
const PAGE_SIZE = 25;

const count = (value: number) => value.toLocaleString('en-GB');

/** What was read from every file, to check, correct and choose before saving. */
export function ImportPreview() {
  const entries = useImportStore((state) => state.entries);
  const existing = useImportStore((state) => state.existing);
  const label = useImportStore((state) => state.label);
  const notice = useImportStore((state) => state.notice);
  const save = useImportStore((state) => state.save);
  const boards = useBoardsStore((state) => state.boards);
  const members = useImportStore((state) => state.members);
  const [page, setPage] = useState(0);
  const [reviewing, setReviewing] = useState<number | null>(null);
  const headingId = useId();

  const recognised = useMemo(() => entries.filter((entry) => entry.meeting), [entries]);
  const failed = useMemo(() => entries.filter((entry) => !entry.meeting), [entries]);
  const duplicates = useMemo(() => findDuplicates(entries, existing), [entries, existing]);
  const toSave = useMemo(() => entriesToSave(entries, duplicates), [entries, duplicates]);
  const needCorrecting = useMemo(
    () =>
      new Map(
        toSave.map((entry) => [
          entry.index,
          entry.meeting ? correctionProblems(entry.meeting).length : 0,
        ]),
      ),
    [toSave],
  );
  const blocked = [...needCorrecting.values()].filter((problems) => problems > 0).length;
  const registers = useMemo(() => newBoardRegisters(toSave), [toSave]);

  const reviewed = entries.find((entry) => entry.index === reviewing);
  if (reviewed) return <ImportReview entry={reviewed} onDone={() => setReviewing(null)} />;

  const pages = Math.max(1, Math.ceil(recognised.length / PAGE_SIZE));
  const shown = recognised.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const skipped = recognised.filter(
    (entry) => entry.include && duplicates.has(entry.index) && !entry.importAgain,
  ).length;

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Check what was read from {label}</h2>
      </div>
      <p role="status">
        {count(entries.length)} {entries.length === 1 ? 'file' : 'files'} read:{' '}
        {count(recognised.length)} with minutes, {count(failed.length)} that cannot be imported
        {skipped > 0 ? `, ${count(skipped)} already in Minute Book` : ''}.
      </p>
      {notice && (
        <p className={notice.error ? 'notice notice--error' : 'notice notice--info'} role="alert">
          {notice.text}
        </p>
      )}
      <ImportProblems entries={failed} />
      {recognised.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="import-table">
              <caption className="visually-hidden">Meetings found</caption>
              <thead>
                <tr>
                  <th scope="col">Import</th>
                  <th scope="col">File</th>
                  <th scope="col">Meeting</th>
                  <th scope="col">What was recognised</th>
                  <th scope="col">
                    <span className="visually-hidden">Check</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((entry) => (
                  <ImportFileRow
                    key={entry.index}
                    entry={entry}
                    boards={boards}
                    duplicate={duplicates.get(entry.index)}
                    members={members}
                    problems={entry.meeting ? correctionProblems(entry.meeting).length : 0}
                    onReview={() => setReviewing(entry.index)}
                  />
                ))}
              </tbody>
            </table>
          </div>
          {pages > 1 && (
            <nav className="inline-inputs import-pages" aria-label="Pages of meetings found">
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={page === 0}
                onClick={() => setPage(page - 1)}
              >
                Previous
              </button>
              <span>
                Page {count(page + 1)} of {count(pages)}
              </span>
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={page >= pages - 1}
                onClick={() => setPage(page + 1)}
              >
                Next
              </button>
            </nav>
          )}
        </>
      )}
      {registers.map((board) => (
        <RegisterProposal key={board.key} board={board} />
      ))}
      <div className="import-actions">
        {blocked > 0 && (
          <p className="notice notice--error">
            {blocked === 1
              ? '1 meeting needs correcting before it can be imported: review it, or untick it.'
              : `${count(blocked)} meetings need correcting before they can be imported: review them, or untick them.`}
          </p>
        )}
        <button
          type="button"
          className="button"
          disabled={toSave.length === 0 || blocked > 0}
          onClick={() => void save()}
        >
          {toSave.length === 1 ? 'Import 1 meeting' : `Import ${count(toSave.length)} meetings`}
        </button>
      </div>
    </section>
  );
}

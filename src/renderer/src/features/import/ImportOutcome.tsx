import { useId } from 'react';
import { useBoardsStore, useImportStore, useNavigationStore } from '../../stores';
import type { ImportOutcome as Outcome } from '../../stores/import-store';
import { sentence } from '@shared/import/import-entry';

const count = (value: number) => value.toLocaleString('en-GB');

function headline(outcome: Outcome): string {
  const meetings = outcome.saved === 1 ? '1 meeting' : `${count(outcome.saved)} meetings`;
  if (outcome.stopped) return `Stopped: ${meetings} were imported before you stopped.`;
  return outcome.saved === 0 ? 'No meetings were imported.' : `Imported ${meetings}.`;
}

/** What the import did: how many meetings went in, what was skipped and why, where to find them. */
export function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const boards = useBoardsStore((state) => state.boards);
  const close = useNavigationStore((state) => state.back);
  const startOver = useImportStore((state) => state.reset);
  const headingId = useId();
  const shown = boards.filter((board) => outcome.boardIds.includes(board.id));

  function showBoard(boardId: string) {
    useBoardsStore.getState().selectBoard(boardId);
    useNavigationStore.getState().showBoard('meetings');
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{headline(outcome)}</h2>
      {outcome.boardsCreated.length > 0 && (
        <p>
          New {outcome.boardsCreated.length === 1 ? 'board' : 'boards'}:{' '}
          {outcome.boardsCreated.map((board) => board.name).join(', ')}.
        </p>
      )}
      {outcome.unmatched > 0 && (
        <p>
          {outcome.unmatched === 1
            ? '1 person was not in the register and is kept as a guest.'
            : `${count(outcome.unmatched)} people were not in the register and are kept as guests.`}
        </p>
      )}
      {outcome.skippedDuplicates.length > 0 && (
        <section className="subpanel" aria-labelledby={`${headingId}-skipped`}>
          <h3 id={`${headingId}-skipped`}>Already in Minute Book, so skipped</h3>
          <ul className="import-problems">
            {outcome.skippedDuplicates.slice(0, 200).map((name) => (
              <li key={name} className="wrap-anywhere">
                {name}
              </li>
            ))}
          </ul>
        </section>
      )}
      {outcome.failed.length > 0 && (
        <section className="subpanel" aria-labelledby={`${headingId}-failed`}>
          <h3 id={`${headingId}-failed`}>Not imported</h3>
          <ul className="import-problems">
            {outcome.failed.slice(0, 200).map((file) => (
              <li key={file.displayName}>
                <strong className="wrap-anywhere">{file.displayName}</strong>:{' '}
                {sentence(file.error)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="inline-inputs">
        {shown.map((board) => (
          <button
            key={board.id}
            type="button"
            className="button"
            onClick={() => showBoard(board.id)}
          >
            Show the meetings of {board.name}
          </button>
        ))}
        <button type="button" className="button button--secondary" onClick={startOver}>
          Import more minutes
        </button>
        <button type="button" className="button button--secondary" onClick={close}>
          Close
        </button>
      </div>
    </section>
  );
}

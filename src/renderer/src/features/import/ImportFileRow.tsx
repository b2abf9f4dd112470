import { formatLongDate, isIsoDate, type Board, type Member } from '@shared/model';
import { useImportStore } from '../../stores';
import { boardLabel } from './BoardSelect';
import type { Duplicate } from '@shared/import/duplicates';
import type { ImportEntry } from '@shared/import/import-entry';
import { unmatchedPeople } from '@shared/import/register-proposal';
import { chairName, recognisedSummary } from './summary';

/** One recognised meeting in the preview list. */
export function ImportFileRow({
  entry,
  boards,
  duplicate,
  members,
  problems,
  onReview,
}: {
  entry: ImportEntry;
  boards: readonly Board[];
  duplicate: Duplicate | undefined;
  members: readonly Member[];
  problems: number;
  onReview: () => void;
}) {
  const setIncluded = useImportStore((state) => state.setIncluded);
  const setImportAgain = useImportStore((state) => state.setImportAgain);
  const setHistoric = useImportStore((state) => state.setHistoric);
  const meeting = entry.meeting;
  if (!meeting) return null;
  const chair = chairName(meeting);
  const board = entry.board;
  const unmatched =
    board.kind === 'existing'
      ? unmatchedPeople(
          meeting,
          members.filter((member) => member.boardId === board.boardId),
        )
      : [];
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={`Import ${entry.displayName}`}
          checked={entry.include}
          onChange={(event) => setIncluded(entry.index, event.target.checked)}
        />
      </td>
      <th scope="row" className="wrap-anywhere">
        {entry.displayName}
      </th>
      <td>
        <div className="import-meeting__title">
          {isIsoDate(meeting.date) ? formatLongDate(meeting.date) : 'No date'} · {meeting.title}
        </div>
        <div className="import-meeting__detail">{boardLabel(entry.board, boards)}</div>
      </td>
      <td>
        <div>{recognisedSummary(meeting)}</div>
        <div className="import-meeting__detail">
          {[
            chair && `Chair: ${chair}`,
            meeting.nextMeetingDate &&
              isIsoDate(meeting.nextMeetingDate) &&
              `Next meeting ${formatLongDate(meeting.nextMeetingDate)}`,
          ]
            .filter(Boolean)
            .join(' · ')}
        </div>
        {unmatched.length > 0 && (
          <p className="import-unmatched">
            Not in the register, kept as guests: {unmatched.join(', ')}
          </p>
        )}
        <label className="choice">
          <input
            type="checkbox"
            checked={entry.historic}
            onChange={(event) => setHistoric(entry.index, event.target.checked)}
          />
          Approved at the time<span className="visually-hidden">: {entry.displayName}</span>
        </label>
      </td>
      <td>
        {problems > 0 && entry.include && (
          <p className="import-flag import-flag--error">Needs correcting</p>
        )}
        {duplicate && entry.include && (
          <div className="import-flag">
            <p>
              {duplicate === 'existing'
                ? 'Already in Minute Book: will be skipped.'
                : 'The same meeting as an earlier file: will be skipped.'}
            </p>
            <label className="choice">
              <input
                type="checkbox"
                checked={entry.importAgain}
                onChange={(event) => setImportAgain(entry.index, event.target.checked)}
              />
              Import again<span className="visually-hidden">: {entry.displayName}</span>
            </label>
          </div>
        )}
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={`Review ${entry.displayName}`}
          onClick={onReview}
        >
          Review
        </button>
      </td>
    </tr>
  );
}

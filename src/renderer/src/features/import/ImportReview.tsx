import { useEffect, useId, useRef } from 'react';
import { SelectField } from './SelectField';
import { TextField } from '../../components/TextField';
import { formatLongDate, isIsoDate } from '@shared/model';
import { useBoardsStore, useImportStore } from '../../stores';
import { BoardSelect } from './BoardSelect';
import { correctionProblems, correctMeeting } from './corrections';
import type { ImportEntry } from '@shared/import/import-entry';
import { ItemCorrections } from './ItemCorrections';
import { PeopleCorrections } from './PeopleCorrections';
import { unmatchedPeople } from '@shared/import/register-proposal';

/** One file's recognised meeting, to correct before saving. */
export function ImportReview({ entry, onDone }: { entry: ImportEntry; onDone: () => void }) {
  const boards = useBoardsStore((state) => state.boards);
  const correct = useImportStore((state) => state.correct);
  const setBoard = useImportStore((state) => state.setBoard);
  const setHistoric = useImportStore((state) => state.setHistoric);
  const members = useImportStore((state) => state.members);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => headingRef.current?.focus(), []);
  const meeting = entry.meeting;
  if (!meeting) return null;
  const change = (edit: Parameters<typeof correct>[1]) => correct(entry.index, edit);
  const problems = correctionProblems(meeting);
  const board = entry.board;
  const unmatched =
    board.kind === 'existing'
      ? unmatchedPeople(
          meeting,
          members.filter((member) => member.boardId === board.boardId),
        )
      : [];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          Review {entry.displayName}
        </h2>
        <button type="button" className="button" onClick={onDone}>
          Back to the list
        </button>
      </div>
      <p className="panel__hint">
        Correct anything read wrongly; changes are kept for this import.
      </p>
      {problems.length > 0 && (
        <div className="notice notice--error">
          <p>Put these right before importing:</p>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {entry.warnings.length > 0 && (
        <ul className="notice notice--info plain-list">
          {entry.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      )}
      <div className="form-grid">
        <BoardSelect
          boards={boards}
          recognised={meeting.board}
          value={entry.board}
          onChange={(choice) => setBoard(entry.index, choice)}
        />
        <TextField
          label="Date"
          type="date"
          value={meeting.date}
          onChange={(date) => change((m) => correctMeeting(m, { date }))}
        />
        <TextField
          label="Title"
          hint="What the record is called, or the kind of meeting: Minutes, Extraordinary Meeting, Annual General Meeting"
          value={meeting.title}
          onChange={(title) => change((m) => correctMeeting(m, { title }))}
        />
        <SelectField
          label="Held"
          value={meeting.visibility}
          options={[
            ['public', 'In public'],
            ['private', 'In private'],
          ]}
          onChange={(visibility) =>
            change((m) => correctMeeting(m, { visibility: visibility as 'public' | 'private' }))
          }
        />
        <TextField
          label="Venue"
          value={meeting.location}
          onChange={(location) => change((m) => correctMeeting(m, { location }))}
        />
      </div>
      <div className="import-review-times">
        <TextField
          label="Start time"
          type="time"
          value={meeting.startTime}
          onChange={(startTime) => change((m) => correctMeeting(m, { startTime }))}
        />
        <TextField
          label="End time"
          type="time"
          value={meeting.endTime}
          onChange={(endTime) => change((m) => correctMeeting(m, { endTime }))}
        />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={entry.historic}
          onChange={(event) => setHistoric(entry.index, event.target.checked)}
        />
        Approved at the time: save as the approved record, which cannot be edited
      </label>
      {unmatched.length > 0 && (
        <p className="notice notice--info">
          Not in the register of the board, kept as guests: {unmatched.join(', ')}.
        </p>
      )}
      <p className="page__lede">
        {meeting.nextMeetingDate && isIsoDate(meeting.nextMeetingDate)
          ? `Next meeting: ${formatLongDate(meeting.nextMeetingDate)}`
          : 'No next meeting date recognised'}
      </p>
      <PeopleCorrections meeting={meeting} onChange={change} />
      <ItemCorrections meeting={meeting} onChange={change} />
      <div>
        <button type="button" className="button" onClick={onDone}>
          Back to the list
        </button>
      </div>
    </section>
  );
}

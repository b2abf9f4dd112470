import { useEffect, useId, useRef } from 'react';
import { TextField } from '../../components/TextField';
import { formatLongDate, isIsoDate } from '../../../../shared/model';
import { useBoardsStore, useImportStore } from '../../stores';
import { BoardSelect } from './BoardSelect';
import { correctionProblems, correctMeeting } from './corrections';
import type { ImportEntry } from './import-entry';
import { ItemCorrections } from './ItemCorrections';
import { PeopleCorrections } from './PeopleCorrections';

/** One file's recognised meeting, to correct before saving. */
export function ImportReview({ entry, onDone }: { entry: ImportEntry; onDone: () => void }) {
  const boards = useBoardsStore((state) => state.boards);
  const correct = useImportStore((state) => state.correct);
  const setBoard = useImportStore((state) => state.setBoard);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  useEffect(() => headingRef.current?.focus(), []);
  const meeting = entry.meeting;
  if (!meeting) return null;
  const change = (edit: Parameters<typeof correct>[1]) => correct(entry.index, edit);
  const problems = correctionProblems(meeting);

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
          value={meeting.title}
          onChange={(title) => change((m) => correctMeeting(m, { title }))}
        />
      </div>
      <p className="page__lede">
        {[
          meeting.startTime &&
            `${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}`,
          meeting.location,
          meeting.nextMeetingDate && isIsoDate(meeting.nextMeetingDate)
            ? `Next meeting: ${formatLongDate(meeting.nextMeetingDate)}`
            : 'No next meeting date recognised',
        ]
          .filter(Boolean)
          .join(' · ')}
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

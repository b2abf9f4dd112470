import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatLongDate, type Board } from '@shared/model';
import { selectBoardMeetings, useMeetingsStore, useNavigationStore } from '../../stores';
import { ImportedFrom } from './ImportedFrom';
import { OpenMeetingFile } from './OpenMeetingFile';
import { PlanMeetingForm } from './PlanMeetingForm';
import { MEETING_STATUS_LABEL } from './status-labels';

export function MeetingsPanel({ board }: { board: Board }) {
  const meetings = useMeetingsStore(useMemo(() => selectBoardMeetings(board.id), [board.id]));
  const loadBoard = useMeetingsStore((state) => state.loadBoard);
  const openMeeting = useNavigationStore((state) => state.openMeeting);
  const [planning, setPlanning] = useState(false);
  // The form replaces the button: closing it hands the focus back, or the next key goes nowhere.
  const planButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (planning || !returnFocus.current) return;
    returnFocus.current = false;
    planButton.current?.focus();
  }, [planning]);
  const headingId = useId();
  useEffect(() => {
    void loadBoard(board.id);
  }, [board.id, loadBoard]);
  const newestFirst = [...meetings].reverse();
  const previous =
    newestFirst.find((meeting) => meeting.status !== 'planned') ?? newestFirst[0] ?? null;

  return (
    <div className="page">
      {planning ? (
        <PlanMeetingForm
          board={board}
          previous={previous}
          onDone={() => {
            returnFocus.current = true;
            setPlanning(false);
          }}
        />
      ) : (
        <section className="panel" aria-labelledby={headingId}>
          <div className="panel__header">
            <h2 id={headingId}>Meetings</h2>
            <div className="inline-inputs">
              <OpenMeetingFile board={board} />
              <button
                ref={planButton}
                type="button"
                className="button"
                onClick={() => setPlanning(true)}
              >
                Plan a meeting
              </button>
            </div>
          </div>
          {meetings.length === 0 ? (
            <p className="empty-state">
              No meetings yet. Plan the first one to build its agenda and take its minutes.
            </p>
          ) : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Meeting</th>
                    <th scope="col">Where</th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {newestFirst.map((meeting) => (
                    <tr key={meeting.id}>
                      <th scope="row">
                        <button
                          type="button"
                          className="link-button"
                          onClick={() =>
                            openMeeting(
                              meeting.id,
                              meeting.status === 'planned' ? 'agenda' : 'minutes',
                            )
                          }
                        >
                          {formatLongDate(meeting.date)}
                        </button>
                      </th>
                      <td>
                        {meeting.title}
                        {meeting.visibility === 'private' ? ' (private)' : ''}
                        {meeting.source && <ImportedFrom source={meeting.source} compact />}
                      </td>
                      <td>{meeting.location}</td>
                      <td>
                        <span className={`badge badge--status-${meeting.status}`}>
                          {MEETING_STATUS_LABEL[meeting.status]}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

import { useEffect, type ReactNode } from 'react';
import { Tabs } from '../../components/Tabs';
import { formatLongDate, type Board, type Meeting } from '@shared/model';
import {
  notesWriter,
  useLiveLayoutStore,
  useMeetingsStore,
  useMinutesStore,
  useNavigationStore,
} from '../../stores';
import type { MeetingTab } from '../../stores/navigation-store';
import { AgendaEditor } from '../agenda';
import { AttendancePanel } from '../attendance';
import { AgendaInterestFlags } from '../interests';
import { ExportPanel } from '../export';
import { LiveMinutes } from '../live-minutes';
import { SignOffPanel } from '../sign-off';
import { TeamsPanel } from '../teams';
import { useMeetingLocked } from '../sign-off';
import { ImportedFrom } from './ImportedFrom';
import { MeetingDetailsPanel } from './MeetingDetailsPanel';
import { MEETING_STATUS_LABEL } from './status-labels';
import { LockedNotice } from './LockedNotice';

const TABS: ReadonlyArray<{ key: MeetingTab; label: string }> = [
  { key: 'agenda', label: 'Details and agenda' },
  { key: 'attendance', label: 'Attendance' },
  { key: 'minutes', label: 'Minutes' },
  { key: 'export', label: 'Word and files' },
  { key: 'sign-off', label: 'Sign-off' },
  { key: 'teams', label: 'Teams' },
];

/**
 * Approved, signed and locked minutes are the board's record: a disabled fieldset turns off every control
 * inside at once, so no editor can be missed.
 */
function LockedEdits({
  locked,
  status,
  children,
}: {
  locked: boolean;
  status: Meeting['status'];
  children: ReactNode;
}) {
  return (
    <div className="page">
      {locked && <LockedNotice status={status} />}
      <fieldset className="locked-edits" disabled={locked}>
        {children}
      </fieldset>
    </div>
  );
}

export function MeetingPage({ board, meeting }: { board: Board; meeting: Meeting }) {
  const openMinutes = useMinutesStore((state) => state.open);
  const loadedFor = useMinutesStore((state) => (state.loaded ? state.meetingId : null));
  const updateMeeting = useMeetingsStore((state) => state.updateMeeting);
  const tab = useNavigationStore((state) => state.meetingTab);
  const showTab = useNavigationStore((state) => state.showMeetingTab);
  const closeMeeting = useNavigationStore((state) => state.back);
  const locked = useMeetingLocked(meeting);

  useEffect(() => {
    void openMinutes(meeting.id);
  }, [meeting.id, openMinutes]);

  /** Starts (or resumes) the minutes with the caret in the notes: the first item's at the start. */
  function start() {
    const items = useMinutesStore.getState().items;
    const resumed = items.find((item) => item.id === meeting.currentItemId);
    const opening = meeting.status === 'planned' || !resumed ? items[0] : resumed;
    updateMeeting(meeting, {
      status: 'in-progress',
      startedAt: meeting.startedAt || new Date().toISOString(),
      currentItemId: opening?.id ?? meeting.currentItemId,
    });
    if (opening) useLiveLayoutStore.getState().requestNotesFocus(opening.id);
    showTab('minutes');
  }

  function end() {
    void notesWriter.flush();
    updateMeeting(meeting, { status: 'draft' });
  }

  return (
    <div className="page page--wide">
      <div className="page__header">
        <button type="button" className="link-button" onClick={closeMeeting}>
          ← All meetings of {board.name}
        </button>
        <div className="panel__header">
          <h1>
            {meeting.title} · {formatLongDate(meeting.date)}
          </h1>
          <div className="inline-inputs">
            <span className={`badge badge--status-${meeting.status}`}>
              {MEETING_STATUS_LABEL[meeting.status]}
            </span>
            {meeting.status === 'planned' && (
              <button type="button" className="button" onClick={start}>
                Start meeting
              </button>
            )}
            {meeting.status === 'in-progress' && (
              <button type="button" className="button" onClick={end}>
                End meeting
              </button>
            )}
            {meeting.status === 'draft' && (
              <button type="button" className="button button--secondary" onClick={start}>
                Resume minutes
              </button>
            )}
          </div>
        </div>
        <p className="page__lede">
          {[
            meeting.startTime &&
              `${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}`,
            meeting.location,
            meeting.visibility === 'private' ? 'Held in private' : 'Held in public',
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {meeting.source && <ImportedFrom source={meeting.source} />}
      </div>
      <Tabs label="Meeting" tabs={TABS} selected={tab} onSelect={showTab}>
        {loadedFor !== meeting.id ? (
          <p role="status">Opening the meeting…</p>
        ) : tab === 'agenda' ? (
          <LockedEdits locked={locked} status={meeting.status}>
            <div className="page">
              <MeetingDetailsPanel meeting={meeting} />
              <AgendaInterestFlags meeting={meeting} />
              <AgendaEditor locked={locked} />
            </div>
          </LockedEdits>
        ) : tab === 'attendance' ? (
          <LockedEdits locked={locked} status={meeting.status}>
            <AttendancePanel board={board} meeting={meeting} />
          </LockedEdits>
        ) : tab === 'minutes' ? (
          <LiveMinutes board={board} meeting={meeting} />
        ) : tab === 'export' ? (
          <ExportPanel board={board} meeting={meeting} />
        ) : tab === 'teams' ? (
          <LockedEdits locked={locked} status={meeting.status}>
            <TeamsPanel board={board} meeting={meeting} />
          </LockedEdits>
        ) : (
          <SignOffPanel board={board} meeting={meeting} />
        )}
      </Tabs>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Board, Meeting } from '@shared/model';
import {
  useLiveLayoutStore,
  useMeetingsStore,
  useMinutesStore,
  useSearchStore,
} from '../../stores';
import { QuorumStatus } from '../attendance';
import { LockedNotice } from '../meetings';
import { useMeetingLocked } from '../sign-off';
import { useMembersInOffice } from '../meetings';
import { AgendaNav } from './AgendaNav';
import { AttendanceCounts } from './AttendanceCounts';
import { clockNow, secondsSince } from './clock';
import { CurrentItem } from './CurrentItem';
import { MeetingClock } from './MeetingClock';
import { NextMeetingField } from './NextMeetingField';
import { useMinutesShortcuts } from './use-minutes-shortcuts';
import './live-minutes.css';

/**
 * The minute-taker's screen. It subscribes to the item ids and the current item's timing only:
 * a keystroke re-renders the notes editor, not the whole screen.
 */
export function LiveMinutes({ board, meeting }: { board: Board; meeting: Meeting }) {
  const itemIds = useMinutesStore(useShallow((state) => state.items.map((item) => item.id)));
  const currentIndex = Math.max(0, itemIds.indexOf(meeting.currentItemId));
  const itemId = itemIds[currentIndex];
  const timing = useMinutesStore(
    useShallow((state) => {
      const item = state.items.find((each) => each.id === itemId);
      return {
        secondsSpent: item?.secondsSpent ?? 0,
        allowanceMinutes: item?.allowanceMinutes ?? null,
      };
    }),
  );
  const updateMeeting = useMeetingsStore((state) => state.updateMeeting);
  const people = useMembersInOffice(meeting);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [openedAt, setOpenedAt] = useState(clockNow);
  const live = meeting.status === 'in-progress';
  const readOnly = useMeetingLocked(meeting);
  const searchedItemId = useSearchStore((state) =>
    state.focus?.meetingId === meeting.id ? state.focus.itemId : null,
  );

  // A search result opened here: show its item (the notes editor then shows what matched).
  useEffect(() => {
    if (searchedItemId === null || !itemIds.includes(searchedItemId)) return;
    if (meeting.currentItemId !== searchedItemId)
      updateMeeting(meeting, { currentItemId: searchedItemId });
  }, [searchedItemId, itemIds, meeting, updateMeeting]);

  const focusMode = useLiveLayoutStore((state) => state.focusMode);
  const railCollapsed = useLiveLayoutStore((state) => state.railCollapsed);
  const toggleFocusMode = useLiveLayoutStore((state) => state.toggleFocusMode);
  const requestNotesFocus = useLiveLayoutStore((state) => state.requestNotesFocus);

  // Focus mode belongs to this screen: leaving it leaves focus mode.
  useEffect(() => () => useLiveLayoutStore.getState().setFocusMode(false), []);

  /** Opens an item and puts the caret in its notes, so the next word typed is not lost. */
  function go(index: number) {
    if (!itemId) return;
    // Past the first or last item there is nowhere to go: the caret still goes to the notes.
    const target = itemIds[index] ?? itemId;
    requestNotesFocus(target);
    if (target === itemId) return;
    const minutes = useMinutesStore.getState();
    const leaving = minutes.items.find((each) => each.id === itemId);
    if (live && leaving)
      minutes.updateItem(leaving.id, {
        secondsSpent: leaving.secondsSpent + secondsSince(openedAt),
      });
    setOpenedAt(clockNow());
    updateMeeting(meeting, { currentItemId: target });
  }

  function startLine(prefix: string) {
    const minutes = useMinutesStore.getState();
    const item = minutes.items.find((each) => each.id === itemId);
    if (!item || readOnly) return;
    const notes =
      item.notes && !item.notes.endsWith('\n')
        ? `${item.notes}\n${prefix}`
        : `${item.notes}${prefix}`;
    minutes.setNotes(item.id, notes);
    const textarea = textareaRef.current;
    if (!textarea) return;
    // The notes textarea is uncontrolled (see NotesEditor), so it is told of the change directly.
    textarea.value = notes;
    textarea.focus();
    textarea.setSelectionRange(notes.length, notes.length);
  }

  useMinutesShortcuts({
    nextItem: () => go(currentIndex + 1),
    previousItem: () => go(currentIndex - 1),
    addAction: () => startLine('ACTION: '),
    addDecision: () => startLine('DECISION: '),
    // The shortcut may be pressed from the rail or the strip, which focus mode hides: the caret
    // goes to the notes, in and out of focus mode, so the next word typed is kept.
    focusMode: () => {
      toggleFocusMode();
      if (itemId) requestNotesFocus(itemId);
    },
  });

  if (!itemId)
    return <p className="empty-state">The agenda is empty. Add items on the Agenda tab first.</p>;

  return (
    <div className="live-container">
      {readOnly && <LockedNotice status={meeting.status} />}
      <div
        className={['live', railCollapsed && 'live--rail-collapsed', focusMode && 'live--focus']
          .filter(Boolean)
          .join(' ')}
      >
        <AgendaNav currentIndex={currentIndex} onOpen={go} />
        <aside className="live__status" aria-label="Meeting at a glance">
          <MeetingClock
            startedAt={meeting.startedAt}
            itemSeconds={timing.secondsSpent}
            itemOpenedAt={openedAt}
            running={live}
            allowanceMinutes={timing.allowanceMinutes}
          />
          <QuorumStatus board={board} meeting={meeting} />
        </aside>
        <CurrentItem
          key={itemId}
          itemId={itemId}
          number={currentIndex + 1}
          meeting={meeting}
          people={people}
          textareaRef={textareaRef}
          readOnly={readOnly}
          focusToggle={
            <button
              type="button"
              className="button button--secondary button--small"
              aria-pressed={focusMode}
              aria-keyshortcuts="Alt+N"
              onClick={toggleFocusMode}
            >
              {focusMode ? 'Leave focus mode' : 'Focus mode'} <kbd>Alt+N</kbd>
            </button>
          }
        />
        <div className="live__extras">
          <fieldset className="locked-edits" disabled={readOnly}>
            <NextMeetingField key={meeting.id} meeting={meeting} />
          </fieldset>
          <AttendanceCounts people={people} readOnly={readOnly} />
        </div>
      </div>
    </div>
  );
}

import { useRef, useState } from 'react';
import type { Board, Meeting } from '../../../../shared/model';
import { useMeetingsStore, useMinutesStore } from '../../stores';
import { QuorumStatus } from '../attendance/QuorumStatus';
import { useMembersInOffice } from '../meetings/use-meeting-people';
import { clockNow, secondsSince } from './clock';
import { CurrentItem } from './CurrentItem';
import { MeetingClock } from './MeetingClock';
import { NextMeetingField } from './NextMeetingField';
import { useMinutesShortcuts } from './use-minutes-shortcuts';

export function LiveMinutes({ board, meeting }: { board: Board; meeting: Meeting }) {
  const items = useMinutesStore((state) => state.items);
  const attendance = useMinutesStore((state) => state.attendance);
  const setNotes = useMinutesStore((state) => state.setNotes);
  const updateItem = useMinutesStore((state) => state.updateItem);
  const updateMeeting = useMeetingsStore((state) => state.updateMeeting);
  const people = useMembersInOffice(meeting);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const [openedAt, setOpenedAt] = useState(clockNow);
  const currentIndex = Math.max(
    0,
    items.findIndex((item) => item.id === meeting.currentItemId),
  );
  const item = items[currentIndex];
  const live = meeting.status === 'in-progress';
  const readOnly = meeting.status === 'approved' || meeting.status === 'signed';

  function go(index: number) {
    const target = items[index];
    if (!target || !item || target.id === item.id) return;
    if (live) updateItem(item.id, { secondsSpent: item.secondsSpent + secondsSince(openedAt) });
    setOpenedAt(clockNow());
    updateMeeting(meeting, { currentItemId: target.id });
  }

  function startLine(prefix: string) {
    if (!item || readOnly) return;
    const notes =
      item.notes && !item.notes.endsWith('\n')
        ? `${item.notes}\n${prefix}`
        : `${item.notes}${prefix}`;
    setNotes(item.id, notes);
    requestAnimationFrame(() => {
      const textarea = textareaRef.current;
      if (!textarea) return;
      textarea.focus();
      textarea.setSelectionRange(notes.length, notes.length);
    });
  }

  useMinutesShortcuts({
    nextItem: () => go(currentIndex + 1),
    previousItem: () => go(currentIndex - 1),
    addAction: () => startLine('ACTION: '),
    addDecision: () => startLine('DECISION: '),
  });

  const count = (status: string) => attendance.filter((record) => record.status === status).length;

  if (!item)
    return <p className="empty-state">The agenda is empty. Add items on the Agenda tab first.</p>;

  return (
    <div className="live">
      <nav className="live__agenda" aria-label="Agenda items">
        <ol>
          {items.map((each, index) => (
            <li key={each.id}>
              <button
                type="button"
                className="live__agenda-item"
                aria-current={index === currentIndex ? 'step' : undefined}
                onClick={() => go(index)}
              >
                <span className="live__agenda-number">{index + 1}.</span>{' '}
                {each.title || 'Untitled item'}
                {each.outcome === 'deferred' && <span className="panel__hint"> (deferred)</span>}
              </button>
            </li>
          ))}
        </ol>
        <p className="panel__hint">Alt+↑ / Alt+↓ move between items.</p>
      </nav>
      <CurrentItem
        key={item.id}
        item={item}
        number={currentIndex + 1}
        meeting={meeting}
        people={people}
        textareaRef={textareaRef}
        readOnly={readOnly}
      />
      <aside className="live__side" aria-label="Meeting at a glance">
        <MeetingClock
          startedAt={meeting.startedAt}
          itemSeconds={item.secondsSpent}
          itemOpenedAt={openedAt}
          running={live}
          allowanceMinutes={item.allowanceMinutes}
        />
        <QuorumStatus board={board} meeting={meeting} />
        <NextMeetingField key={meeting.id} meeting={meeting} />
        <p className="panel__hint">
          {count('present')} present · {count('apologies')} apologies · {count('absent')} absent ·{' '}
          {count('in-attendance')} in attendance
        </p>
      </aside>
    </div>
  );
}

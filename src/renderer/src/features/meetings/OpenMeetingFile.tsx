import { useState } from 'react';
import { fromMeetingFile, formatLongDate, type Board } from '../../../../shared/model';
import { callMain } from '../../bridge';
import { db } from '../../db/instance';
import { newId, nowStamp } from '../../db/ids';
import { saveMeetingFromFile } from '../../db/meetings-repository';
import { trackSave } from '../../stores/save-status-store';
import {
  useActionsStore,
  useMeetingsStore,
  useMembersStore,
  useNavigationStore,
} from '../../stores';

/** Opens a meeting file (docs/meeting-file.md) as a new meeting of this board. */
export function OpenMeetingFile({ board }: { board: Board }) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function open() {
    setMessage(null);
    try {
      const result = await callMain('openMeetingFile', {});
      if (result.status === 'cancelled') return;
      await useMembersStore.getState().loadBoard(board.id);
      const members = useMembersStore.getState().membersByBoard[board.id] ?? [];
      const records = fromMeetingFile(result.meeting, board.id, members, newId, nowStamp());
      await trackSave(saveMeetingFromFile(db, records));
      await Promise.all([
        useMeetingsStore.getState().loadBoard(board.id),
        useActionsStore.getState().loadBoard(board.id),
      ]);
      const others =
        result.meeting.board.trim() !== board.name.trim()
          ? ` It was written for “${result.meeting.board}”.`
          : '';
      const guests = records.unmatched.length
        ? ` Not in this board’s register, so kept as guests: ${records.unmatched.join(', ')}.`
        : '';
      setMessage({
        error: false,
        text: `Opened ${result.fileName}: the meeting of ${formatLongDate(records.meeting.date)}.${others}${guests}`,
      });
      useNavigationStore.getState().openMeeting(records.meeting.id, 'minutes');
    } catch (error) {
      setMessage({ error: true, text: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <div className="inline-inputs">
      <button type="button" className="button button--secondary" onClick={() => void open()}>
        Open a meeting file…
      </button>
      {message && (
        <p
          className={message.error ? 'notice notice--error' : 'notice notice--info'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}

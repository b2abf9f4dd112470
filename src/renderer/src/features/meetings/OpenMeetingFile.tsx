import { useState } from 'react';
import { formatLongDate, type Board } from '@shared/model';
import { useActionsStore, useMeetingsStore, useNavigationStore } from '../../stores';
import { openMeetingFile } from '../../workflows';
import { errorMessage } from '@shared/error-message';

/** Opens a meeting file (docs/meeting-file.md) as a new meeting of this board. */
export function OpenMeetingFile({ board }: { board: Board }) {
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  async function open() {
    setMessage(null);
    try {
      const result = await openMeetingFile(board);
      if (result.status === 'cancelled') return;
      await Promise.all([
        useMeetingsStore.getState().loadBoard(board.id),
        useActionsStore.getState().loadBoard(board.id),
      ]);
      const others = result.writtenFor ? ` It was written for “${result.writtenFor}”.` : '';
      const guests = result.guests.length
        ? ` Not in this board’s register, so kept as guests: ${result.guests.join(', ')}.`
        : '';
      setMessage({
        error: false,
        text: `Opened ${result.fileName}: the meeting of ${formatLongDate(result.meeting.date)}.${others}${guests}`,
      });
      useNavigationStore.getState().openMeeting(result.meeting.id, 'minutes');
    } catch (error) {
      setMessage({ error: true, text: errorMessage(error) });
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

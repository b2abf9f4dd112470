import { useEffect, useId, useLayoutEffect, useRef, type RefObject } from 'react';
import type { AgendaItem, Meeting, Member } from '../../../../shared/model';
import { useMinutesStore } from '../../stores';
import { syncRecognised } from './sync-recognised';

/** Re-reading the notes for actions and decisions waits for a pause in typing. */
const RECOGNITION_PAUSE_MS = 400;

interface NotesEditorProps {
  item: AgendaItem;
  number: number;
  meeting: Meeting;
  people: readonly Member[];
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  readOnly: boolean;
}

export function NotesEditor({
  item,
  number,
  meeting,
  people,
  textareaRef,
  readOnly,
}: NotesEditorProps) {
  const setNotes = useMinutesStore((state) => state.setNotes);
  const hintId = useId();
  const latest = useRef({ item, meeting, people });
  useLayoutEffect(() => {
    latest.current = { item, meeting, people };
  });

  useEffect(() => {
    const timer = setTimeout(() => {
      const current = latest.current;
      void syncRecognised(current.item, current.meeting, current.people);
    }, RECOGNITION_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [item.notes, item.id]);

  return (
    <div className="field notes-editor">
      <label className="field__label" htmlFor={`notes-${item.id}`}>
        Notes for item {number}
      </label>
      <textarea
        id={`notes-${item.id}`}
        ref={textareaRef}
        value={item.notes}
        readOnly={readOnly}
        spellCheck
        rows={14}
        aria-describedby={hintId}
        onChange={(event) => setNotes(item.id, event.target.value)}
      />
      <span className="field__hint" id={hintId}>
        Paragraphs, “- ” bullets, “1. ” numbered lists and **bold**. A line starting ACTION: or
        DECISION: is recorded below; name the owner and write “by 31 August 2021” for a due date.
        Alt+A adds an action, Alt+D a decision.
      </span>
    </div>
  );
}

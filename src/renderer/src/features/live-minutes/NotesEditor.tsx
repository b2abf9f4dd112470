import { useEffect, useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Meeting, Member } from '@shared/model';
import { useLiveLayoutStore, useMinutesStore } from '../../stores';
import { caretMemory } from './caret-memory';
import { SearchMatches, useSearchMatches } from './SearchMatches';
import { syncRecognised } from './sync-recognised';

/** Re-reading the notes for actions and decisions waits for a pause in typing. */
const RECOGNITION_PAUSE_MS = 400;

interface NotesEditorProps {
  itemId: string;
  number: number;
  meeting: Meeting;
  people: readonly Member[];
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  readOnly: boolean;
}

/**
 * The textarea is uncontrolled: the browser edits it natively and each change goes to the store,
 * so a keystroke costs no React render, however long the meeting. The editor mounts afresh for each
 * item; code that changes the notes of the open item (Alt+A, Alt+D) also sets the textarea's value.
 */
export function NotesEditor({
  itemId,
  number,
  meeting,
  people,
  textareaRef,
  readOnly,
}: NotesEditorProps) {
  const setNotes = useMinutesStore((state) => state.setNotes);
  const [initialNotes] = useState(
    () => useMinutesStore.getState().items.find((each) => each.id === itemId)?.notes ?? '',
  );
  const hintId = useId();
  const latest = useRef({ meeting, people });
  const recognitionTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useLayoutEffect(() => {
    latest.current = { meeting, people };
  });
  // Leaving the item (Alt+↓, a click on another item) within the pause after typing still records
  // the ACTION: or DECISION: line just typed: the pending reading is done now, not dropped.
  useEffect(() => {
    const timer = recognitionTimer;
    return () => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      timer.current = undefined;
      const item = useMinutesStore.getState().items.find((each) => each.id === itemId);
      if (item) void syncRecognised(item, latest.current.meeting, latest.current.people);
    };
  }, [itemId]);

  // Moving to this item or starting the meeting asks for the caret here, where it was last time.
  useEffect(() => {
    function takeCaretIfAsked() {
      const textarea = textareaRef.current;
      if (!textarea || !useLiveLayoutStore.getState().takeNotesFocus(itemId)) return;
      const { start, end } = caretMemory.caretFor(itemId, textarea.value.length);
      textarea.focus();
      textarea.setSelectionRange(start, end);
    }
    takeCaretIfAsked();
    return useLiveLayoutStore.subscribe((state) => {
      if (state.notesFocusFor === itemId) takeCaretIfAsked();
    });
  }, [itemId, textareaRef]);
  const matched = useSearchMatches(itemId, textareaRef);

  function scheduleRecognition() {
    clearTimeout(recognitionTimer.current);
    recognitionTimer.current = setTimeout(() => {
      recognitionTimer.current = undefined;
      const item = useMinutesStore.getState().items.find((each) => each.id === itemId);
      if (item) void syncRecognised(item, latest.current.meeting, latest.current.people);
    }, RECOGNITION_PAUSE_MS);
  }

  return (
    <div className="field notes-editor">
      <label className="field__label" htmlFor={`notes-${itemId}`}>
        Notes for item {number}
      </label>
      <textarea
        id={`notes-${itemId}`}
        ref={textareaRef}
        defaultValue={initialNotes}
        readOnly={readOnly}
        spellCheck
        rows={14}
        aria-describedby={readOnly ? undefined : hintId}
        onSelect={(event) =>
          caretMemory.remember(itemId, {
            start: event.currentTarget.selectionStart,
            end: event.currentTarget.selectionEnd,
          })
        }
        onChange={(event) => {
          setNotes(itemId, event.target.value);
          scheduleRecognition();
        }}
      />
      {matched.length > 0 && <SearchMatches words={matched} />}
      {/* Signed minutes offer no editing, so they give no editing hints either. */}
      {!readOnly && (
        <span className="field__hint notes-editor__hint" id={hintId}>
          Paragraphs, “- ” bullets, “1. ” numbered lists and **bold**. A line starting ACTION: or
          DECISION: is recorded below; name the owner and write “by 31 August 2021” for a due date.
          Alt+A adds an action, Alt+D a decision.
        </span>
      )}
    </div>
  );
}

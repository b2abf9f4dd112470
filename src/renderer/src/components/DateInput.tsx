import { useId, useState } from 'react';
import { dateEntryProblem } from './date-entry';
import './date-input.css';

interface DateInputProps {
  value: string;
  onChange: (value: string) => void;
  'aria-label': string;
}

/**
 * A date field named by aria-label, for rows of controls with no room for a label (an action's
 * due date). Like TextField's dates: a five- or six-digit year stays on screen with a message and
 * is not stored, rather than leaving the field silently blank.
 */
export function DateInput({ value, onChange, 'aria-label': label }: DateInputProps) {
  const errorId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ typed: string; over: string } | null>(null);
  const shownValue = draft && draft.over === value ? draft.typed : value;
  return (
    <span className="date-input">
      <input
        type="date"
        aria-label={label}
        value={shownValue}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        onChange={(event) => {
          const found = dateEntryProblem(event.target.value, event.target.validity.badInput);
          setProblem(found);
          if (found && !event.target.validity.badInput) {
            setDraft({ typed: event.target.value, over: value });
            return;
          }
          setDraft(null);
          onChange(event.target.value);
        }}
      />
      {problem && (
        <span className="field__error" id={errorId} role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}

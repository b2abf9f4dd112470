import { useId, useState } from 'react';
import { dateEntryProblem } from './date-entry';
import './date-input.css';

/** Named either by aria-label (no room for a label) or by a `<label htmlFor>` given its id. */
type DateInputName =
  { 'aria-label': string; id?: undefined } | { id: string; 'aria-label'?: undefined };

type DateInputProps = DateInputName & {
  value: string;
  onChange: (value: string) => void;
  min?: string;
  required?: boolean;
};

/**
 * A date field outside TextField: in rows of controls with no room for a label (an action's due
 * date), or beside a label of its own (a period's From and To). Like TextField's dates: a five- or six-digit year stays on screen with a message and
 * is not stored, rather than leaving the field silently blank.
 */
export function DateInput({
  value,
  onChange,
  'aria-label': label,
  id,
  min,
  required,
}: DateInputProps) {
  const errorId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ typed: string; over: string } | null>(null);
  const shownValue = draft && draft.over === value ? draft.typed : value;
  return (
    <span className="date-input">
      <input
        type="date"
        id={id}
        aria-label={label}
        min={min}
        required={required}
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

import { useId, useState, type InputHTMLAttributes } from 'react';
import { dateEntryProblem } from './date-entry';

interface TextFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'onChange' | 'value' | 'id'
> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | null;
  suggestions?: readonly string[];
}

/**
 * A labelled input whose hint and error are announced with it. A date field that cannot hold what
 * was typed (a six-digit year) says so and keeps the date it had, rather than going blank.
 */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  suggestions,
  className,
  ...inputProps
}: TextFieldProps) {
  const id = useId();
  const [entryProblem, setEntryProblem] = useState<string | null>(null);
  // What was typed in a date field that cannot be stored: shown as typed, with the problem.
  const [draft, setDraft] = useState<{ typed: string; over: string } | null>(null);
  const shownValue = draft && draft.over === value ? draft.typed : value;
  const shownError = error || entryProblem;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const listId = `${id}-list`;
  const describedBy =
    [hint ? hintId : null, shownError ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', className].filter(Boolean).join(' ')}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        {...inputProps}
        value={shownValue}
        onChange={(event) => {
          if (inputProps.type === 'date') {
            const problem = dateEntryProblem(event.target.value, event.target.validity.badInput);
            setEntryProblem(problem);
            if (problem && !event.target.validity.badInput) {
              // Kept on screen, not stored: the stored date stays as it was.
              setDraft({ typed: event.target.value, over: value });
              return;
            }
            setDraft(null);
          }
          onChange(event.target.value);
        }}
        aria-describedby={describedBy}
        aria-invalid={shownError ? true : undefined}
        list={suggestions ? listId : undefined}
      />
      {suggestions && (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      )}
      {hint && (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      )}
      {shownError && (
        <span className="field__error" id={errorId} role="alert">
          {shownError}
        </span>
      )}
    </div>
  );
}

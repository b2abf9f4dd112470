import { useState } from 'react';

interface WholeNumberInputProps {
  label: string;
  value: number;
  min?: number;
  onChange: (value: number) => void;
  onInvalid?: (message: string | null) => void;
  describedBy?: string;
}

/**
 * Keeps what the user is typing (even an empty box) on screen, and passes on only whole numbers,
 * so clearing the box to type "5" never stores a nonsense value.
 */
export function WholeNumberInput({
  label,
  value,
  min = 1,
  onChange,
  onInvalid,
  describedBy,
}: WholeNumberInputProps) {
  const [draft, setDraft] = useState(String(value));
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setDraft(String(value));
  }
  const parsed = Number(draft);
  const valid = /^\d+$/.test(draft.trim()) && parsed >= min;
  return (
    <input
      type="number"
      inputMode="numeric"
      min={min}
      step={1}
      aria-label={label}
      aria-invalid={valid ? undefined : true}
      aria-describedby={describedBy}
      value={draft}
      onChange={(event) => {
        const text = event.target.value;
        setDraft(text);
        const next = Number(text);
        if (/^\d+$/.test(text.trim()) && next >= min) {
          setShownValue(next);
          onChange(next);
          onInvalid?.(null);
        } else {
          onInvalid?.(`${label} must be a whole number of at least ${min}.`);
        }
      }}
    />
  );
}

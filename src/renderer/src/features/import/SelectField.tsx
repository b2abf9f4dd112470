import { useId } from 'react';

/** A labelled choice among a few values, laid out as the other fields of a form. */
export function SelectField({
  label,
  accessibleName,
  value,
  options,
  onChange,
}: {
  label: string;
  /** A fuller name for assistive technology, beginning with the shown label. */
  accessibleName?: string;
  value: string;
  options: readonly (readonly [value: string, label: string])[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        aria-label={accessibleName}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map(([each, text]) => (
          <option key={each} value={each}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useId } from 'react';

const count = (value: number) => value.toLocaleString('en-GB');

interface ImportProgressProps {
  /** "Reading" or "Saving". */
  verb: string;
  noun: string;
  done: number;
  total: number;
  onCancel: () => void;
  cancelLabel: string;
}

/** A bar and a sentence, e.g. "Reading 1,200 of 10,000 files…", with a way to stop. */
export function ImportProgress({
  verb,
  noun,
  done,
  total,
  onCancel,
  cancelLabel,
}: ImportProgressProps) {
  const labelId = useId();
  return (
    <div className="import-progress">
      <p id={labelId} role="status">
        {verb} {count(done)} of {count(total)} {noun}…
      </p>
      <progress aria-labelledby={labelId} max={Math.max(total, 1)} value={done} />
      <div>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}

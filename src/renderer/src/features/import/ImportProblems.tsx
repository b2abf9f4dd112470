import { useId } from 'react';
import type { ImportEntry } from '@shared/import/import-entry';
import { sentence } from '@shared/import/import-entry';

/** Enough to see what went wrong; the full count is always given. */
const SHOWN = 200;

/** The files that cannot be imported, each by name with what is wrong with it. */
export function ImportProblems({ entries }: { entries: readonly ImportEntry[] }) {
  const headingId = useId();
  if (entries.length === 0) return null;
  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {entries.length === 1
          ? '1 file cannot be imported'
          : `${entries.length.toLocaleString('en-GB')} files cannot be imported`}
      </h3>
      <ul className="import-problems">
        {entries.slice(0, SHOWN).map((entry) => (
          <li key={entry.index}>
            <strong className="wrap-anywhere">{entry.displayName}</strong>:{' '}
            {sentence(entry.error ?? 'it could not be read')}
          </li>
        ))}
      </ul>
      {entries.length > SHOWN && (
        <p className="panel__hint">
          and {(entries.length - SHOWN).toLocaleString('en-GB')} more not shown.
        </p>
      )}
    </section>
  );
}

import type { MeetingSource } from '@shared/model';

/** Says where minutes not taken in Minute Book came from, so the record can be traced to its file. */
export function ImportedFrom({
  source,
  compact = false,
}: {
  source: MeetingSource;
  compact?: boolean;
}) {
  const when = new Date(source.importedAt);
  const on = Number.isNaN(when.getTime())
    ? ''
    : ` on ${when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}`;
  return (
    <span className={compact ? 'imported-from imported-from--compact' : 'imported-from'}>
      Imported from <span className="wrap-anywhere">{source.fileName}</span>
      {compact ? '' : on}
    </span>
  );
}

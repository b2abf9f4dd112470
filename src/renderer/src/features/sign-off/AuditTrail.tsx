import type { AuditEntry, AuditEvent } from '@shared/model';
import { formatTime } from './format';

const EVENT_LABEL: Record<AuditEvent, string> = {
  circulated: 'Circulated',
  approved: 'Approved',
  signed: 'Signed',
  locked: 'Locked',
  reopened: 'Reopened',
};

/** Who did what to the minutes, when and why: the record a reopen must leave behind. */
export function AuditTrail({ entries }: { entries: readonly AuditEntry[] }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>Audit trail</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">What</th>
            <th scope="col">Version</th>
            <th scope="col">Who</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.length === 0 ? (
            <tr>
              <td colSpan={5}>Nothing recorded yet.</td>
            </tr>
          ) : (
            [...entries].reverse().map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">{formatTime(entry.at)}</td>
                <th scope="row">{EVENT_LABEL[entry.event]}</th>
                <td>{entry.version}</td>
                <td>{entry.by || '—'}</td>
                <td className="wrap-anywhere">{entry.detail}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

import { useId, useState } from 'react';
import {
  canTake,
  lockOf,
  type AuditEntry,
  type Board,
  type Meeting,
  type SignatureRecord,
} from '@shared/model';
import { markCirculated } from '../../workflows';
import { ApprovalForm } from './ApprovalForm';
import { Digest } from './Digest';
import { formatTime } from './format';
import { LockForm } from './LockForm';
import { ReopenForm } from './ReopenForm';
import { errorMessage } from '@shared/error-message';

const STAGE_HINT: Record<Meeting['status'], string> = {
  planned: 'The meeting has not started. Minutes can be signed off once they are drafted.',
  'in-progress': 'The meeting is under way. End it to draft the minutes.',
  draft:
    'Draft minutes. Export them to Word, or mark them as circulated, to send them out for comment.',
  circulated: 'Circulated for comment. Record their approval once the board has agreed them.',
  approved:
    'Approved: the minutes are the board’s record and cannot be edited. They can now be signed.',
  signed:
    'Signed: the minutes cannot be edited. Other members can still sign; lock the minutes once everyone who is to sign has signed.',
  locked:
    'Signed and locked: the archive fixes the signed file and the data signed. A correction needs them reopened, with a reason.',
};

/** Where the minutes are in their sign-off, and the steps open to them from there. */
export function WorkflowPanel({
  board,
  meeting,
  version,
  signatures,
  audit,
}: {
  board: Board;
  meeting: Meeting;
  version: number;
  signatures: readonly SignatureRecord[];
  audit: readonly AuditEntry[];
}) {
  const headingId = useId();
  const [error, setError] = useState<string | null>(null);

  function circulate() {
    setError(null);
    markCirculated(meeting).catch((failure: unknown) => setError(errorMessage(failure)));
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Sign-off</h2>
      <p className="panel__hint">
        {STAGE_HINT[meeting.status]} This is version {version} of the minutes.
      </p>
      {canTake('circulate', meeting.status) && (
        <div className="inline-inputs">
          <button type="button" className="button button--secondary" onClick={circulate}>
            Mark as circulated
          </button>
        </div>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {canTake('approve', meeting.status) && <ApprovalForm board={board} meeting={meeting} />}
      {meeting.status === 'locked' && <LockedNote lock={lockOf(audit, version)} />}
      {canTake('lock', meeting.status) && (
        <LockForm board={board} meeting={meeting} version={version} signatures={signatures} />
      )}
      {canTake('reopen', meeting.status) && (
        <ReopenForm board={board} meeting={meeting} version={version} />
      )}
    </section>
  );
}

function LockedNote({ lock }: { lock: AuditEntry | null }) {
  if (!lock) return null;
  return (
    <div className="notice notice--info" role="note">
      <p>
        Locked by {lock.by} on {formatTime(lock.at)}.
      </p>
      <ul className="plain-list">
        <li>
          Signed file <Digest label="SHA-256" value={lock.fileSha256 ?? ''} />
        </li>
        <li>
          Meeting data signed <Digest label="SHA-256" value={lock.meetingSha256 ?? ''} />
        </li>
      </ul>
    </div>
  );
}

import { useEffect, useId, useMemo } from 'react';
import { currentVersion, type Board, type Meeting } from '@shared/model';
import { selectMeetingSignOff, useSignOffStore } from '../../stores';
import { AuditTrail } from './AuditTrail';
import { IdentitiesPanel } from './IdentitiesPanel';
import { SignMinutesPanel } from './SignMinutesPanel';
import { VersionArchive } from './VersionArchive';
import { WorkflowPanel } from './WorkflowPanel';

/** The meeting's "Sign-off" tab: approval, signatures, the archive and the audit trail. */
export function SignOffPanel({ board, meeting }: { board: Board; meeting: Meeting }) {
  const signOff = useSignOffStore(useMemo(() => selectMeetingSignOff(meeting.id), [meeting.id]));
  const load = useSignOffStore((state) => state.loadMeeting);
  const archiveId = useId();

  useEffect(() => {
    void load(meeting.id);
  }, [meeting.id, load]);

  if (!signOff.loaded) return <p role="status">Reading the sign-off record…</p>;
  const version = currentVersion(signOff.versions);
  return (
    <div className="page">
      <WorkflowPanel
        board={board}
        meeting={meeting}
        version={version}
        signatures={signOff.signatures}
        audit={signOff.audit}
      />
      <SignMinutesPanel board={board} meeting={meeting} />
      <section className="panel" aria-labelledby={archiveId}>
        <h2 id={archiveId}>Archive and audit trail</h2>
        <VersionArchive versions={signOff.versions} signatures={signOff.signatures} />
        <AuditTrail entries={signOff.audit} />
      </section>
      <IdentitiesPanel />
    </div>
  );
}

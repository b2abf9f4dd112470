import { useId } from 'react';
import { canTake, type Board, type Meeting, type SignatureRecord } from '../../../../shared/model';
import { useMeetingsStore, useSignOffStore } from '../../stores';
import { ApprovalForm } from './ApprovalForm';
import { ReopenForm } from './ReopenForm';

const STAGE_HINT: Record<Meeting['status'], string> = {
  planned: 'The meeting has not started. Minutes can be signed off once they are drafted.',
  'in-progress': 'The meeting is under way. End it to draft the minutes.',
  draft:
    'Draft minutes. Export them to Word, or mark them as circulated, to send them out for comment.',
  circulated: 'Circulated for comment. Record their approval once the board has agreed them.',
  approved:
    'Approved: the minutes are the board’s record and cannot be edited. They can now be signed.',
  signed: 'Signed: the minutes are locked. A correction needs them reopened, with a reason.',
};

/** Where the minutes are in their sign-off, and the steps open to them from there. */
export function WorkflowPanel({
  board,
  meeting,
  version,
  signatures,
}: {
  board: Board;
  meeting: Meeting;
  version: number;
  signatures: readonly SignatureRecord[];
}) {
  const updateMeeting = useMeetingsStore((state) => state.updateMeeting);
  const recordAudit = useSignOffStore((state) => state.recordAudit);
  const headingId = useId();

  function markCirculated() {
    updateMeeting(meeting, { status: 'circulated' });
    void recordAudit({
      meetingId: meeting.id,
      at: new Date().toISOString(),
      event: 'circulated',
      by: '',
      detail: 'Marked as circulated for comment',
      version,
    });
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Sign-off</h2>
      <p className="panel__hint">
        {STAGE_HINT[meeting.status]} This is version {version} of the minutes.
      </p>
      {canTake('circulate', meeting.status) && (
        <div className="inline-inputs">
          <button type="button" className="button button--secondary" onClick={markCirculated}>
            Mark as circulated
          </button>
        </div>
      )}
      {canTake('approve', meeting.status) && (
        <ApprovalForm board={board} meeting={meeting} version={version} />
      )}
      {canTake('reopen', meeting.status) && (
        <ReopenForm board={board} meeting={meeting} version={version} signatures={signatures} />
      )}
    </section>
  );
}

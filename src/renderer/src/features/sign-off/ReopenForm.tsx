import { useId, useState, type FormEvent } from 'react';
import {
  reopenNeedsReason,
  type Board,
  type Meeting,
  type SignatureRecord,
} from '../../../../shared/model';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useMeetingsStore, useSignOffStore } from '../../stores';
import { currentMeetingFile } from '../export/current-meeting-file';
import { useMembersInOffice } from '../meetings/use-meeting-people';
import { canonicalDigest, sha256Hex } from './digest';
import { errorText } from './format';

/**
 * Sends the minutes back to draft for a correction. Approved or signed minutes are frozen first,
 * so the version the board approved or signed stays in the archive, readable and verifiable.
 */
export function ReopenForm({
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
  const recordReopen = useSignOffStore((state) => state.recordReopen);
  const people = useMembersInOffice(meeting);
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();
  const needsReason = reopenNeedsReason(meeting.status);

  /** Exactly the data last signed in this version, else the approved data as it stands. */
  async function freeze(): Promise<{ json: string; sha256: string }> {
    const signed = signatures.filter((each) => each.version === version && each.meetingJson).at(-1);
    if (signed) return { json: signed.meetingJson, sha256: await sha256Hex(signed.meetingJson) };
    return canonicalDigest(await currentMeetingFile(board, meeting));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (needsReason && !reason.trim()) {
      setError('Say why the minutes are being reopened: it goes in the audit trail.');
      return;
    }
    if (!by.trim()) {
      setError('Say who is reopening the minutes.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const frozen = needsReason ? await freeze() : null;
      const at = new Date().toISOString();
      await recordReopen(
        frozen && {
          meetingId: meeting.id,
          version,
          status: meeting.status,
          frozenAt: at,
          fileJson: frozen.json,
          sha256: frozen.sha256,
        },
        {
          meetingId: meeting.id,
          at,
          event: 'reopened',
          by: by.trim(),
          detail: reason.trim() || 'Reopened before approval',
          version,
        },
      );
      updateMeeting(meeting, { status: 'draft' });
      setReason('');
    } catch (failure) {
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="subpanel" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>Reopen for correction</h3>
      <p className="panel__hint">
        {needsReason
          ? `Version ${version} is kept in the archive as it stands; the corrected minutes become version ${version + 1}, a draft that needs approving again.`
          : 'Takes the minutes back to draft so they can be edited before approval.'}
      </p>
      <div className="form-grid">
        <TextAreaField
          className="form-grid--wide"
          label={needsReason ? 'Reason for reopening (required)' : 'Reason for reopening'}
          value={reason}
          onChange={setReason}
        />
        <TextField
          label="Recorded by"
          value={by}
          onChange={setBy}
          suggestions={people.map((member) => member.fullName)}
        />
      </div>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      <div className="inline-inputs">
        <button type="submit" className="button button--secondary" disabled={busy}>
          Reopen minutes
        </button>
      </div>
    </form>
  );
}

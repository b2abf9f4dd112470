import { useId, useState } from 'react';
import {
  canTake,
  defaultSignatories,
  nameKey,
  todayIso,
  type Board,
  type Meeting,
} from '../../../../shared/model';
import { callMain } from '../../bridge';
import { useExportsStore, useMeetingsStore, useSignOffStore } from '../../stores';
import { currentMeetingFile } from '../export/current-meeting-file';
import { canonicalDigest } from './digest';
import { errorText } from './format';
import { SigningFields, signingRequest, useSigningChoice } from './SigningFields';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'failed'; text: string };

/**
 * Exports the approved minutes as formal minutes with a sign-off block naming the Chair, signs that
 * exact file and records the signature with the SHA-256 of the file and of the meeting's data.
 */
export function SignMinutesPanel({
  board,
  meeting,
  version,
}: {
  board: Board;
  meeting: Meeting;
  version: number;
}) {
  const signing = useSigningChoice();
  const recordExport = useExportsStore((state) => state.recordExport);
  const recordSignature = useSignOffStore((state) => state.recordSignature);
  const updateMeeting = useMeetingsStore((state) => state.updateMeeting);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const headingId = useId();
  const canSign = canTake('sign', meeting.status);

  async function exportAndSign() {
    const { identity } = signing.choice;
    if (!identity) return;
    setOutcome({ kind: 'busy' });
    try {
      const file = await currentMeetingFile(board, meeting);
      const named =
        file.signatories && file.signatories.length > 0
          ? file.signatories
          : defaultSignatories(file.attendance ?? []);
      // The page names who signs now, with the day and their certificate, before the others named.
      const signer = {
        name: identity.name,
        role: identity.role,
        certificateSha256: identity.fingerprintSha256,
        signedOn: todayIso(),
      };
      const others = named.filter((each) => nameKey(each.name) !== nameKey(identity.name));
      const forSigning = { ...file, signatories: [signer, ...others] };
      const exported = await callMain('exportMeetingDocx', {
        meeting: forSigning,
        layout: 'formal',
        audience: 'internal',
      });
      if (exported.status === 'cancelled') {
        setOutcome({ kind: 'idle' });
        return;
      }
      await recordExport({
        meetingId: meeting.id,
        at: new Date().toISOString(),
        fileName: exported.fileName,
        path: exported.path,
        sha256: exported.sha256,
        layout: 'formal',
        audience: 'internal',
        status: meeting.status,
      });
      const signed = await callMain('signDocument', {
        ...signingRequest(signing.choice, identity),
        source: { kind: 'exported', token: exported.token },
      });
      if (signed.status === 'cancelled') {
        setOutcome({
          kind: 'done',
          text: `Exported ${exported.fileName}; the signed copy was not saved.`,
        });
        return;
      }
      const data = await canonicalDigest(forSigning);
      const at = new Date().toISOString();
      await recordSignature(
        {
          meetingId: meeting.id,
          boardId: board.id,
          at,
          fileName: signed.fileName,
          path: signed.path,
          fileSha256: signed.sha256,
          meetingSha256: data.sha256,
          meetingJson: data.json,
          signerName: identity.name,
          signerRole: identity.role,
          fingerprintSha256: identity.fingerprintSha256,
          reason: signing.choice.reason,
          version,
        },
        {
          meetingId: meeting.id,
          at,
          event: 'signed',
          by: identity.name,
          detail: `${signed.fileName} (SHA-256 ${signed.sha256})`,
          version,
        },
      );
      if (meeting.status !== 'signed') updateMeeting(meeting, { status: 'signed' });
      // The passphrase is asked for at each signature, so it is not kept on screen afterwards.
      signing.setPassphrase('');
      setOutcome({
        kind: 'done',
        text: `Signed by ${identity.name}: saved ${signed.fileName}. SHA-256 of the file: ${signed.sha256}.`,
      });
    } catch (error) {
      setOutcome({ kind: 'failed', text: errorText(error) });
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Sign the minutes</h2>
      {!canSign ? (
        <p className="panel__hint">
          {meeting.status === 'locked'
            ? 'The minutes are locked: this version takes no more signatures. Reopen them to correct and sign them again.'
            : 'Minutes can be signed once their approval is recorded.'}
        </p>
      ) : (
        <>
          <p className="panel__hint">
            Exports the approved minutes as formal minutes with a sign-off naming you, your role,
            today’s date and your certificate’s fingerprint, asking once where to save them, then
            signs them and saves the signed copy beside them.
          </p>
          <SigningFields signing={signing} />
          <div className="inline-inputs">
            <button
              type="button"
              className="button"
              disabled={!signing.choice.identity || outcome.kind === 'busy'}
              onClick={() => void exportAndSign()}
            >
              Export for signing and sign…
            </button>
          </div>
        </>
      )}
      <div aria-live="polite">
        {outcome.kind === 'busy' && <p>Exporting and signing…</p>}
        {outcome.kind === 'done' && <p className="notice notice--info">{outcome.text}</p>}
      </div>
      {outcome.kind === 'failed' && (
        <p className="notice notice--error" role="alert">
          {outcome.text}
        </p>
      )}
    </section>
  );
}

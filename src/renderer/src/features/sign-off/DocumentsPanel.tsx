import { useId, useMemo, useState } from 'react';
import type { VerificationReport } from '@shared/ipc/signing-schemas';
import {
  membersInOfficeOn,
  membersWhoSignedByCertificate,
  todayIso,
  type Board,
  type KnownCertificate,
} from '@shared/model';
import {
  selectBoardMeetings,
  selectBoardMembers,
  useIdentitiesStore,
  useMeetingsStore,
  useMembersStore,
  useSignOffStore,
} from '../../stores';
import type { ArchiveCheck } from '../../stores/sign-off-store';
import { signBoardDocument, verifyDocument } from '../../workflows';
import { SigningFields, signingRequest, useSigningChoice } from './SigningFields';
import { VerificationTable } from './VerificationTable';
import { countingDate, signedCountText } from './signed-count';
import { errorMessage } from '@shared/error-message';
import { DateInput } from '../../components/DateInput';

interface Checked {
  fileName: string;
  report: VerificationReport;
  archive: ArchiveCheck;
}

/** Any board document, not only minutes: sign a .docx, or check who has signed one. */
export function DocumentsPanel({ board }: { board: Board }) {
  const signing = useSigningChoice();
  const members = useMembersStore(useMemo(() => selectBoardMembers(board.id), [board.id]));
  const meetings = useMeetingsStore(useMemo(() => selectBoardMeetings(board.id), [board.id]));
  const checkAgainstArchive = useSignOffStore((state) => state.checkAgainstArchive);
  const identities = useIdentitiesStore((state) => state.identities);
  const [signMessage, setSignMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [checkError, setCheckError] = useState<string | null>(null);
  const [checked, setChecked] = useState<Checked | null>(null);
  // Who counts as "the board" depends on the day: the register keeps members whose term ended.
  const [onDate, setOnDate] = useState(todayIso());
  const headingId = useId();
  const dateId = useId();
  const inOffice = membersInOfficeOn(members, onDate || todayIso());

  async function signAnother() {
    const { identity } = signing.choice;
    if (!identity) return;
    setSignMessage(null);
    try {
      const signed = await signBoardDocument(board, {
        identity,
        request: signingRequest(signing.choice, identity),
        reason: signing.choice.reason,
      });
      if (signed.status === 'cancelled') return;
      signing.setPassphrase('');
      // Only the latest answer is shown: an earlier check's table would read as this file's.
      setChecked(null);
      setCheckError(null);
      setSignMessage({
        error: false,
        text: `Signed by ${identity.name}: saved ${signed.fileName} with ${signed.signatureCount} signature${signed.signatureCount === 1 ? '' : 's'}.`,
      });
    } catch (error) {
      setSignMessage({ error: true, text: errorMessage(error) });
    }
  }

  async function check() {
    setCheckError(null);
    try {
      const result = await verifyDocument();
      if (result.status === 'cancelled') return;
      // Likewise, "Signed by …" from an earlier signing would read as this check's answer.
      setSignMessage(null);
      const archive = await checkAgainstArchive(result.report.fileSha256);
      const meetingId = archive.matches[0]?.meetingId;
      const meeting = meetings.find((each) => each.id === meetingId);
      setOnDate((current) =>
        countingDate(meeting?.date ?? null, result.report.signatures, current || todayIso()),
      );
      setChecked({ fileName: result.fileName, report: result.report, archive });
    } catch (error) {
      setChecked(null);
      setCheckError(errorMessage(error));
    }
  }

  // The certificates the archive knows: identities made or imported here, and those it recorded signing.
  const known: KnownCertificate[] = [
    ...identities.map((each) => ({ name: each.name, fingerprintSha256: each.fingerprintSha256 })),
    ...(checked?.archive.signatures ?? []).map((each) => ({
      name: each.signerName,
      fingerprintSha256: each.fingerprintSha256,
    })),
  ];

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Board documents</h2>
      <p className="panel__hint">
        Sign any Word document of the board, such as its terms of reference, or check the signatures
        on one.
      </p>
      <SigningFields signing={signing} />
      <div className="inline-inputs">
        <button
          type="button"
          className="button button--secondary"
          disabled={!signing.choice.identity}
          onClick={() => void signAnother()}
        >
          Sign another document…
        </button>
        <button type="button" className="button button--secondary" onClick={() => void check()}>
          Check a document’s signatures…
        </button>
      </div>
      {signMessage &&
        (signMessage.error ? (
          <p className="notice notice--error" role="alert">
            {signMessage.text}
          </p>
        ) : (
          <p className="notice notice--info" role="status">
            {signMessage.text}
          </p>
        ))}
      {checkError && (
        <p className="notice notice--error" role="alert">
          {checkError}
        </p>
      )}
      {checked && (
        <div className="subpanel" aria-live="polite">
          <VerificationTable
            fileName={checked.fileName}
            report={checked.report}
            archive={checked.archive}
            known={known}
          />
          <div className="inline-inputs">
            <label htmlFor={dateId}>Members in office on</label>
            <DateInput id={dateId} value={onDate} onChange={setOnDate} />
          </div>
          <p>
            <strong>
              {signedCountText(
                membersWhoSignedByCertificate(checked.report.signatures, inOffice, known),
                inOffice.length,
                onDate || todayIso(),
              )}
            </strong>{' '}
            (valid signatures made with a certificate this archive knows for a member; each member
            counts once).
          </p>
        </div>
      )}
    </section>
  );
}

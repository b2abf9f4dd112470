import type { VerificationReport } from '@shared/ipc/signing-schemas';
import {
  signatureRecordFor,
  signerStanding,
  standingText,
  type KnownCertificate,
  type SignatureRecord,
} from '@shared/model';
import type { ArchiveCheck } from '../../stores/sign-off-store';
import { formatTime } from './format';

function recordText(record: SignatureRecord, sameFile: boolean): string {
  const which = record.meetingId ? `, version ${record.version}` : '';
  return sameFile
    ? `Matches the record of ${formatTime(record.at)}${which}`
    : `Matches the record of ${formatTime(record.at)}${which}, made on another copy (${record.fileName}) before later signatures were added`;
}

/**
 * Each signature on a document: who (with the certificate's fingerprint, and whether the archive
 * knows that certificate for them), when, whether it holds, and whether the archive recorded it.
 */
export function VerificationTable({
  fileName,
  report,
  archive,
  known,
}: {
  fileName: string;
  report: VerificationReport;
  archive: ArchiveCheck;
  known: readonly KnownCertificate[];
}) {
  return (
    <>
      {report.packageProblems.length > 0 && (
        <p className="notice notice--error" role="alert">
          This file cannot be relied on: its package is ambiguous (
          {report.packageProblems.join('; ')}). Two programs could show different content from it,
          so none of its signatures is valid.
        </p>
      )}
      {archive.matches.length > 0 ? (
        <div>
          <p>
            {fileName} is a file recorded in the archive (SHA-256 {report.fileSha256}):
          </p>
          <ul aria-label="Archive records of this file">
            {archive.matches.map((match, index) => (
              <li key={`${match.kind}-${index}`}>{match.text}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          No record in the archive matches {fileName} (SHA-256 {report.fileSha256}).
        </p>
      )}
      <div className="table-wrap">
        <table>
          <caption>Signatures on {fileName}</caption>
          <thead>
            <tr>
              <th scope="col">Signer</th>
              <th scope="col">Signed</th>
              <th scope="col">Signature</th>
              <th scope="col">Changed since signing</th>
              <th scope="col">Archive record</th>
            </tr>
          </thead>
          <tbody>
            {report.signatures.length === 0 ? (
              <tr>
                <td colSpan={5}>This document has no digital signatures.</td>
              </tr>
            ) : (
              report.signatures.map((signature) => {
                const found = signatureRecordFor(
                  {
                    fingerprintSha256: signature.certificate?.fingerprintSha256,
                    signingTime: signature.signingTime,
                    valid: signature.valid,
                  },
                  report.fileSha256,
                  archive.signatures,
                );
                return (
                  <tr key={signature.part}>
                    <th scope="row">
                      {signature.signer.commonName}
                      {signature.signer.role && `, ${signature.signer.role}`}
                      {signature.certificate && (
                        <>
                          <br />
                          <span className="verification__certificate">
                            Certificate SHA-256{' '}
                            <code className="fingerprint">
                              {signature.certificate.fingerprintSha256}
                            </code>
                          </span>
                          <br />
                          <span className="verification__standing">
                            {standingText(signerStanding(signature, known))}
                          </span>
                        </>
                      )}
                    </th>
                    <td>{signature.signingTime ? formatTime(signature.signingTime) : 'Unknown'}</td>
                    <td>{signature.statement}</td>
                    <td>{signature.documentChanged ? 'Yes' : 'No'}</td>
                    <td>
                      {found ? recordText(found.record, found.sameFile) : 'No matching record'}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}

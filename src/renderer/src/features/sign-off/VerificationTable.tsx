import type { VerificationReport } from '../../../../shared/ipc/signing-schemas';
import type { SignatureRecord } from '../../../../shared/model';
import { formatTime } from './format';

/** Each signature on a document: who, when, whether it holds, and whether the archive knows the file. */
export function VerificationTable({
  fileName,
  report,
  archive,
}: {
  fileName: string;
  report: VerificationReport;
  archive: readonly SignatureRecord[];
}) {
  const recordFor = (fingerprint: string | undefined) =>
    archive.find((record) => record.fingerprintSha256 === fingerprint);
  return (
    <>
      <p>
        {archive.length > 0
          ? `${fileName} is a file recorded in the archive (SHA-256 ${report.fileSha256}).`
          : `No record in the archive matches ${fileName} (SHA-256 ${report.fileSha256}).`}
      </p>
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
                const record = recordFor(signature.certificate?.fingerprintSha256);
                return (
                  <tr key={signature.part}>
                    <th scope="row">
                      {signature.signer.commonName}
                      {signature.signer.role && `, ${signature.signer.role}`}
                    </th>
                    <td>{signature.signingTime ? formatTime(signature.signingTime) : 'Unknown'}</td>
                    <td>
                      {signature.valid ? 'Valid' : 'Not valid'}
                      {signature.problems.length > 0 && `: ${signature.problems.join('; ')}`}
                    </td>
                    <td>{signature.documentChanged ? 'Yes' : 'No'}</td>
                    <td>
                      {record
                        ? `Matches the record of ${formatTime(record.at)}${record.meetingSha256 ? `, version ${record.version}` : ''}`
                        : 'No matching record'}
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

import { useState } from 'react';
import { type MeetingVersion, type SignatureRecord } from '@shared/model';
import { saveVersionFile } from '../../workflows';
import { MEETING_STATUS_LABEL } from '../meetings';
import { formatTime } from './format';
import { errorMessage } from '@shared/error-message';

/**
 * Earlier versions frozen when the minutes were reopened, and the signatures made on each: the
 * hashes let anyone check a signed copy against the data it was signed from.
 */
export function VersionArchive({
  versions,
  signatures,
}: {
  versions: readonly MeetingVersion[];
  signatures: readonly SignatureRecord[];
}) {
  const [message, setMessage] = useState<string | null>(null);
  const signersOf = (version: MeetingVersion) => [
    ...new Set(
      signatures
        .filter((each) => each.meetingSha256 === version.sha256)
        .map((each) => each.signerName),
    ),
  ];

  async function save(version: MeetingVersion) {
    setMessage(null);
    try {
      const result = await saveVersionFile(version);
      if (result.status === 'saved')
        setMessage(`Saved version ${version.version} as ${result.fileName}.`);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  }

  return (
    <>
      <div className="table-wrap">
        <table>
          <caption>Signatures recorded</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Signer</th>
              <th scope="col">Version</th>
              <th scope="col">File</th>
              <th scope="col">SHA-256 of the file and of the meeting data</th>
            </tr>
          </thead>
          <tbody>
            {signatures.length === 0 ? (
              <tr>
                <td colSpan={5}>No signatures yet.</td>
              </tr>
            ) : (
              [...signatures].reverse().map((signature) => (
                <tr key={signature.id}>
                  <td className="nowrap">{formatTime(signature.at)}</td>
                  <th scope="row">
                    {signature.signerName}
                    {signature.signerRole && `, ${signature.signerRole}`}
                  </th>
                  <td>{signature.version}</td>
                  <td className="wrap-anywhere">{signature.fileName}</td>
                  <td>
                    <code className="fingerprint">File {signature.fileSha256}</code>
                    <br />
                    <code className="fingerprint">Data {signature.meetingSha256}</code>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {versions.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>Earlier versions</caption>
            <thead>
              <tr>
                <th scope="col">Version</th>
                <th scope="col">Status</th>
                <th scope="col">Frozen</th>
                <th scope="col">SHA-256 of the meeting data</th>
                <th scope="col">
                  <span className="visually-hidden">Save</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...versions].reverse().map((version) => (
                <tr key={version.id}>
                  <th scope="row">Version {version.version}</th>
                  <td>{MEETING_STATUS_LABEL[version.status]}</td>
                  <td className="nowrap">{formatTime(version.frozenAt)}</td>
                  <td>
                    <code className="fingerprint">{version.sha256}</code>
                    {signersOf(version).length > 0 && (
                      <>
                        <br />
                        The data signed by {signersOf(version).join(' and ')}
                      </>
                    )}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => void save(version)}
                    >
                      Save version {version.version} as a meeting file…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {message && <p aria-live="polite">{message}</p>}
    </>
  );
}

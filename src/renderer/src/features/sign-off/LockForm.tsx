import { useEffect, useId, useState, type FormEvent } from 'react';
import {
  defaultSignatories,
  recordToLock,
  unsignedSignatories,
  type Board,
  type Meeting,
  type SignatureRecord,
} from '@shared/model';
import { TextField } from '../../components/TextField';
import { currentMeetingFile, lockMinutes } from '../../workflows';
import { useMembersInOffice } from '../meetings';
import { Digest } from './Digest';
import { errorMessage } from '@shared/error-message';

/**
 * Closes the signing of this version: the archive fixes the last signed file and the data it was
 * signed from, and the audit trail says who locked it. Until then more members can sign.
 */
export function LockForm({
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
  const people = useMembersInOffice(meeting);
  const [intended, setIntended] = useState<readonly { name: string }[] | null>(null);
  const [by, setBy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const record = recordToLock(signatures, version);

  useEffect(() => {
    let current = true;
    currentMeetingFile(board, meeting)
      .then((file) => {
        const named = file.signatories ?? [];
        if (current)
          setIntended(named.length > 0 ? named : defaultSignatories(file.attendance ?? []));
      })
      .catch(() => {
        if (current) setIntended([]);
      });
    return () => {
      current = false;
    };
  }, [board, meeting]);

  const waitingFor = intended ? unsignedSignatories(intended, signatures, version) : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!record) return;
    if (!by.trim()) {
      setError('Say who is locking the minutes: it goes in the audit trail.');
      return;
    }
    setError(null);
    try {
      await lockMinutes(meeting, record, by.trim());
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  if (!record) return null;
  return (
    <form className="subpanel" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>Lock minutes</h3>
      <p className="panel__hint">
        {waitingFor.length > 0
          ? `Still to sign: ${waitingFor.join(', ')}. Lock the minutes once everyone who is to sign has signed.`
          : 'Everyone who is to sign has signed. Locking fixes the signed file and its data as the board’s record of this version.'}
      </p>
      <ul className="plain-list">
        <li>
          Signed file: {record.fileName} <Digest label="SHA-256" value={record.fileSha256} />
        </li>
        <li>
          Meeting data signed <Digest label="SHA-256" value={record.meetingSha256} />
        </li>
      </ul>
      <div className="form-grid">
        <TextField
          label="Locked by"
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
        <button type="submit" className="button">
          Lock minutes
        </button>
      </div>
    </form>
  );
}

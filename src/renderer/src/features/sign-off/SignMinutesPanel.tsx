import { useId, useState } from 'react';
import { canTake, type Board, type Meeting } from '@shared/model';
import { signMinutes } from '../../workflows';
import { SigningFields, signingRequest, useSigningChoice } from './SigningFields';
import { errorMessage } from '@shared/error-message';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' | 'failed'; text: string };

/**
 * Exports the approved minutes as formal minutes with a sign-off block naming the Chair, signs that
 * exact file and records the signature with the SHA-256 of the file and of the meeting's data.
 */
export function SignMinutesPanel({ board, meeting }: { board: Board; meeting: Meeting }) {
  const signing = useSigningChoice();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const headingId = useId();
  const canSign = canTake('sign', meeting.status);

  async function exportAndSign() {
    const { identity } = signing.choice;
    if (!identity) return;
    setOutcome({ kind: 'busy' });
    try {
      const result = await signMinutes(board, meeting, {
        identity,
        request: signingRequest(signing.choice, identity),
        reason: signing.choice.reason,
      });
      if (result.status === 'cancelled') {
        setOutcome({ kind: 'idle' });
        return;
      }
      if (result.status === 'exported') {
        setOutcome({
          kind: 'done',
          text: `Exported ${result.fileName}; the signed copy was not saved.`,
        });
        return;
      }
      // The passphrase is asked for at each signature, so it is not kept on screen afterwards.
      signing.setPassphrase('');
      setOutcome({
        kind: 'done',
        text: `Signed by ${identity.name}: saved ${result.fileName}. SHA-256 of the file: ${result.sha256}.`,
      });
    } catch (error) {
      setOutcome({ kind: 'failed', text: errorMessage(error) });
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

import { useState } from 'react';
import {
  registerDocument,
  type Board,
  type Interest,
  type InterestConfirmation,
  type IsoDate,
  type Member,
} from '@shared/model';
import { exportInterestsRegister } from '../../workflows';
import { errorMessage } from '@shared/error-message';

type Outcome = { kind: 'idle' | 'busy' } | { kind: 'saved' | 'failed'; text: string };

/** The register in Word: the full one for the board, or the public one for publication. */
export function ExportRegisterButtons(props: {
  board: Board;
  members: readonly Member[];
  interests: readonly Interest[];
  confirmations: readonly InterestConfirmation[];
  asOf: IsoDate;
}) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function save(audience: 'internal' | 'public') {
    setOutcome({ kind: 'busy' });
    const register = registerDocument(
      props.board.name.trim() || 'Untitled board',
      props.members,
      props.interests,
      props.confirmations,
      props.asOf,
      audience,
    );
    try {
      const result = await exportInterestsRegister({ register });
      setOutcome(
        result.status === 'cancelled'
          ? { kind: 'idle' }
          : {
              kind: 'saved',
              text: `Saved ${result.fileName} in ${result.path.slice(0, -result.fileName.length - 1)}.`,
            },
      );
    } catch (error) {
      setOutcome({
        kind: 'failed',
        text: `The register was not saved: ${errorMessage(error)}`,
      });
    }
  }

  const busy = outcome.kind === 'busy';
  return (
    <div className="records-export">
      <div className="inline-inputs">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void save('public')}
        >
          Export for publication
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void save('internal')}
        >
          Export full register
        </button>
      </div>
      <div role="status">
        {outcome.kind === 'saved' && <p className="notice notice--info">{outcome.text}</p>}
      </div>
      {outcome.kind === 'failed' && (
        <p role="alert" className="notice notice--error">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

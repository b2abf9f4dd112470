import { useId, useState } from 'react';
import { DEFAULT_SIGNING_REASON, type SigningIdentity } from '@shared/ipc/signing-schemas';
import { TextField } from '../../components/TextField';
import { useIdentitiesStore } from '../../stores';

export interface SigningChoice {
  identity: SigningIdentity | null;
  reason: string;
  passphrase: string;
}

/** Who signs, with what commitment, and the passphrase when their key is locked with one. */
export function useSigningChoice() {
  const identities = useIdentitiesStore((state) => state.identities);
  const [identityId, setIdentityId] = useState('');
  const [reason, setReason] = useState(DEFAULT_SIGNING_REASON);
  const [passphrase, setPassphrase] = useState('');
  const usable = identities.filter((identity) => !identity.expired);
  const identity = usable.find((each) => each.id === identityId) ?? usable[0] ?? null;
  return {
    choice: { identity, reason, passphrase } satisfies SigningChoice,
    usable,
    setIdentityId,
    setReason,
    setPassphrase,
  };
}

export function SigningFields({ signing }: { signing: ReturnType<typeof useSigningChoice> }) {
  const selectId = useId();
  const { choice, usable } = signing;
  if (usable.length === 0)
    return <p className="panel__hint">Create or import a signing identity first.</p>;
  return (
    <div className="form-grid">
      <div className="field">
        <label className="field__label" htmlFor={selectId}>
          Sign as
        </label>
        <select
          id={selectId}
          value={choice.identity?.id ?? ''}
          onChange={(event) => signing.setIdentityId(event.target.value)}
        >
          {usable.map((identity) => (
            <option key={identity.id} value={identity.id}>
              {identity.name}
              {identity.role ? `, ${identity.role}` : ''}
            </option>
          ))}
        </select>
      </div>
      <TextField label="Purpose of signing" value={choice.reason} onChange={signing.setReason} />
      {choice.identity?.needsPassphrase && (
        <TextField
          label="Passphrase of the signing key"
          type="password"
          value={choice.passphrase}
          onChange={signing.setPassphrase}
          autoComplete="current-password"
        />
      )}
    </div>
  );
}

/** The signDocument fields for a choice, leaving the passphrase out when the key needs none. */
export function signingRequest(choice: SigningChoice, identity: SigningIdentity) {
  return {
    identityId: identity.id,
    reason: choice.reason.trim() || DEFAULT_SIGNING_REASON,
    ...(identity.needsPassphrase ? { passphrase: choice.passphrase } : {}),
  };
}

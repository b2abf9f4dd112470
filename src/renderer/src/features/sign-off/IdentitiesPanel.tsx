import { useEffect, useId, useState, type FormEvent } from 'react';
import { TextField } from '../../components/TextField';
import { useIdentitiesStore } from '../../stores';
import { formatTime } from './format';
import { errorMessage } from '@shared/error-message';

/** The signing identities on this computer, each with the fingerprint its owner reads out. */
export function IdentitiesPanel() {
  const identities = useIdentitiesStore((state) => state.identities);
  const loaded = useIdentitiesStore((state) => state.loaded);
  const load = useIdentitiesStore((state) => state.load);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  useEffect(() => {
    load().catch((failure: unknown) => setError(errorMessage(failure)));
  }, [load]);

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Signing identities</h2>
      <p className="panel__hint">
        A certificate and private key for each member who signs. The certificate is self-signed, so
        a signer confirms it is theirs by reading out its fingerprint.
      </p>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {!loaded ? (
        <p role="status">Reading identities…</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption>Identities on this computer</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Role and organisation</th>
                <th scope="col">Valid until</th>
                <th scope="col">Certificate fingerprint (SHA-256)</th>
              </tr>
            </thead>
            <tbody>
              {identities.length === 0 ? (
                <tr>
                  <td colSpan={4}>No identities yet. Create one or import a .p12 file.</td>
                </tr>
              ) : (
                identities.map((identity) => (
                  <tr key={identity.id}>
                    <th scope="row">{identity.name}</th>
                    <td>{[identity.role, identity.organisation].filter(Boolean).join(', ')}</td>
                    <td>
                      {formatTime(identity.notAfter)}
                      {identity.expired && ' (expired)'}
                    </td>
                    <td>
                      <code className="fingerprint">{identity.fingerprintSha256}</code>
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      )}
      <CreateIdentityForm />
      <ImportIdentityForm />
    </section>
  );
}

function CreateIdentityForm() {
  const create = useIdentitiesStore((state) => state.create);
  const needsPassphrase = useIdentitiesStore((state) => state.keyProtection === 'passphrase');
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setMessage({ error: true, text: 'Give the name of the person who will sign.' });
      return;
    }
    if (needsPassphrase && (passphrase.length < 8 || passphrase !== confirmation)) {
      setMessage({
        error: true,
        text: 'Choose a passphrase of at least 8 characters and type it twice the same.',
      });
      return;
    }
    setBusy(true);
    try {
      const identity = await create({
        name: name.trim(),
        role: role.trim(),
        organisation: organisation.trim(),
        ...(needsPassphrase ? { passphrase } : {}),
      });
      setMessage({ error: false, text: `Created an identity for ${identity.name}.` });
      setName('');
      setRole('');
      setOrganisation('');
      setPassphrase('');
      setConfirmation('');
    } catch (failure) {
      setMessage({ error: true, text: errorMessage(failure) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="subpanel" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>Create an identity</h3>
      <div className="form-grid">
        <TextField label="Signer’s name" value={name} onChange={setName} autoComplete="off" />
        <TextField label="Signer’s role" value={role} onChange={setRole} autoComplete="off" />
        <TextField
          label="Organisation"
          value={organisation}
          onChange={setOrganisation}
          autoComplete="off"
        />
        {needsPassphrase && (
          <>
            <TextField
              label="Passphrase"
              type="password"
              hint="This computer has no key store: the key is locked with this passphrase, asked for at each signature."
              value={passphrase}
              onChange={setPassphrase}
              autoComplete="new-password"
            />
            <TextField
              label="Passphrase again"
              type="password"
              value={confirmation}
              onChange={setConfirmation}
              autoComplete="new-password"
            />
          </>
        )}
      </div>
      <div className="inline-inputs">
        <button type="submit" className="button" disabled={busy}>
          Create identity
        </button>
      </div>
      {message &&
        (message.error ? (
          <p className="notice notice--error" role="alert">
            {message.text}
          </p>
        ) : (
          <p className="notice notice--info" role="status">
            {message.text}
          </p>
        ))}
    </form>
  );
}

function ImportIdentityForm() {
  const importFile = useIdentitiesStore((state) => state.importFile);
  const [passphrase, setPassphrase] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    try {
      const identity = await importFile(passphrase);
      if (identity)
        setMessage({ error: false, text: `Imported the identity of ${identity.name}.` });
      setPassphrase('');
    } catch (failure) {
      setMessage({ error: true, text: errorMessage(failure) });
    }
  }

  return (
    <form className="subpanel" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <h3 id={headingId}>Import an identity</h3>
      <div className="inline-inputs">
        <TextField
          label="Passphrase of the .p12 file"
          type="password"
          value={passphrase}
          onChange={setPassphrase}
          autoComplete="off"
        />
        <button type="submit" className="button button--secondary">
          Import a .p12 or .pfx…
        </button>
      </div>
      {message &&
        (message.error ? (
          <p className="notice notice--error" role="alert">
            {message.text}
          </p>
        ) : (
          <p className="notice notice--info" role="status">
            {message.text}
          </p>
        ))}
    </form>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { TextField } from '../../components/TextField';
import { formalName, type Meeting, type Member } from '@shared/model';
import { useMinutesStore } from '../../stores';
import { AddDeclarationToRegister } from '../interests';
import { StandingInterests } from '../interests';

export function DeclarationsPanel({
  members,
  meeting,
}: {
  members: readonly Member[];
  meeting: Meeting;
}) {
  const declarations = useMinutesStore((state) => state.declarations);
  const items = useMinutesStore((state) => state.items);
  const addDeclaration = useMinutesStore((state) => state.addDeclaration);
  const removeDeclaration = useMinutesStore((state) => state.removeDeclaration);
  const [memberId, setMemberId] = useState('');
  const [itemId, setItemId] = useState('');
  const [interest, setInterest] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const memberField = useId();
  const itemField = useId();
  const nameOf = (id: string) => {
    const member = members.find((each) => each.id === id);
    return member ? formalName(member) : 'A former member';
  };
  const itemLabel = (id: string) => {
    const index = items.findIndex((item) => item.id === id);
    return index >= 0 ? `Item ${index + 1}: ${items[index]?.title ?? ''}` : 'General';
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!memberId || !interest.trim()) {
      setError('Choose the member and describe the interest.');
      return;
    }
    await addDeclaration(memberId, itemId, interest);
    setInterest('');
    setError(null);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Declarations of interest</h2>
      <StandingInterests meeting={meeting} />
      {declarations.length === 0 ? (
        <p className="panel__hint">No interests declared.</p>
      ) : (
        <ul className="plain-list">
          {declarations.map((declaration) => (
            <li key={declaration.id} className="inline-inputs">
              <span>
                <strong>{nameOf(declaration.memberId)}</strong>, {itemLabel(declaration.itemId)}:{' '}
                {declaration.interest}
              </span>
              <AddDeclarationToRegister meeting={meeting} declaration={declaration} />
              <button
                type="button"
                className="button button--danger button--small"
                onClick={() => void removeDeclaration(declaration.id)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form-grid"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label="Record a declaration"
      >
        <div className="field">
          <label className="field__label" htmlFor={memberField}>
            Member declaring
          </label>
          <select
            id={memberField}
            value={memberId}
            onChange={(event) => setMemberId(event.target.value)}
          >
            <option value="">Choose a member</option>
            {members.map((member) => (
              <option key={member.id} value={member.id}>
                {formalName(member)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={itemField}>
            Item concerned
          </label>
          <select id={itemField} value={itemId} onChange={(event) => setItemId(event.target.value)}>
            <option value="">General (no single item)</option>
            {items.map((item, index) => (
              <option key={item.id} value={item.id}>
                Item {index + 1}: {item.title}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Nature of the interest"
          value={interest}
          onChange={setInterest}
          error={error}
        />
        <div className="field field--action">
          <button type="submit" className="button button--secondary">
            Record declaration
          </button>
        </div>
      </form>
    </section>
  );
}

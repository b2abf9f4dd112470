import { useId, useState, type FormEvent } from 'react';
import { TextField } from '../../components/TextField';
import { useMinutesStore } from '../../stores';

/** People "in attendance": guests and officers who are not members of the board. */
export function GuestsPanel() {
  const attendance = useMinutesStore((state) => state.attendance);
  const items = useMinutesStore((state) => state.items);
  const addGuest = useMinutesStore((state) => state.addGuest);
  const updateAttendance = useMinutesStore((state) => state.updateAttendance);
  const removeAttendance = useMinutesStore((state) => state.removeAttendance);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [role, setRole] = useState('');
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const guests = attendance.filter((record) => record.memberId === '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Enter the guest’s name.');
      return;
    }
    await addGuest(name, organisation, role);
    setName('');
    setOrganisation('');
    setRole('');
    setError(null);
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>In attendance</h2>
      {guests.length > 0 && (
        <ul className="plain-list">
          {guests.map((guest) => (
            <li key={guest.id} className="guest">
              <div>
                <strong>{guest.guestName}</strong>
                {guest.guestOrganisation && ` – ${guest.guestOrganisation}`}
                {guest.guestRole && ` (${guest.guestRole})`}
              </div>
              <fieldset>
                <legend className="visually-hidden">Items {guest.guestName} attended</legend>
                <div className="inline-inputs">
                  <span className="panel__hint">Attended:</span>
                  {items.map((item, index) => (
                    <label key={item.id} className="choice">
                      <input
                        type="checkbox"
                        checked={guest.itemIds.includes(item.id)}
                        onChange={(event) =>
                          updateAttendance(guest.id, {
                            itemIds: event.target.checked
                              ? [...guest.itemIds, item.id]
                              : guest.itemIds.filter((id) => id !== item.id),
                          })
                        }
                      />
                      Item {index + 1}
                    </label>
                  ))}
                  <span className="panel__hint">
                    {guest.itemIds.length === 0 ? '(the whole meeting)' : ''}
                  </span>
                </div>
              </fieldset>
              <button
                type="button"
                className="button button--danger button--small"
                onClick={() => void removeAttendance(guest.id)}
              >
                Remove {guest.guestName}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form-grid"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-label="Add a guest"
      >
        <TextField label="Guest’s name" value={name} onChange={setName} error={error} />
        <TextField label="Guest’s organisation" value={organisation} onChange={setOrganisation} />
        <TextField
          label="Attending as"
          value={role}
          onChange={setRole}
          hint="e.g. Presenter, Observer"
        />
        <div className="field field--action">
          <button type="submit" className="button button--secondary">
            Add guest
          </button>
        </div>
      </form>
    </section>
  );
}

import { useId } from 'react';
import {
  MEMBER_ROLES,
  isMemberPlace,
  placeOf,
  type ProposedPerson,
  type RegisterPlace,
} from '@shared/model';
import { useImportStore } from '../../stores';
import type { NewBoardRegister } from '@shared/import/register-proposal';

const PLACE_LABEL: Record<RegisterPlace, string> = {
  Chair: 'Member: Chair',
  'Vice-Chair': 'Member: Vice-Chair',
  Member: 'Member',
  Secretary: 'Member: Secretary',
  Observer: 'Member: Observer',
  guest: 'Guest, not in the register',
  'leave-out': 'Left out',
};

const PLACES: readonly RegisterPlace[] = [...MEMBER_ROLES, 'guest'];

function seenAs(person: ProposedPerson): string {
  return [person.organisation, person.seat].filter(Boolean).join(', ');
}

/**
 * The register a new board will be created with, from the people its minutes name: members (those
 * present, sending apologies or absent, the Chair marked) and guests (those in attendance). Each
 * can be left out or put in another place before anything is saved.
 */
export function RegisterProposal({ board }: { board: NewBoardRegister }) {
  const choices = useImportStore((state) => state.registerChoices[board.key]) ?? {};
  const setPlace = useImportStore((state) => state.setRegisterPlace);
  const headingId = useId();
  const members = board.people.filter((person) => isMemberPlace(placeOf(person, choices))).length;

  return (
    <section className="subpanel import-register" aria-labelledby={headingId}>
      <h3 id={headingId}>Register of the new board {board.name}</h3>
      <p className="panel__hint">
        {members === 1 ? '1 member' : `${members} members`} will be added to the register, in office
        from the first meeting imported. Guests stay in the minutes as in attendance. Untick anyone
        to leave them out of the register, or choose another place.
      </p>
      <div className="table-wrap">
        <table className="import-register__table">
          <thead>
            <tr>
              <th scope="col">Add</th>
              <th scope="col">Name</th>
              <th scope="col">As in the minutes</th>
              <th scope="col">Place</th>
            </tr>
          </thead>
          <tbody>
            {board.people.map((person) => {
              const place = placeOf(person, choices);
              const name = [person.title, person.fullName, person.postNominals]
                .filter(Boolean)
                .join(' ');
              return (
                <tr key={person.key}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Add ${person.fullName} to the register`}
                      checked={isMemberPlace(place)}
                      onChange={(event) =>
                        setPlace(
                          board.name,
                          person.key,
                          // Unticked, they stay in the minutes as a guest; ticked, a member.
                          event.target.checked
                            ? isMemberPlace(person.proposed)
                              ? person.proposed
                              : 'Member'
                            : 'guest',
                        )
                      }
                    />
                  </td>
                  <th scope="row" className="wrap-anywhere">
                    {name}
                  </th>
                  <td className="import-register__seen">{seenAs(person) || '—'}</td>
                  <td>
                    <select
                      aria-label={`Place of ${person.fullName}`}
                      value={place}
                      onChange={(event) =>
                        setPlace(board.name, person.key, event.target.value as RegisterPlace)
                      }
                    >
                      {PLACES.map((each) => (
                        <option key={each} value={each}>
                          {PLACE_LABEL[each]}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

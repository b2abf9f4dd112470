import { formatShortDate, nameWithTitle, type IsoDate, type Member } from '@shared/model';
import { TermStatusBadge } from './TermStatusBadge';

interface MemberTableProps {
  members: readonly Member[];
  caption: string;
  statusOn: IsoDate;
  onEdit: (member: Member) => void;
}

/** The term, wrapping between its dates (never inside one) when the table is narrow. */
function TermText({ member }: { member: Member }) {
  const start = <span className="nowrap">{formatShortDate(member.termStart)}</span>;
  return member.termEnd ? (
    <>
      {start} – <span className="nowrap">{formatShortDate(member.termEnd)}</span>
    </>
  ) : (
    <>From {start}, no end date</>
  );
}

export function MemberTable({ members, caption, statusOn, onEdit }: MemberTableProps) {
  // A board that records no seats gets no empty column for them (and more room for the rest).
  const showSeats = members.some((member) => member.seat.trim());
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Organisation</th>
            <th scope="col">Role</th>
            {showSeats && <th scope="col">Seat</th>}
            <th scope="col">Term of office</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const name = nameWithTitle(member) || 'Unnamed member';
            return (
              <tr key={member.id}>
                <th scope="row" className="member-name">
                  {name}
                  {member.postNominals && (
                    <span className="member-letters">{member.postNominals}</span>
                  )}
                </th>
                <td>{member.organisation}</td>
                <td>
                  {member.role === 'Member' ? (
                    'Member'
                  ) : (
                    <span className="badge badge--role">{member.role}</span>
                  )}
                </td>
                {showSeats && <td>{member.seat}</td>}
                <td className="term">
                  <TermText member={member} />
                </td>
                <td>
                  <TermStatusBadge member={member} on={statusOn} />
                </td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Edit ${name}`}
                    onClick={() => onEdit(member)}
                  >
                    Edit
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

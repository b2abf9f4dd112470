import { formatShortDate, termStatusOn, type IsoDate, type Member } from '@shared/model';

export function TermStatusBadge({ member, on }: { member: Member; on: IsoDate }) {
  const status = termStatusOn(member, on);
  switch (status) {
    case 'in-office':
      return <span className="badge badge--in-office">In office</span>;
    case 'ended':
      return <span className="badge badge--ended">Term ended</span>;
    case 'not-started':
      return (
        <span className="badge badge--not-started">Starts {formatShortDate(member.termStart)}</span>
      );
  }
}

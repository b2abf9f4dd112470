import { useId } from 'react';
import { TextField } from '../../components/TextField';
import {
  DEFAULT_TERM_YEARS,
  MEMBER_ROLES,
  termEndAfterYears,
  type Member,
  type MemberChanges,
  type MemberRole,
} from '@shared/model';

const TITLES = ['Dr', 'Prof.', 'Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Sir', 'Dame', 'Rev.'];

interface MemberFieldsProps {
  member: Member;
  nameError: string | null;
  onChange: (changes: MemberChanges) => void;
}

/** The term end follows a new start date only while it is still the default one-year term. */
function termStartChanges(member: Member, termStart: string): MemberChanges {
  const followsDefault = member.termEnd === termEndAfterYears(member.termStart, DEFAULT_TERM_YEARS);
  return followsDefault && termStart
    ? { termStart, termEnd: termEndAfterYears(termStart, DEFAULT_TERM_YEARS) }
    : { termStart };
}

export function MemberFields({ member, nameError, onChange }: MemberFieldsProps) {
  const roleId = useId();
  const termError =
    member.termEnd && member.termStart && member.termEnd < member.termStart
      ? 'The term cannot end before it starts.'
      : null;
  return (
    <div className="form-grid">
      <TextField
        label="Title"
        value={member.title}
        onChange={(title) => onChange({ title })}
        suggestions={TITLES}
        hint="For example Dr or Prof."
      />
      <TextField
        label="Full name"
        value={member.fullName}
        onChange={(fullName) => onChange({ fullName })}
        error={nameError}
        required
        data-autofocus
      />
      <TextField
        label="Post-nominals"
        value={member.postNominals}
        onChange={(postNominals) => onChange({ postNominals })}
        hint="Letters after the name, e.g. PhD or MPhys MSc MIPEM"
      />
      <TextField
        className="form-grid--wide"
        label="Organisation"
        value={member.organisation}
        onChange={(organisation) => onChange({ organisation })}
      />
      <div className="field">
        <label className="field__label" htmlFor={roleId}>
          Role on the board
        </label>
        <select
          id={roleId}
          value={member.role}
          onChange={(event) => onChange({ role: event.target.value as MemberRole })}
        >
          {MEMBER_ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label="Seat"
        value={member.seat}
        onChange={(seat) => onChange({ seat })}
        hint="Optional, e.g. PCN representative"
      />
      <TextField
        label="Email (optional)"
        type="email"
        value={member.email}
        onChange={(email) => onChange({ email })}
        autoComplete="off"
      />
      <TextField
        label="Term starts"
        type="date"
        value={member.termStart}
        onChange={(termStart) => termStart && onChange(termStartChanges(member, termStart))}
        required
      />
      <TextField
        label="Term ends"
        type="date"
        value={member.termEnd}
        onChange={(termEnd) => onChange({ termEnd })}
        hint="Leave empty for a term with no fixed end. The default term is one year."
        error={termError}
      />
    </div>
  );
}

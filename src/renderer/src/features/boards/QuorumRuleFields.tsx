import { useId, useState } from 'react';
import { WholeNumberInput } from '../../components/WholeNumberInput';
import type { QuorumRule } from '@shared/model';

interface QuorumRuleFieldsProps {
  rule: QuorumRule;
  votingMembersInOffice: number;
  required: number;
  onChange: (rule: QuorumRule) => void;
}

export function QuorumRuleFields({
  rule,
  votingMembersInOffice,
  required,
  onChange,
}: QuorumRuleFieldsProps) {
  const id = useId();
  const summaryId = `${id}-summary`;
  const [error, setError] = useState<string | null>(null);
  const minimum = rule.kind === 'count' ? rule.minimum : Math.max(1, required);
  const fraction = rule.kind === 'fraction' ? rule : { numerator: 1, denominator: 2 };

  return (
    <fieldset className="form-grid--wide">
      <legend>Quorum</legend>
      <div className="field">
        <label className="choice">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={rule.kind === 'count'}
            onChange={() => onChange({ kind: 'count', minimum })}
          />
          A fixed number of members present
        </label>
        {rule.kind === 'count' && (
          <div className="inline-inputs">
            <span>At least</span>
            <WholeNumberInput
              label="Minimum members present"
              value={rule.minimum}
              onChange={(value) => onChange({ kind: 'count', minimum: value })}
              onInvalid={setError}
              describedBy={summaryId}
            />
            <span>members present</span>
          </div>
        )}
        <label className="choice">
          <input
            type="radio"
            name={`${id}-kind`}
            checked={rule.kind === 'fraction'}
            onChange={() => onChange({ kind: 'fraction', ...fraction })}
          />
          A fraction of the members in office
        </label>
        {rule.kind === 'fraction' && (
          <div className="inline-inputs">
            <span>At least</span>
            <WholeNumberInput
              label="Fraction numerator"
              value={rule.numerator}
              onChange={(value) => onChange({ ...rule, numerator: value })}
              onInvalid={setError}
              describedBy={summaryId}
            />
            <span>in every</span>
            <WholeNumberInput
              label="Fraction denominator"
              value={rule.denominator}
              onChange={(value) => onChange({ ...rule, denominator: value })}
              onInvalid={setError}
              describedBy={summaryId}
            />
            <span>members in office</span>
          </div>
        )}
        {error && <span className="field__error">{error}</span>}
        <p className="quorum-summary" id={summaryId}>
          Today {votingMembersInOffice} voting{' '}
          {votingMembersInOffice === 1 ? 'member is' : 'members are'} in office, so a meeting is
          quorate with <strong>{required}</strong> present. Secretaries and observers do not count
          towards quorum.
        </p>
      </div>
    </fieldset>
  );
}

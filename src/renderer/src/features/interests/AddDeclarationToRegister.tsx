import { useState } from 'react';
import {
  INTEREST_CATEGORIES,
  INTEREST_CATEGORY_WORDS,
  declarationInRegister,
  type Declaration,
  type InterestCategory,
  type Meeting,
} from '@shared/model';
import { useInterestsStore } from '../../stores';
import { useBoardInterests } from './use-board-interests';
import { errorMessage } from '@shared/error-message';

/**
 * A declaration made in the meeting goes into the register in one step: its words as the
 * description, the meeting's date as the date declared, the type and organisation chosen here.
 */
export function AddDeclarationToRegister({
  meeting,
  declaration,
}: {
  meeting: Meeting;
  declaration: Declaration;
}) {
  const { interests } = useBoardInterests(meeting.boardId);
  const addInterest = useInterestsStore((state) => state.addInterest);
  const [category, setCategory] = useState<InterestCategory>('non-financial-professional');
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState<string | null>(null);

  if (declarationInRegister(interests, declaration)) {
    return <span className="badge badge--in-office">In the register</span>;
  }

  async function add() {
    try {
      await addInterest({
        boardId: meeting.boardId,
        memberId: declaration.memberId,
        category,
        description: declaration.interest,
        organisation,
        declaredOn: meeting.date,
        declaredAtMeetingId: meeting.id,
      });
      setError(null);
    } catch (problem) {
      setError(errorMessage(problem));
    }
  }

  return (
    <span className="inline-inputs">
      <select
        aria-label={`Type of interest: ${declaration.interest}`}
        value={category}
        onChange={(event) => setCategory(event.target.value as InterestCategory)}
      >
        {INTEREST_CATEGORIES.map((each) => (
          <option key={each} value={each}>
            {INTEREST_CATEGORY_WORDS[each]}
          </option>
        ))}
      </select>
      <input
        type="text"
        aria-label={`Organisation: ${declaration.interest}`}
        placeholder="Organisation"
        value={organisation}
        onChange={(event) => setOrganisation(event.target.value)}
      />
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => void add()}
      >
        Add to register
      </button>
      {error && (
        <span role="alert" className="field__error">
          {error}
        </span>
      )}
    </span>
  );
}

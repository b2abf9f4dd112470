import { useId, useState, type FormEvent } from 'react';
import {
  INTEREST_CATEGORIES,
  INTEREST_CATEGORY_WORDS,
  formalName,
  isIsoDate,
  type InterestCategory,
  type IsoDate,
  type Member,
} from '@shared/model';
import { TextField } from '../../components/TextField';
import { useInterestsStore } from '../../stores';
import { errorMessage } from '@shared/error-message';
import { DateInput } from '../../components/DateInput';

/** A new entry in the register: whose, which of the four categories, what, in which organisation, since when. */
export function AddInterestForm({
  boardId,
  members,
  today,
}: {
  boardId: string;
  members: readonly Member[];
  today: IsoDate;
}) {
  const addInterest = useInterestsStore((state) => state.addInterest);
  const [memberId, setMemberId] = useState('');
  const [category, setCategory] = useState<InterestCategory>('financial');
  const [description, setDescription] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [declaredOn, setDeclaredOn] = useState<IsoDate>(today);
  const [publish, setPublish] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const memberField = useId();
  const categoryField = useId();
  const dateField = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!memberId) return setError('Choose the member declaring the interest.');
    if (!isIsoDate(declaredOn)) return setError('Enter the date the interest was declared.');
    try {
      await addInterest({
        boardId,
        memberId,
        category,
        description,
        organisation,
        declaredOn,
        publish,
      });
      setDescription('');
      setOrganisation('');
      setPublish(true);
      setError(null);
    } catch (problem) {
      setError(errorMessage(problem));
    }
  }

  return (
    <form
      className="form-grid records-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-label="Add an interest"
    >
      <div className="field">
        <label className="field__label" htmlFor={memberField}>
          Member
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
        <label className="field__label" htmlFor={categoryField}>
          Type of interest
        </label>
        <select
          id={categoryField}
          value={category}
          onChange={(event) => setCategory(event.target.value as InterestCategory)}
        >
          {INTEREST_CATEGORIES.map((each) => (
            <option key={each} value={each}>
              {INTEREST_CATEGORY_WORDS[each]}
            </option>
          ))}
        </select>
      </div>
      <TextField label="Description" value={description} onChange={setDescription} />
      <TextField label="Organisation" value={organisation} onChange={setOrganisation} />
      <div className="field">
        <label className="field__label" htmlFor={dateField}>
          Declared on
        </label>
        <DateInput id={dateField} value={declaredOn} onChange={setDeclaredOn} />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={publish}
          onChange={(event) => setPublish(event.target.checked)}
        />
        Publish in the public register
      </label>
      {error && (
        <p role="alert" className="field__error records-form__error">
          {error}
        </p>
      )}
      <div className="field field--action">
        <button type="submit" className="button button--secondary">
          Add to register
        </button>
      </div>
    </form>
  );
}

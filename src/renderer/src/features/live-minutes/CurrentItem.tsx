import type { ReactNode, RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formalName, type AgendaItemOutcome, type Meeting, type Member } from '@shared/model';
import { useMinutesStore } from '../../stores';
import { ItemRecords } from './ItemRecords';
import { PreviousMinutes } from '../sign-off';
import { StandingInterests } from '../interests';
import { MattersArising } from './MattersArising';
import { NotesEditor } from './NotesEditor';

interface CurrentItemProps {
  itemId: string;
  number: number;
  meeting: Meeting;
  people: readonly Member[];
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  readOnly: boolean;
  /** The focus-mode switch, shown beside the item's title. */
  focusToggle: ReactNode;
}

const OUTCOMES: Array<{ value: AgendaItemOutcome; label: string }> = [
  { value: 'pending', label: 'Not yet taken' },
  { value: 'taken', label: 'Taken' },
  { value: 'deferred', label: 'Deferred to the next meeting' },
];

export function CurrentItem({
  itemId,
  number,
  meeting,
  people,
  textareaRef,
  readOnly,
  focusToggle,
}: CurrentItemProps) {
  // Everything but the notes: the heading does not re-render as the minute-taker types.
  const item = useMinutesStore(
    useShallow((state) => {
      const found = state.items.find((each) => each.id === itemId);
      return {
        title: found?.title ?? '',
        presenter: found?.presenter ?? '',
        reference: found?.reference ?? '',
        isPrivate: found?.private ?? false,
        outcome: found?.outcome ?? 'pending',
        kind: found?.kind ?? 'standard',
      };
    }),
  );
  const allDeclarations = useMinutesStore((state) => state.declarations);
  const updateItem = useMinutesStore((state) => state.updateItem);
  const declarations = allDeclarations.filter((each) => each.itemId === itemId);
  const nameOf = (id: string) => {
    const member = people.find((person) => person.id === id);
    return member ? formalName(member) : 'A former member';
  };
  return (
    <section className="panel current-item" aria-labelledby={`item-heading-${itemId}`}>
      <div className="panel__header current-item__header">
        <div className="current-item__title">
          <h2 id={`item-heading-${itemId}`}>
            {number}. {item.title || 'Untitled item'}
          </h2>
          <p className="panel__hint">
            {[
              item.presenter && `Presented by ${item.presenter}`,
              item.reference,
              item.isPrivate && 'Taken in private',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <div className="inline-inputs current-item__controls">
          {focusToggle}
          <select
            aria-label={`Outcome of item ${number}`}
            value={item.outcome}
            disabled={readOnly}
            onChange={(event) =>
              updateItem(itemId, { outcome: event.target.value as AgendaItemOutcome })
            }
          >
            {OUTCOMES.map((outcome) => (
              <option key={outcome.value} value={outcome.value}>
                {outcome.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {declarations.length > 0 && (
        <div className="notice notice--info" role="note">
          <strong>Declared interests:</strong>{' '}
          {declarations.map((each) => `${nameOf(each.memberId)} (${each.interest})`).join('; ')}
        </div>
      )}
      {/* Read-only minutes: a disabled fieldset turns off every records control at once. */}
      <fieldset className="locked-edits" disabled={readOnly}>
        {item.kind === 'matters-arising' && <MattersArising meeting={meeting} people={people} />}
        {item.kind === 'previous-minutes' && <PreviousMinutes meeting={meeting} />}
        {item.kind === 'declarations' && <StandingInterests meeting={meeting} />}
      </fieldset>
      <NotesEditor
        itemId={itemId}
        number={number}
        meeting={meeting}
        people={people}
        textareaRef={textareaRef}
        readOnly={readOnly}
      />
      <fieldset className="locked-edits current-item__records" disabled={readOnly}>
        <ItemRecords
          itemId={itemId}
          number={number}
          meeting={meeting}
          people={people}
          readOnly={readOnly}
        />
      </fieldset>
    </section>
  );
}

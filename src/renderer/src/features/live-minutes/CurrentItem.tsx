import type { RefObject } from 'react';
import {
  formalName,
  type AgendaItem,
  type AgendaItemOutcome,
  type Meeting,
  type Member,
} from '../../../../shared/model';
import { useMinutesStore } from '../../stores';
import { ItemRecords } from './ItemRecords';
import { MattersArising } from './MattersArising';
import { NotesEditor } from './NotesEditor';

interface CurrentItemProps {
  item: AgendaItem;
  number: number;
  meeting: Meeting;
  people: readonly Member[];
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  readOnly: boolean;
}

const OUTCOMES: Array<{ value: AgendaItemOutcome; label: string }> = [
  { value: 'pending', label: 'Not yet taken' },
  { value: 'taken', label: 'Taken' },
  { value: 'deferred', label: 'Deferred to the next meeting' },
];

export function CurrentItem({
  item,
  number,
  meeting,
  people,
  textareaRef,
  readOnly,
}: CurrentItemProps) {
  const declarations = useMinutesStore((state) => state.declarations).filter(
    (each) => each.itemId === item.id,
  );
  const updateItem = useMinutesStore((state) => state.updateItem);
  const nameOf = (id: string) => {
    const member = people.find((person) => person.id === id);
    return member ? formalName(member) : 'A former member';
  };
  return (
    <section className="panel current-item" aria-labelledby={`item-heading-${item.id}`}>
      <div className="panel__header">
        <div>
          <h2 id={`item-heading-${item.id}`}>
            {number}. {item.title || 'Untitled item'}
          </h2>
          <p className="panel__hint">
            {[
              item.presenter && `Presented by ${item.presenter}`,
              item.reference,
              item.private && 'Taken in private',
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </div>
        <select
          aria-label={`Outcome of item ${number}`}
          value={item.outcome}
          disabled={readOnly}
          onChange={(event) =>
            updateItem(item.id, { outcome: event.target.value as AgendaItemOutcome })
          }
        >
          {OUTCOMES.map((outcome) => (
            <option key={outcome.value} value={outcome.value}>
              {outcome.label}
            </option>
          ))}
        </select>
      </div>
      {declarations.length > 0 && (
        <div className="notice notice--info" role="note">
          <strong>Declared interests:</strong>{' '}
          {declarations.map((each) => `${nameOf(each.memberId)} (${each.interest})`).join('; ')}
        </div>
      )}
      {item.kind === 'matters-arising' && <MattersArising meeting={meeting} people={people} />}
      <NotesEditor
        item={item}
        number={number}
        meeting={meeting}
        people={people}
        textareaRef={textareaRef}
        readOnly={readOnly}
      />
      <ItemRecords item={item} number={number} meeting={meeting} people={people} />
    </section>
  );
}

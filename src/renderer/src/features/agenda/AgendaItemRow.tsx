import type { DragEvent, KeyboardEvent } from 'react';
import type { AgendaItem } from '@shared/model';
import { useMinutesStore } from '../../stores';

/** The title field's id, for moving the caret to a new item. */
export function titleInputId(itemId: string): string {
  return `agenda-title-${itemId}`;
}

interface AgendaItemRowProps {
  item: AgendaItem;
  index: number;
  count: number;
  onDragStart: (itemId: string) => void;
  onDropAt: (index: number) => void;
  locked: boolean;
}

export function AgendaItemRow({
  item,
  index,
  count,
  locked,
  onDragStart,
  onDropAt,
}: AgendaItemRowProps) {
  const updateItem = useMinutesStore((state) => state.updateItem);
  const moveItem = useMinutesStore((state) => state.moveItem);
  const removeItem = useMinutesStore((state) => state.removeItem);
  const number = index + 1;
  const name = item.title.trim() || `item ${number}`;

  function onKeyDown(event: KeyboardEvent) {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    const target = event.target as HTMLElement;
    moveItem(item.id, index + (event.key === 'ArrowUp' ? -1 : 1));
    // Keep the focus on the same field of the moved item.
    requestAnimationFrame(() => target.focus());
  }

  return (
    <li
      className="agenda-row"
      draggable={!locked}
      onDragStart={(event: DragEvent) => {
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', item.id);
        onDragStart(item.id);
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event) => {
        event.preventDefault();
        onDropAt(index);
      }}
      onKeyDown={onKeyDown}
      aria-label={`Item ${number}: ${name}`}
    >
      <span className="agenda-row__handle" aria-hidden="true">
        ⋮⋮
      </span>
      <span className="agenda-row__number">{number}.</span>
      <div className="agenda-row__fields">
        <textarea
          id={titleInputId(item.id)}
          className="agenda-row__title"
          rows={1}
          aria-label={`Title of item ${number}`}
          value={item.title}
          placeholder="Item title"
          onChange={(event) =>
            updateItem(item.id, { title: event.target.value.replace(/\n/g, ' ') })
          }
          onKeyDown={(event) => {
            // A title is one line that wraps to show itself whole; Enter does not break it.
            if (event.key === 'Enter') event.preventDefault();
          }}
        />
        <input
          aria-label={`Presenter of item ${number}`}
          value={item.presenter}
          placeholder="Presenter"
          onChange={(event) => updateItem(item.id, { presenter: event.target.value })}
        />
        <input
          aria-label={`Reference of item ${number}`}
          value={item.reference}
          placeholder="Ref., e.g. QC/24/033"
          onChange={(event) => updateItem(item.id, { reference: event.target.value })}
        />
        <input
          type="number"
          min={0}
          aria-label={`Minutes allowed for item ${number}`}
          value={item.allowanceMinutes ?? ''}
          placeholder="Mins"
          onChange={(event) =>
            updateItem(item.id, {
              allowanceMinutes:
                event.target.value === ''
                  ? null
                  : Math.max(0, Math.round(Number(event.target.value))),
            })
          }
        />
        <label className="choice">
          <input
            type="checkbox"
            checked={item.private}
            onChange={(event) => updateItem(item.id, { private: event.target.checked })}
          />
          Private
        </label>
      </div>
      <div className="agenda-row__buttons">
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={`Move ${name} up`}
          disabled={index === 0}
          onClick={() => moveItem(item.id, index - 1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={`Move ${name} down`}
          disabled={index === count - 1}
          onClick={() => moveItem(item.id, index + 1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--danger button--small"
          aria-label={`Remove ${name}`}
          onClick={() => void removeItem(item.id)}
        >
          Remove
        </button>
      </div>
    </li>
  );
}

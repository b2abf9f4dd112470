import { useId, useRef } from 'react';
import { insertionIndexForBusiness } from '@shared/model';
import { useMinutesStore } from '../../stores';
import { AgendaItemRow, titleInputId } from './AgendaItemRow';

/** `locked`: approved minutes; the fields are disabled around it, and dragging is turned off here. */
export function AgendaEditor({ locked = false }: { locked?: boolean }) {
  const items = useMinutesStore((state) => state.items);
  const addItem = useMinutesStore((state) => state.addItem);
  const moveItem = useMinutesStore((state) => state.moveItem);
  const dragged = useRef<string | null>(null);
  const headingId = useId();
  const hintId = useId();

  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Agenda</h2>
        <button
          type="button"
          className="button"
          onClick={() => {
            // The caret goes to the new item's title: typing goes there, not into this button.
            void addItem(insertionIndexForBusiness(items.map((item) => item.kind))).then((item) =>
              requestAnimationFrame(() => document.getElementById(titleInputId(item.id))?.focus()),
            );
          }}
        >
          Add item
        </button>
      </div>
      <p className="panel__hint" id={hintId}>
        Drag an item, use its arrow buttons, or press Alt+↑ / Alt+↓ in any of its fields to reorder.
        New items go before any other business.
      </p>
      {items.length === 0 ? (
        <p className="empty-state">The agenda is empty. Add the first item.</p>
      ) : (
        <ol className="agenda-list" aria-describedby={hintId}>
          {items.map((item, index) => (
            <AgendaItemRow
              key={item.id}
              item={item}
              index={index}
              count={items.length}
              locked={locked}
              onDragStart={(id) => {
                dragged.current = id;
              }}
              onDropAt={(target) => {
                if (dragged.current && !locked) moveItem(dragged.current, target);
                dragged.current = null;
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

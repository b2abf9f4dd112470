import { useShallow } from 'zustand/react/shallow';
import { useMinutesStore } from '../../stores';

interface AgendaNavProps {
  currentIndex: number;
  onOpen: (index: number) => void;
}

/** Subscribes to titles and outcomes only, so typing notes never re-renders the agenda list. */
export function AgendaNav({ currentIndex, onOpen }: AgendaNavProps) {
  const titles = useMinutesStore(useShallow((state) => state.items.map((item) => item.title)));
  const deferred = useMinutesStore(
    useShallow((state) => state.items.map((item) => item.outcome === 'deferred')),
  );
  return (
    <nav className="live__agenda" aria-label="Agenda items">
      <ol>
        {titles.map((title, index) => (
          <li key={index}>
            <button
              type="button"
              className="live__agenda-item"
              aria-current={index === currentIndex ? 'step' : undefined}
              onClick={() => onOpen(index)}
            >
              <span className="live__agenda-number">{index + 1}.</span> {title || 'Untitled item'}
              {deferred[index] && <span className="panel__hint"> (deferred)</span>}
            </button>
          </li>
        ))}
      </ol>
      <p className="panel__hint">Alt+↑ / Alt+↓ move between items.</p>
    </nav>
  );
}

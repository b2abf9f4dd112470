import { useShallow } from 'zustand/react/shallow';
import { useLiveLayoutStore, useMinutesStore } from '../../stores';

interface AgendaNavProps {
  currentIndex: number;
  onOpen: (index: number) => void;
}

/**
 * The item rail. Subscribes to titles and outcomes only, so typing notes never re-renders it.
 * Collapsed (or when the window is narrow) it shows numbers only; each button keeps its full name.
 */
export function AgendaNav({ currentIndex, onOpen }: AgendaNavProps) {
  const titles = useMinutesStore(useShallow((state) => state.items.map((item) => item.title)));
  const deferred = useMinutesStore(
    useShallow((state) => state.items.map((item) => item.outcome === 'deferred')),
  );
  const collapsed = useLiveLayoutStore((state) => state.railCollapsed);
  const toggleRail = useLiveLayoutStore((state) => state.toggleRail);
  return (
    <nav className="live__agenda" aria-label="Agenda items">
      <button
        type="button"
        className="live__rail-toggle button button--secondary button--small"
        aria-expanded={!collapsed}
        aria-label={collapsed ? 'Show item titles' : 'Hide item titles'}
        title={collapsed ? 'Show item titles' : 'Hide item titles'}
        onClick={toggleRail}
      >
        <span aria-hidden="true">{collapsed ? '»' : '«'}</span>
        <span className="live__rail-toggle-text" aria-hidden="true">
          Items
        </span>
      </button>
      <ol>
        {titles.map((title, index) => (
          <li key={index}>
            <button
              type="button"
              className="live__agenda-item"
              aria-current={index === currentIndex ? 'step' : undefined}
              title={title || 'Untitled item'}
              onClick={() => onOpen(index)}
            >
              <span className="live__agenda-number">{index + 1}.</span>{' '}
              <span className="live__agenda-title">{title || 'Untitled item'}</span>
              {deferred[index] && (
                <span className="panel__hint live__agenda-title"> (deferred)</span>
              )}
            </button>
          </li>
        ))}
      </ol>
      <p className="panel__hint live__agenda-hint">Alt+↑ / Alt+↓ move between items.</p>
    </nav>
  );
}

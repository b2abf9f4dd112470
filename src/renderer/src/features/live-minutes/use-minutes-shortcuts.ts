import { useEffect, useLayoutEffect, useRef } from 'react';

interface Shortcuts {
  nextItem: () => void;
  previousItem: () => void;
  addAction: () => void;
  addDecision: () => void;
  focusMode: () => void;
}

/**
 * Alt+↓ / Alt+↑ move between items; Alt+A and Alt+D start an action or a decision line; Alt+N
 * turns focus mode on and off (N for notes: Alt+F would open the File menu on Windows).
 * Matched on the physical key, since Alt+A types "å" on a Mac keyboard.
 */
export function useMinutesShortcuts(shortcuts: Shortcuts): void {
  const latest = useRef(shortcuts);
  useLayoutEffect(() => {
    latest.current = shortcuts;
  });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const run =
        event.code === 'ArrowDown'
          ? latest.current.nextItem
          : event.code === 'ArrowUp'
            ? latest.current.previousItem
            : event.code === 'KeyA'
              ? latest.current.addAction
              : event.code === 'KeyD'
                ? latest.current.addDecision
                : event.code === 'KeyN'
                  ? latest.current.focusMode
                  : null;
      if (!run) return;
      event.preventDefault();
      run();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

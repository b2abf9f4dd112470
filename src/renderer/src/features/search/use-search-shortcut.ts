import { useEffect, type RefObject } from 'react';

/**
 * Ctrl+K or Ctrl+F (⌘ on a Mac) puts the cursor in the search box from anywhere in the app: the
 * archive is what people look for, so it takes the browser's find shortcut, and shows the search.
 */
export function useSearchShortcut(
  input: RefObject<HTMLInputElement | null>,
  show: () => void,
): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.code !== 'KeyK' && event.code !== 'KeyF') return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
      show();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input, show]);
}

import { useId, useRef } from 'react';
import { useNavigationStore, useSearchStore } from '../../stores';
import { useSearchShortcut } from './use-search-shortcut';

/**
 * The one search box, in the header: typing shows the results in place of the board. Tabbing
 * through it changes nothing on screen (a keyboard user passing by must not lose the meeting they
 * are minuting); typing, Enter, the down arrow or Ctrl+K open the search.
 */
export function SearchBox() {
  const query = useSearchStore((state) => state.query);
  const setQuery = useSearchStore((state) => state.setQuery);
  const show = useNavigationStore((state) => state.openSearch);
  const close = useNavigationStore((state) => state.closeSearch);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  useSearchShortcut(input, show);

  return (
    <search className="search-box" aria-label="Archive">
      <label className="visually-hidden" htmlFor={id}>
        Search the minutes
      </label>
      <input
        ref={input}
        id={id}
        type="search"
        className="search-box__input"
        placeholder="Search the minutes (Ctrl+K)"
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          show();
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'ArrowDown') show();
          if (event.key === 'Escape') {
            close();
            input.current?.blur();
          }
        }}
      />
    </search>
  );
}

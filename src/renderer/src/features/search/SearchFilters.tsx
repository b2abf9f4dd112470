import { useId } from 'react';
import { useBoardsStore, useSearchStore } from '../../stores';
import { NO_FILTERS, hasFilters } from '../../stores/search-store';
import { DateInput } from '../../components/DateInput';

export function SearchFilters() {
  const filters = useSearchStore((state) => state.filters);
  const setFilters = useSearchStore((state) => state.setFilters);
  const boards = useBoardsStore((state) => state.boards);
  const id = useId();

  return (
    <fieldset className="search-filters">
      <legend>Filters</legend>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-board`}>
          Board
        </label>
        <select
          id={`${id}-board`}
          value={filters.boardId}
          onChange={(event) => setFilters({ boardId: event.target.value })}
        >
          <option value="">All boards</option>
          {boards.map((board) => (
            <option key={board.id} value={board.id}>
              {board.name.trim() || 'Untitled board'}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-from`}>
          From
        </label>
        <DateInput
          id={`${id}-from`}
          value={filters.from}
          onChange={(from) => setFilters({ from })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-to`}>
          To
        </label>
        <DateInput id={`${id}-to`} value={filters.to} onChange={(to) => setFilters({ to })} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-person`}>
          Person
        </label>
        <input
          id={`${id}-person`}
          type="text"
          value={filters.person}
          placeholder="Attendee, presenter or owner"
          onChange={(event) => setFilters({ person: event.target.value })}
        />
      </div>
      <label className="choice search-filters__open">
        <input
          type="checkbox"
          checked={filters.openActionsOnly}
          onChange={(event) => setFilters({ openActionsOnly: event.target.checked })}
        />
        Open actions only
      </label>
      {hasFilters(filters) && (
        <button type="button" className="link-button" onClick={() => setFilters(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}

import { useId } from 'react';
import type { Board } from '@shared/model';
import type { BoardChoice } from '@shared/import/import-entry';

const NEW = 'new';

/** The board a meeting goes into: any board there is, or a new one named as in the file. */
export function BoardSelect({
  boards,
  recognised,
  value,
  onChange,
}: {
  boards: readonly Board[];
  recognised: string;
  value: BoardChoice;
  onChange: (choice: BoardChoice) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        Board
      </label>
      <select
        id={id}
        value={value.kind === 'new' ? NEW : value.boardId}
        onChange={(event) =>
          onChange(
            event.target.value === NEW
              ? { kind: 'new', name: recognised.trim() }
              : { kind: 'existing', boardId: event.target.value },
          )
        }
      >
        {recognised.trim() && <option value={NEW}>A new board: {recognised.trim()}</option>}
        {boards.map((board) => (
          <option key={board.id} value={board.id}>
            {board.name}
          </option>
        ))}
      </select>
    </div>
  );
}

export function boardLabel(choice: BoardChoice, boards: readonly Board[]): string {
  if (choice.kind === 'new') return `${choice.name} (new board)`;
  return boards.find((board) => board.id === choice.boardId)?.name ?? 'A board that was deleted';
}

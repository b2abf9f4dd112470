import { useBoardsStore } from '../../stores';

interface BoardListProps {
  creating: boolean;
  /** Search, import or backups is on screen, so no board is the current page. */
  elsewhere: boolean;
  showingBackups: boolean;
  importing: boolean;
  onCreateBoard: () => void;
  onOpenBoard: () => void;
  onOpenImport: () => void;
  onOpenBackups: () => void;
}

export function BoardList({
  creating,
  elsewhere,
  showingBackups,
  importing,
  onCreateBoard,
  onOpenBoard,
  onOpenImport,
  onOpenBackups,
}: BoardListProps) {
  const boards = useBoardsStore((state) => state.boards);
  const selectedBoardId = useBoardsStore((state) => state.selectedBoardId);
  const selectBoard = useBoardsStore((state) => state.selectBoard);
  return (
    <nav className="sidebar" aria-label="Boards">
      <h2 className="sidebar__heading">Boards</h2>
      {boards.length > 0 && (
        <ul className="sidebar__list">
          {boards.map((board) => (
            <li key={board.id}>
              <button
                type="button"
                className="sidebar__item"
                aria-current={
                  !creating && !elsewhere && board.id === selectedBoardId ? 'page' : undefined
                }
                onClick={() => {
                  selectBoard(board.id);
                  onOpenBoard();
                }}
              >
                {board.name.trim() || 'Untitled board'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--secondary button--block"
        onClick={onCreateBoard}
      >
        New board
      </button>
      <button
        type="button"
        className="button button--secondary button--block"
        aria-current={importing ? 'page' : undefined}
        onClick={onOpenImport}
      >
        Import past minutes
      </button>
      <button
        type="button"
        className="sidebar__item sidebar__item--tool"
        aria-current={showingBackups ? 'page' : undefined}
        onClick={onOpenBackups}
      >
        Backup and restore
      </button>
    </nav>
  );
}

import { useBoardsStore, useImportStore, useNavigationStore } from '../../stores';

/** The boards, then the tools: each opens through the navigation store, which marks the current one. */
export function BoardList() {
  const screen = useNavigationStore((state) => state.screen.kind);
  const { showBoard, openTool } = useNavigationStore.getState();
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
                  (screen === 'board' || screen === 'meeting') && board.id === selectedBoardId
                    ? 'page'
                    : undefined
                }
                onClick={() => {
                  selectBoard(board.id);
                  showBoard();
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
        onClick={() => openTool('create-board')}
      >
        New board
      </button>
      <button
        type="button"
        className="button button--secondary button--block"
        aria-current={screen === 'import' ? 'page' : undefined}
        onClick={() => {
          // The button always starts a new import, as it did when the screen was already open.
          useImportStore.getState().reset();
          openTool('import');
        }}
      >
        Import past minutes
      </button>
      <button
        type="button"
        className="sidebar__item sidebar__item--tool"
        aria-current={screen === 'backups' ? 'page' : undefined}
        onClick={() => openTool('backups')}
      >
        Backup and restore
      </button>
    </nav>
  );
}

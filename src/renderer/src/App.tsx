import { useEffect, useState } from 'react';
import { AppFooter } from './components/AppFooter';
import { SaveErrorBanner } from './components/SaveErrorBanner';
import { SaveStatus } from './components/SaveStatus';
import { BoardList } from './features/boards/BoardList';
import { BoardPage } from './features/boards/BoardPage';
import { CreateBoardForm } from './features/boards/CreateBoardForm';
import { SearchBox } from './features/search/SearchBox';
import { SearchPage } from './features/search/SearchPage';
import { selectSelectedBoard, useBoardsStore, useNavigationStore, useSearchStore } from './stores';

export function App() {
  const loaded = useBoardsStore((state) => state.loaded);
  const load = useBoardsStore((state) => state.load);
  const hasBoards = useBoardsStore((state) => state.boards.length > 0);
  const board = useBoardsStore(selectSelectedBoard);
  const [creating, setCreating] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const searching = useSearchStore((state) => state.open);
  const startSearch = useSearchStore((state) => state.start);

  // The search index loads in its worker while the first screen is in use.
  useEffect(() => startSearch(), [startSearch]);

  useEffect(() => {
    load().catch((error: unknown) =>
      setLoadError(
        `Minute Book could not open its database: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }, [load]);

  const showCreateForm = loaded && (creating || !hasBoards);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <img className="app-header__logo" src="./icon.png" alt="" />
        <span className="app-header__name">Minute Book</span>
        <SearchBox />
        <SaveStatus />
      </header>
      <div className="app-body">
        <BoardList
          creating={showCreateForm}
          onCreateBoard={() => {
            useSearchStore.getState().close();
            setCreating(true);
          }}
          onOpenBoard={() => {
            setCreating(false);
            useSearchStore.getState().close();
            useNavigationStore.getState().showBoard();
          }}
        />
        <main className="main" id="main" tabIndex={-1}>
          <SaveErrorBanner />
          {loadError && <div className="notice notice--error">{loadError}</div>}
          {!loaded && !loadError && <p role="status">Opening your boards…</p>}
          {searching && loaded && <SearchPage />}
          {!searching && showCreateForm && (
            <CreateBoardForm
              key={creating ? 'another' : 'first'}
              firstBoard={!hasBoards}
              onCreated={() => setCreating(false)}
              onCancel={hasBoards ? () => setCreating(false) : undefined}
            />
          )}
          {!searching && loaded && !showCreateForm && board && (
            <BoardPage key={board.id} board={board} />
          )}
        </main>
      </div>
      <AppFooter />
    </div>
  );
}

import { useEffect, useState } from 'react';
import { AppFooter } from './components/AppFooter';
import { SaveErrorBanner } from './components/SaveErrorBanner';
import { SaveStatus } from './components/SaveStatus';
import { BoardList } from './features/boards/BoardList';
import { BoardPage } from './features/boards/BoardPage';
import { CreateBoardForm } from './features/boards/CreateBoardForm';
import { BackupsPage } from './features/backups/BackupsPage';
import { RestoredNotice } from './features/backups/RestoredNotice';
import { RestoreOffer } from './features/backups/RestoreOffer';
import { useAutomaticBackup } from './features/backups/use-automatic-backup';
import { ImportPage } from './features/import/ImportPage';
import { selectSelectedBoard, useBoardsStore, useImportStore, useNavigationStore } from './stores';

export function App() {
  const loaded = useBoardsStore((state) => state.loaded);
  const load = useBoardsStore((state) => state.load);
  const hasBoards = useBoardsStore((state) => state.boards.length > 0);
  const board = useBoardsStore(selectSelectedBoard);
  const importing = useImportStore((state) => state.phase !== 'closed');
  const [creating, setCreating] = useState(false);
  const [showingBackups, setShowingBackups] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    load().catch((error: unknown) =>
      setLoadError(
        `Minute Book could not open its database: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  }, [load]);

  useAutomaticBackup(loaded);

  const showCreateForm = loaded && !showingBackups && !importing && (creating || !hasBoards);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <img className="app-header__logo" src="./icon.png" alt="" />
        <span className="app-header__name">Minute Book</span>
        <SaveStatus />
      </header>
      <div className="app-body">
        <BoardList
          creating={showCreateForm}
          showingBackups={showingBackups}
          onCreateBoard={() => {
            setShowingBackups(false);
            useImportStore.getState().close();
            setCreating(true);
          }}
          onOpenBoard={() => {
            setShowingBackups(false);
            useImportStore.getState().close();
            setCreating(false);
            useNavigationStore.getState().showBoard();
          }}
          onOpenImport={() => {
            setShowingBackups(false);
            useImportStore.getState().open();
          }}
          onOpenBackups={() => {
            useImportStore.getState().close();
            setShowingBackups(true);
          }}
        />
        <main className="main" id="main" tabIndex={-1}>
          <SaveErrorBanner />
          <RestoredNotice />
          {loadError && <div className="notice notice--error">{loadError}</div>}
          {!loaded && !loadError && <p role="status">Opening your boards…</p>}
          {showingBackups && <BackupsPage />}
          {showCreateForm && (
            <CreateBoardForm
              key={creating ? 'another' : 'first'}
              firstBoard={!hasBoards}
              onCreated={() => setCreating(false)}
              onCancel={hasBoards ? () => setCreating(false) : undefined}
            />
          )}
          {showCreateForm && !hasBoards && <RestoreOffer />}
          {loaded && importing && !showingBackups && <ImportPage />}
          {loaded && !importing && !showingBackups && !showCreateForm && board && (
            <BoardPage key={board.id} board={board} />
          )}
        </main>
      </div>
      <AppFooter />
    </div>
  );
}

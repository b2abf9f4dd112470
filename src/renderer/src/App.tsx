import { useCallback, useEffect, useState } from 'react';
import { AppFooter } from './components/AppFooter';
import { SaveErrorBanner } from './components/SaveErrorBanner';
import { SaveStatus } from './components/SaveStatus';
import { BackupsPage } from './features/backups/BackupsPage';
import { RestoredNotice } from './features/backups/RestoredNotice';
import { RestoreOffer } from './features/backups/RestoreOffer';
import { useAutomaticBackup } from './features/backups/use-automatic-backup';
import { useBackupOpenedFromSystem } from './features/backups/use-backup-opened-from-system';
import { BoardList } from './features/boards/BoardList';
import { BoardPage } from './features/boards/BoardPage';
import { CreateBoardForm } from './features/boards/CreateBoardForm';
import { ImportPage } from './features/import/ImportPage';
import { SearchBox } from './features/search/SearchBox';
import { SearchPage } from './features/search/SearchPage';
import {
  selectSelectedBoard,
  useBoardsStore,
  useImportStore,
  useLiveLayoutStore,
  useNavigationStore,
  useSearchStore,
} from './stores';

export function App() {
  const loaded = useBoardsStore((state) => state.loaded);
  const load = useBoardsStore((state) => state.load);
  const hasBoards = useBoardsStore((state) => state.boards.length > 0);
  const board = useBoardsStore(selectSelectedBoard);
  const importing = useImportStore((state) => state.phase !== 'closed');
  const searching = useSearchStore((state) => state.open);
  const focusMode = useLiveLayoutStore((state) => state.focusMode);
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

  /** Leaves search, import and backups, before the sidebar opens something else. */
  function leaveTools() {
    setShowingBackups(false);
    useImportStore.getState().close();
    useSearchStore.getState().close();
  }
  const showBackups = useCallback(() => {
    useImportStore.getState().close();
    useSearchStore.getState().close();
    setShowingBackups(true);
  }, []);
  useBackupOpenedFromSystem(loaded, showBackups);

  const onTool = searching || importing || showingBackups;
  const showCreateForm = loaded && !onTool && (creating || !hasBoards);

  return (
    <div className={focusMode ? 'app app--focus' : 'app'}>
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
          elsewhere={onTool}
          showingBackups={showingBackups && !searching}
          importing={importing && !searching}
          onCreateBoard={() => {
            leaveTools();
            setCreating(true);
          }}
          onOpenBoard={() => {
            leaveTools();
            setCreating(false);
            useNavigationStore.getState().showBoard();
          }}
          onOpenImport={() => {
            leaveTools();
            useImportStore.getState().open();
          }}
          onOpenBackups={() => {
            leaveTools();
            setShowingBackups(true);
          }}
        />
        <main className="main" id="main" tabIndex={-1}>
          <SaveErrorBanner />
          <RestoredNotice />
          {loadError && <div className="notice notice--error">{loadError}</div>}
          {!loaded && !loadError && <p role="status">Opening your boards…</p>}
          {loaded && searching && <SearchPage />}
          {loaded && !searching && importing && <ImportPage />}
          {loaded && !searching && !importing && showingBackups && <BackupsPage />}
          {showCreateForm && (
            <CreateBoardForm
              key={creating ? 'another' : 'first'}
              firstBoard={!hasBoards}
              onCreated={() => setCreating(false)}
              onCancel={hasBoards ? () => setCreating(false) : undefined}
            />
          )}
          {showCreateForm && !hasBoards && <RestoreOffer />}
          {loaded && !onTool && !showCreateForm && board && (
            <BoardPage key={board.id} board={board} />
          )}
        </main>
      </div>
      <AppFooter />
    </div>
  );
}

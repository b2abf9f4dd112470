import { useEffect, useState, type ReactNode } from 'react';
import { errorMessage } from '../../shared/error-message';
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
  useLiveLayoutStore,
  useNavigationStore,
  type Screen,
} from './stores';

/** What the main area shows for a screen, once the boards have loaded. */
function ScreenView({ screen }: { screen: Screen }): ReactNode {
  const hasBoards = useBoardsStore((state) => state.boards.length > 0);
  const board = useBoardsStore(selectSelectedBoard);
  const { back, showBoard } = useNavigationStore.getState();
  switch (screen.kind) {
    case 'board':
    case 'meeting':
      // With no board yet, the place is the welcome: create the first board, or restore a backup.
      if (!hasBoards)
        return (
          <>
            <CreateBoardForm key="first" firstBoard onCreated={() => showBoard()} />
            <RestoreOffer />
          </>
        );
      return board && <BoardPage key={board.id} board={board} />;
    case 'create-board':
      return (
        <>
          <CreateBoardForm
            key="another"
            firstBoard={!hasBoards}
            onCreated={() => showBoard()}
            onCancel={hasBoards ? back : undefined}
          />
          {!hasBoards && <RestoreOffer />}
        </>
      );
    case 'import':
      return <ImportPage />;
    case 'backups':
      return <BackupsPage />;
    case 'search':
      return <SearchPage />;
    default:
      return unknownScreen(screen);
  }
}

function unknownScreen(screen: never): never {
  throw new Error(`No view for the screen ${JSON.stringify(screen)}`);
}

/** A backup opened from the file manager brings the backups forward, leaving any search or import. */
const showBackups = () => useNavigationStore.getState().openTool('backups');

export function App() {
  const loaded = useBoardsStore((state) => state.loaded);
  const load = useBoardsStore((state) => state.load);
  const screen = useNavigationStore((state) => state.screen);
  const focusMode = useLiveLayoutStore((state) => state.focusMode);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    load().catch((error: unknown) =>
      setLoadError(`Minute Book could not open its database: ${errorMessage(error)}`),
    );
  }, [load]);

  useAutomaticBackup(loaded);
  useBackupOpenedFromSystem(loaded, showBackups);

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
        <BoardList />
        <main className="main" id="main" tabIndex={-1}>
          <SaveErrorBanner />
          <RestoredNotice />
          {loadError && <div className="notice notice--error">{loadError}</div>}
          {!loaded && !loadError && <p role="status">Opening your boards…</p>}
          {loaded && <ScreenView screen={screen} />}
        </main>
      </div>
      <AppFooter />
    </div>
  );
}

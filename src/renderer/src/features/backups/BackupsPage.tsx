import { useEffect } from 'react';
import { useBackupsStore } from '../../stores';
import { AutomaticBackups } from './AutomaticBackups';
import { BackupMessage } from './BackupMessage';
import { RestoreDialog } from './RestoreDialog';
import './backups.css';

/** Backing up the whole archive to one file, and restoring from such a file or a daily backup. */
export function BackupsPage() {
  const busy = useBackupsStore((state) => state.busy);
  useEffect(() => {
    void useBackupsStore.getState().refreshAutomatic();
  }, []);
  return (
    <div className="page backups-page">
      <header className="page__header">
        <h1>Backup and restore</h1>
        <p className="page__lede">
          The whole archive — every board, member, meeting, action and signature record — in one
          file: to keep it safe, or to hand it to the next secretary on another computer.
        </p>
      </header>
      <BackupMessage />
      <section className="panel" aria-labelledby="back-up-heading">
        <h2 id="back-up-heading">Back up</h2>
        <p className="panel__hint">
          Choose where to save the backup: a USB stick, or a shared drive.
        </p>
        {/* Busy, the buttons say so but keep the focus: a disabled button would drop it, and
            the restore dialog and the next key press would have nowhere to return to. */}
        <div className="inline-inputs">
          <button
            type="button"
            className="button"
            aria-disabled={busy !== null}
            onClick={() => {
              if (busy === null) void useBackupsStore.getState().backUpNow();
            }}
          >
            {busy === 'saving' ? 'Backing up…' : 'Back up to a file…'}
          </button>
        </div>
      </section>
      <section className="panel" aria-labelledby="restore-heading">
        <h2 id="restore-heading">Restore</h2>
        <p className="panel__hint">
          A backup is checked in full before anything changes. Into an empty archive it comes back
          as it was; otherwise it is merged in, and meetings already here are kept as they are.
        </p>
        <div className="inline-inputs">
          <button
            type="button"
            className="button button--secondary"
            aria-disabled={busy !== null}
            onClick={() => {
              if (busy === null) void useBackupsStore.getState().openFile();
            }}
          >
            {busy === 'opening' ? 'Checking the backup…' : 'Restore from a file…'}
          </button>
        </div>
      </section>
      <section className="panel" aria-labelledby="automatic-heading">
        <h2 id="automatic-heading">Automatic backups</h2>
        <AutomaticBackups />
      </section>
      <RestoreDialog />
    </div>
  );
}

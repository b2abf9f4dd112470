import { useEffect } from 'react';
import { formatLongDate } from '@shared/model';
import { useBackupsStore } from '../../stores';
import { BackupMessage } from './BackupMessage';
import { RestoreDialog } from './RestoreDialog';

/** On an empty archive: bring one back from a backup instead of starting again. */
export function RestoreOffer() {
  const newest = useBackupsStore((state) => state.automatic?.backups[0]);
  const busy = useBackupsStore((state) => state.busy !== null);
  useEffect(() => {
    void useBackupsStore.getState().refreshAutomatic();
  }, []);
  return (
    <section className="page welcome welcome--follow-on">
      <div className="panel" role="region" aria-labelledby="restore-offer-heading">
        <h2 id="restore-offer-heading">Or bring back an archive</h2>
        <p className="panel__hint">
          Moving to a new computer, or taking over from another secretary? Restore their backup.
        </p>
        <BackupMessage />
        <div className="inline-inputs">
          {newest && (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void useBackupsStore.getState().openAutomatic(newest.fileName)}
            >
              Restore the automatic backup of {formatLongDate(newest.date)}…
            </button>
          )}
          <button
            type="button"
            className={newest ? 'button button--secondary' : 'button'}
            disabled={busy}
            onClick={() => void useBackupsStore.getState().openFile()}
          >
            Restore from a backup file…
          </button>
        </div>
      </div>
      <RestoreDialog />
    </section>
  );
}

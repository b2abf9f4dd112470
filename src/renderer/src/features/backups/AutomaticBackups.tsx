import { formatLongDate } from '@shared/model';
import { useBackupsStore } from '../../stores';
import { formatBytes } from '../../stores/backups-store';

/** The daily backups main keeps in the data folder, each one a click from being restored. */
export function AutomaticBackups() {
  const automatic = useBackupsStore((state) => state.automatic);
  const busy = useBackupsStore((state) => state.busy !== null);
  const problem = useBackupsStore((state) => state.automaticProblem);
  if (!automatic) return <p role="status">Looking for automatic backups…</p>;
  return (
    <>
      <p className="panel__hint">
        Minute Book backs up the whole archive once a day when it is opened, and keeps the last{' '}
        {automatic.keep}, in {automatic.folder}.
      </p>
      {problem && (
        <p className="notice notice--error" role="alert">
          {problem}
        </p>
      )}
      {automatic.backups.length === 0 ? (
        <p>There are no automatic backups yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">Automatic backups, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Made on</th>
                <th scope="col">Size</th>
                <th scope="col">
                  <span className="visually-hidden">Restore</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {automatic.backups.map((backup) => (
                <tr key={backup.fileName}>
                  <td>{formatLongDate(backup.date)}</td>
                  <td>{formatBytes(backup.bytes)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      disabled={busy}
                      aria-label={`Restore the backup of ${formatLongDate(backup.date)}…`}
                      onClick={() => void useBackupsStore.getState().openAutomatic(backup.fileName)}
                    >
                      Restore…
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

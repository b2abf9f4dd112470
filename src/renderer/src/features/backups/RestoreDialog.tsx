import { useId } from 'react';
import { countTables, describeCounts } from '@shared/backup';
import { countOf } from '@shared/model';
import { Modal } from '../../components/Modal';
import { useBackupsStore } from '../../stores';
import { describeRestore, rememberRestoreReport } from './restore-report';

const WRITTEN_AT = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** Shows what a checked backup holds and what restoring it will do, before anything changes. */
export function RestoreDialog() {
  const pending = useBackupsStore((state) => state.pending);
  const restoring = useBackupsStore((state) => state.busy === 'restoring');
  const headingId = useId();
  if (!pending) return null;
  const { plan, header } = pending;

  async function restore() {
    const fileName = pending?.fileName ?? '';
    const done = await useBackupsStore.getState().confirmRestore();
    if (!done) return;
    rememberRestoreReport(describeRestore(fileName, done));
    // Every screen reloads from the restored archive, rather than each store being patched up.
    window.location.reload();
  }

  const nothingNew =
    plan.added.meetings === 0 && plan.added.boards === 0 && plan.added.members === 0;
  return (
    <Modal labelledBy={headingId} onRequestClose={() => useBackupsStore.getState().cancelRestore()}>
      <div className="dialog__body">
        <h2 id={headingId}>Restore {pending.fileName}?</h2>
        <p>
          Made on {WRITTEN_AT.format(new Date(header.createdAt))}
          {header.writtenBy ? ` by ${header.writtenBy}` : ''}. It holds{' '}
          {describeCounts(countTables(pending.archive))}.
        </p>
        {pending.intoEmpty ? (
          <p>Your archive is empty: everything in the backup will be restored.</p>
        ) : (
          <p>
            It will be merged into your archive without duplicates: {describeCounts(plan.added)}{' '}
            will be added.
            {plan.meetingsAlreadyHere > 0 &&
              ` ${countOf(plan.meetingsAlreadyHere, 'meeting already here is kept as it is', 'meetings already here are kept as they are')}.`}
          </p>
        )}
        {nothingNew && !pending.intoEmpty && (
          <p className="notice notice--info">Everything in this backup is already here.</p>
        )}
      </div>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => useBackupsStore.getState().cancelRestore()}
          data-autofocus
        >
          Cancel
        </button>
        <button
          type="button"
          className="button"
          disabled={restoring || (nothingNew && !pending.intoEmpty)}
          onClick={() => void restore()}
        >
          {pending.intoEmpty ? 'Restore' : 'Merge into my archive'}
        </button>
      </div>
    </Modal>
  );
}

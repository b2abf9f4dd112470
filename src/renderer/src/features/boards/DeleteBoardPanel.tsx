import { useId, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { Board } from '@shared/model';
import { useBoardsStore } from '../../stores';

export function DeleteBoardPanel({ board }: { board: Board }) {
  const deleteBoard = useBoardsStore((state) => state.deleteBoard);
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();
  const name = board.name.trim() || 'this board';
  return (
    <section className="panel danger-zone" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId}>Delete board</h2>
        <p className="panel__hint">Deletes the board and its whole register from this computer.</p>
      </div>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
        Delete board
      </button>
      {confirming && (
        <ConfirmDialog
          title={`Delete ${name}?`}
          message={`${name} and everyone in its register will be deleted from this computer. This cannot be undone.`}
          confirmLabel="Delete board"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            void deleteBoard(board.id).catch(() => undefined);
          }}
        />
      )}
    </section>
  );
}

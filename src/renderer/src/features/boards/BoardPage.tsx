import { useEffect } from 'react';
import type { Board } from '../../../../shared/model';
import { useMembersStore } from '../../stores';
import { RegisterPanel } from '../register/RegisterPanel';
import { BoardDetailsPanel } from './BoardDetailsPanel';
import { DeleteBoardPanel } from './DeleteBoardPanel';

export function BoardPage({ board }: { board: Board }) {
  const loadBoard = useMembersStore((state) => state.loadBoard);
  useEffect(() => {
    void loadBoard(board.id);
  }, [board.id, loadBoard]);
  return (
    <div className="page">
      <div className="page__header">
        <h1>{board.name.trim() || 'Untitled board'}</h1>
        {board.description.trim() && <p className="page__lede">{board.description}</p>}
      </div>
      <RegisterPanel board={board} />
      <BoardDetailsPanel board={board} />
      <DeleteBoardPanel board={board} />
    </div>
  );
}

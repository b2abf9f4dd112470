import { useEffect, useMemo } from 'react';
import type { Interest, InterestConfirmation } from '@shared/model';
import {
  selectBoardConfirmations,
  selectBoardInterests,
  selectBoardInterestsLoaded,
  useInterestsStore,
} from '../../stores';

/** A board's register of interests, read from the database the first time a screen needs it. */
export function useBoardInterests(boardId: string): {
  interests: readonly Interest[];
  confirmations: readonly InterestConfirmation[];
  loaded: boolean;
} {
  const interests = useInterestsStore(useMemo(() => selectBoardInterests(boardId), [boardId]));
  const confirmations = useInterestsStore(
    useMemo(() => selectBoardConfirmations(boardId), [boardId]),
  );
  const loaded = useInterestsStore(useMemo(() => selectBoardInterestsLoaded(boardId), [boardId]));
  const load = useInterestsStore((state) => state.loadBoard);
  useEffect(() => {
    if (!loaded) void load(boardId);
  }, [boardId, load, loaded]);
  return { interests, confirmations, loaded };
}

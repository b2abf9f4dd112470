import { useEffect, useRef, useState } from 'react';
import { useBackupsStore, useImportStore, useSearchStore } from '../../stores';

/** Checked again through the day, so an app left open overnight still makes the next day's backup. */
const CHECK_EVERY_MS = 60 * 60 * 1000;
/** The longest the day's backup waits for the search to finish loading. */
const MOST_WAIT_MS = 30_000;

/**
 * Makes the day's automatic backup once the archive has loaded, and checks hourly after that. The
 * backup reads every record of the archive: it waits until the search has loaded its index (or half
 * a minute), so that on a large archive it does not compete with opening the app; and until an
 * import under way has read and saved its files, so that the day's copy holds the whole import
 * rather than the part saved so far, and the two do not slow each other down.
 */
export function useAutomaticBackup(loaded: boolean): void {
  const searchLoaded = useSearchStore((state) => state.status?.phase === 'ready');
  const [waitedEnough, setWaitedEnough] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setWaitedEnough(true), MOST_WAIT_MS);
    return () => window.clearTimeout(timer);
  }, []);
  const importing = useImportStore(
    (state) => state.phase === 'reading' || state.phase === 'saving',
  );
  const due = loaded && (searchLoaded || waitedEnough) && !importing;
  // The search turns busy and ready again as records change: only its first readiness is the
  // app's opening. Checking again then would make the day's backup of a half-entered first board.
  const hourly = useRef<number | null>(null);

  useEffect(() => {
    if (!due || hourly.current !== null) return;
    const backUp = () => {
      // An hourly check during an import leaves the day's backup to the next check.
      const { phase } = useImportStore.getState();
      if (phase === 'reading' || phase === 'saving') return;
      void useBackupsStore.getState().backUpAutomaticallyIfDue();
    };
    backUp();
    hourly.current = window.setInterval(backUp, CHECK_EVERY_MS);
  }, [due]);
  useEffect(
    () => () => {
      if (hourly.current !== null) window.clearInterval(hourly.current);
      hourly.current = null;
    },
    [],
  );
}

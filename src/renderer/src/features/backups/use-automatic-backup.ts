import { useEffect } from 'react';
import { useBackupsStore } from '../../stores';

/** Checked again through the day, so an app left open overnight still makes the next day's backup. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Makes the day's automatic backup once the archive has loaded, and checks hourly after that. */
export function useAutomaticBackup(loaded: boolean): void {
  useEffect(() => {
    if (!loaded) return;
    const backUp = () => void useBackupsStore.getState().backUpAutomaticallyIfDue();
    backUp();
    const timer = window.setInterval(backUp, CHECK_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [loaded]);
}

import { useEffect } from 'react';
import { useBackupsStore } from '../../stores';

/**
 * A backup double-clicked in the file manager opens the restore confirmation: asked for once the
 * archive has loaded, and again whenever the window comes back to the front, which is what the
 * system does when a second backup is opened while the app is running. `show` brings the backup
 * page forward, where the confirmation (or the reason the file cannot be restored) is shown.
 */
export function useBackupOpenedFromSystem(loaded: boolean, show: () => void): void {
  useEffect(() => {
    if (!loaded) return;
    const check = () =>
      void useBackupsStore
        .getState()
        .openFromSystem()
        .then((opened) => {
          if (opened) show();
        });
    check();
    window.addEventListener('focus', check);
    return () => window.removeEventListener('focus', check);
  }, [loaded, show]);
}

import { useEffect } from 'react';
import { useAppInfoStore } from '../stores/app-info-store';

export function AppFooter() {
  const info = useAppInfoStore((state) => state.info);
  const error = useAppInfoStore((state) => state.error);
  const load = useAppInfoStore((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <footer className="app-footer">
      {info ? (
        <>
          <span>Your data is kept on this computer, in {info.dataFolder}</span>
          <span>
            {info.name} {info.version}
          </span>
        </>
      ) : (
        <span>{error ?? 'Your data is kept on this computer.'}</span>
      )}
    </footer>
  );
}

import { selectSaveLabel, useSaveStatusStore } from '../stores';

export function SaveStatus() {
  const label = useSaveStatusStore(selectSaveLabel);
  const error = useSaveStatusStore((state) => state.error);
  return (
    <>
      <span className={error ? 'save-status save-status--error' : 'save-status'} role="status">
        {label}
      </span>
      {error && (
        <div className="visually-hidden" role="alert">
          {error}
        </div>
      )}
    </>
  );
}

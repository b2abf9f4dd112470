import { useSaveStatusStore } from '../stores';

export function SaveErrorBanner() {
  const error = useSaveStatusStore((state) => state.error);
  const clearError = useSaveStatusStore((state) => state.clearError);
  if (!error) return null;
  return (
    <div className="notice notice--error panel__header">
      <span>{error}</span>
      <button type="button" className="button button--secondary button--small" onClick={clearError}>
        Dismiss
      </button>
    </div>
  );
}

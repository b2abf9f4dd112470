import { useState } from 'react';
import { takeRestoreReport } from './restore-report';

/** After a restore the app reloads; this says what the restore did. */
export function RestoredNotice() {
  const [report, setReport] = useState(takeRestoreReport);
  if (!report) return null;
  return (
    <div className="notice notice--info notice--dismissible" role="status">
      <span>{report}</span>
      <button type="button" className="button button--secondary" onClick={() => setReport(null)}>
        Dismiss
      </button>
    </div>
  );
}

import { useState } from 'react';
import type { BoardAttendanceRecord } from '@shared/model';
import { exportAttendanceRecord } from '../../workflows';
import { errorMessage } from '@shared/error-message';

type Outcome = { kind: 'idle' | 'busy' } | { kind: 'saved' | 'failed'; text: string };

/** Word for the annual report, CSV for a spreadsheet: main asks where, the page sends only the data. */
export function ExportRecordButtons({ record }: { record: BoardAttendanceRecord }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  async function save(format: 'docx' | 'csv') {
    setOutcome({ kind: 'busy' });
    try {
      const result = await exportAttendanceRecord({ format, record });
      setOutcome(
        result.status === 'cancelled'
          ? { kind: 'idle' }
          : {
              kind: 'saved',
              text: `Saved ${result.fileName} in ${result.path.slice(0, -result.fileName.length - 1)}.`,
            },
      );
    } catch (error) {
      setOutcome({
        kind: 'failed',
        text: `The attendance record was not saved: ${errorMessage(error)}`,
      });
    }
  }

  const busy = outcome.kind === 'busy';
  return (
    <div className="records-export">
      <div className="inline-inputs">
        <button type="button" className="button" disabled={busy} onClick={() => void save('docx')}>
          Export to Word
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void save('csv')}
        >
          Save as CSV
        </button>
      </div>
      <div role="status">
        {outcome.kind === 'saved' && <p className="notice notice--info">{outcome.text}</p>}
      </div>
      {outcome.kind === 'failed' && (
        <p role="alert" className="notice notice--error">
          {outcome.text}
        </p>
      )}
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { useImportStore, useNavigationStore } from '../../stores';
import { ImportOutcome } from './ImportOutcome';
import { ImportPreview } from './ImportPreview';
import { ImportProgress } from './ImportProgress';
import './import-register.css';

/** Importing past minutes: choose files or a folder, watch them read, check and correct, save. */
export function ImportPage() {
  const phase = useImportStore((state) => state.phase);
  const read = useImportStore((state) => state.read);
  const total = useImportStore((state) => state.total);
  const saved = useImportStore((state) => state.saved);
  const toSave = useImportStore((state) => state.toSave);
  const notice = useImportStore((state) => state.notice);
  const outcome = useImportStore((state) => state.outcome);
  const choose = useImportStore((state) => state.choose);
  const cancel = useImportStore((state) => state.cancel);
  const close = useNavigationStore((state) => state.back);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className="page page--wide">
      <div className="page__header">
        <div className="panel__header">
          <h1 ref={headingRef} tabIndex={-1}>
            Import past minutes
          </h1>
          {phase !== 'saving' && (
            <button type="button" className="button button--secondary" onClick={close}>
              Close import
            </button>
          )}
        </div>
        <p className="page__lede">
          Markdown or plain text minutes in the style of the board’s summaries, and Word .docx
          files. Nothing is saved until you have checked what was read.
        </p>
      </div>
      {phase === 'choosing' && (
        <section className="panel" aria-label="Choose what to import">
          {notice && (
            <p
              className={notice.error ? 'notice notice--error' : 'notice notice--info'}
              role={notice.error ? 'alert' : 'status'}
            >
              {notice.text}
            </p>
          )}
          <div className="inline-inputs">
            <button type="button" className="button" onClick={() => void choose('files')}>
              Choose files…
            </button>
            <button type="button" className="button" onClick={() => void choose('folder')}>
              Choose a folder…
            </button>
          </div>
        </section>
      )}
      {phase === 'reading' && (
        <section className="panel" aria-label="Reading the files">
          <ImportProgress
            verb="Reading"
            noun="files"
            done={read}
            total={total}
            onCancel={cancel}
            cancelLabel="Cancel"
          />
        </section>
      )}
      {phase === 'preview' && <ImportPreview />}
      {phase === 'saving' && (
        <section className="panel" aria-label="Saving the meetings">
          <ImportProgress
            verb="Saving"
            noun="meetings"
            done={saved}
            total={toSave}
            onCancel={cancel}
            cancelLabel="Stop"
          />
        </section>
      )}
      {phase === 'done' && outcome && <ImportOutcome outcome={outcome} />}
    </div>
  );
}

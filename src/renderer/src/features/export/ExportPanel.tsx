import { useEffect, useId, useMemo, useState } from 'react';
import { isReadOnly, type Board, type Meeting } from '@shared/model';
import { selectMeetingExports, useExportsStore } from '../../stores';
import {
  canChooseAgain,
  exportMinutes,
  saveMeetingFile as saveMeetingFileOf,
  type ExportAudience as Audience,
  type ExportLayout as Layout,
} from '../../workflows';
import { ExportHistory } from './ExportHistory';
import { errorMessage } from '@shared/error-message';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; text: string }
  | { kind: 'failed'; text: string; canRetry: boolean };

export function ExportPanel({ board, meeting }: { board: Board; meeting: Meeting }) {
  const exports = useExportsStore(useMemo(() => selectMeetingExports(meeting.id), [meeting.id]));
  const loadExports = useExportsStore((state) => state.loadMeeting);
  const [layout, setLayout] = useState<Layout>('summary');
  const [audience, setAudience] = useState<Audience>('internal');
  const [handSignature, setHandSignature] = useState(false);
  // Only approved minutes are signed, so only their copies can carry a line to sign on.
  const canSignByHand = isReadOnly(meeting.status);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [fileOutcome, setFileOutcome] = useState<string | null>(null);
  const headingId = useId();
  const fileHeadingId = useId();
  const name = useId();

  useEffect(() => {
    void loadExports(meeting.id);
  }, [meeting.id, loadExports]);

  async function exportToWord() {
    setOutcome({ kind: 'busy' });
    try {
      const result = await exportMinutes(board, meeting, {
        layout,
        audience,
        handSignature: canSignByHand && handSignature,
      });
      setOutcome(
        result.status === 'cancelled'
          ? { kind: 'idle' }
          : { kind: 'saved', text: `Saved ${result.fileName} in ${result.folder}.` },
      );
    } catch (error) {
      setOutcome({
        kind: 'failed',
        text: errorMessage(error),
        canRetry: canChooseAgain(error),
      });
    }
  }

  async function saveMeetingFile() {
    setFileOutcome(null);
    try {
      const result = await saveMeetingFileOf(board, meeting);
      if (result.status === 'saved') setFileOutcome(`Saved ${result.fileName}.`);
    } catch (error) {
      setFileOutcome(errorMessage(error));
    }
  }

  return (
    <div className="page">
      <section className="panel" aria-labelledby={headingId}>
        <h2 id={headingId}>Export to Word</h2>
        <p className="panel__hint">
          Builds a Word document of these minutes for circulation and sign-off. Minutes that are not
          yet approved are marked DRAFT on every page.
        </p>
        <div className="form-grid">
          <fieldset>
            <legend>Layout</legend>
            <label className="choice">
              <input
                type="radio"
                name={`${name}-layout`}
                checked={layout === 'summary'}
                onChange={() => setLayout('summary')}
              />
              Meeting summary (the board’s house style)
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${name}-layout`}
                checked={layout === 'formal'}
                onChange={() => setLayout('formal')}
              />
              Formal minutes (minute references, quorum, declarations, action log)
            </label>
          </fieldset>
          <fieldset>
            <legend>For</legend>
            <label className="choice">
              <input
                type="radio"
                name={`${name}-audience`}
                checked={audience === 'internal'}
                onChange={() => setAudience('internal')}
              />
              The board: every item
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${name}-audience`}
                checked={audience === 'public'}
                onChange={() => setAudience('public')}
              />
              The public: leave out items taken in private
            </label>
          </fieldset>
          {canSignByHand && (
            <label className="choice">
              <input
                type="checkbox"
                checked={handSignature}
                onChange={(event) => setHandSignature(event.target.checked)}
              />
              A copy to sign by hand (adds a line for the signature and the date)
            </label>
          )}
        </div>
        <div className="inline-inputs">
          <button
            type="button"
            className="button"
            disabled={outcome.kind === 'busy'}
            onClick={() => void exportToWord()}
          >
            Export to Word…
          </button>
          {outcome.kind === 'failed' && outcome.canRetry && (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void exportToWord()}
            >
              Choose another folder…
            </button>
          )}
        </div>
        <div aria-live="polite">
          {outcome.kind === 'busy' && <p>Building the document…</p>}
          {outcome.kind === 'saved' && <p className="notice notice--info">{outcome.text}</p>}
        </div>
        {outcome.kind === 'failed' && (
          <p className="notice notice--error" role="alert">
            {outcome.text}
          </p>
        )}
        <ExportHistory exports={exports} />
      </section>
      <section className="panel" aria-labelledby={fileHeadingId}>
        <h2 id={fileHeadingId}>Meeting file</h2>
        <p className="panel__hint">
          Saves the meeting as a Minute Book meeting file (JSON), to move it to another computer or
          build its Word document from the command line.
        </p>
        <div className="inline-inputs">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void saveMeetingFile()}
          >
            Save meeting file…
          </button>
          <span aria-live="polite">{fileOutcome}</span>
        </div>
      </section>
    </div>
  );
}

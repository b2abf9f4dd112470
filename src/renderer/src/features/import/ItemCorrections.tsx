import { useId } from 'react';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { MeetingFile } from '../../../../shared/model';
import { correctItem } from './corrections';

/** Each item's title and notes, to put right; its actions and decisions as they were read. */
export function ItemCorrections({
  meeting,
  onChange,
}: {
  meeting: MeetingFile;
  onChange: (change: (meeting: MeetingFile) => MeetingFile) => void;
}) {
  const headingId = useId();
  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h3 id={headingId}>Items</h3>
      {meeting.items.length === 0 && <p className="empty-state">No items were recognised.</p>}
      <ol className="import-items">
        {meeting.items.map((item, index) => (
          <li key={index} className="import-item">
            <TextField
              label={`Title of item ${index + 1}`}
              value={item.title}
              onChange={(title) => onChange((m) => correctItem(m, index, { title }))}
            />
            <TextAreaField
              label={`Notes of item ${index + 1}`}
              value={item.notes}
              rows={Math.min(10, Math.max(3, item.notes.split('\n').length))}
              onChange={(notes) => onChange((m) => correctItem(m, index, { notes }))}
            />
            {(item.decisions.length > 0 || item.actions.length > 0) && (
              <ul className="record-list">
                {item.decisions.map((decision, at) => (
                  <li key={`d${at}`}>
                    <strong>Decision:</strong> {decision.text}
                  </li>
                ))}
                {item.actions.map((action, at) => (
                  <li key={`a${at}`}>
                    <strong>Action:</strong> {action.text}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

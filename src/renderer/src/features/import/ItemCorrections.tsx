import { useId } from 'react';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { MeetingFile } from '@shared/model';
import { correctItem } from './corrections';
import { ItemRecords } from './ItemRecords';

type Change = (change: (meeting: MeetingFile) => MeetingFile) => void;

/** Each item's reference, title, privacy and notes, and its decisions and actions, to put right. */
export function ItemCorrections({ meeting, onChange }: { meeting: MeetingFile; onChange: Change }) {
  const headingId = useId();
  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h3 id={headingId}>Items</h3>
      {meeting.items.length === 0 && <p className="empty-state">No items were recognised.</p>}
      <ol className="import-items">
        {meeting.items.map((item, index) => {
          const number = index + 1;
          return (
            <li key={index} className="import-item">
              <div className="import-review-times">
                <TextField
                  label={`Reference of item ${number}`}
                  value={item.reference}
                  onChange={(reference) => onChange((m) => correctItem(m, index, { reference }))}
                />
                <TextField
                  label={`Title of item ${number}`}
                  value={item.title}
                  onChange={(title) => onChange((m) => correctItem(m, index, { title }))}
                />
              </div>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={item.private}
                  onChange={(event) =>
                    onChange((m) => correctItem(m, index, { private: event.target.checked }))
                  }
                />
                Item {number} taken in private
              </label>
              <TextAreaField
                label={`Notes of item ${number}`}
                value={item.notes}
                rows={Math.min(10, Math.max(3, item.notes.split('\n').length))}
                onChange={(notes) => onChange((m) => correctItem(m, index, { notes }))}
              />
              <ItemRecords meeting={meeting} itemIndex={index} onChange={onChange} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

import { useId } from 'react';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { MeetingFile } from '../../../../shared/model';
import { correctAction, correctDecision, correctItem } from './corrections';

type Change = (change: (meeting: MeetingFile) => MeetingFile) => void;

/** Each item's reference, title, privacy and notes, and its decisions and actions, to put right. */
export function ItemCorrections({ meeting, onChange }: { meeting: MeetingFile; onChange: Change }) {
  const headingId = useId();
  const owners = meeting.attendance.map((person) => person.name);
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
              {(item.decisions.length > 0 || item.actions.length > 0) && (
                <ul className="import-records">
                  {item.decisions.map((decision, at) => (
                    <li key={`d${at}`} className="import-record import-record--decision">
                      <TextField
                        label={`Decision ${at + 1} of item ${number}`}
                        value={decision.text}
                        onChange={(text) => onChange((m) => correctDecision(m, index, at, text))}
                      />
                    </li>
                  ))}
                  {item.actions.map((action, at) => (
                    <li key={`a${at}`} className="import-record">
                      <TextField
                        label={`Action ${at + 1} of item ${number}`}
                        value={action.text}
                        onChange={(text) => onChange((m) => correctAction(m, index, at, { text }))}
                      />
                      <TextField
                        label={`Owner of action ${at + 1} of item ${number}`}
                        value={action.owner}
                        suggestions={owners}
                        onChange={(owner) =>
                          onChange((m) => correctAction(m, index, at, { owner }))
                        }
                      />
                      <TextField
                        label={`Due date of action ${at + 1} of item ${number}`}
                        type="date"
                        value={action.due}
                        onChange={(due) => onChange((m) => correctAction(m, index, at, { due }))}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

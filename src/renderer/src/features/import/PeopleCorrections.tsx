import { useId } from 'react';
import type { AttendanceStatus, MeetingFile } from '@shared/model';
import { correctAttendee, setChair } from './corrections';

const STATUS_LABEL: Record<AttendanceStatus, string> = {
  present: 'Present',
  apologies: 'Apologies',
  absent: 'Absent',
  'in-attendance': 'In attendance',
};

/** Each person recognised, with their name, organisation, attendance and who chaired, to put right. */
export function PeopleCorrections({
  meeting,
  onChange,
}: {
  meeting: MeetingFile;
  onChange: (change: (meeting: MeetingFile) => MeetingFile) => void;
}) {
  const headingId = useId();
  const chairGroup = useId();
  return (
    <section className="subpanel" aria-labelledby={headingId}>
      <h3 id={headingId}>People</h3>
      {meeting.attendance.length === 0 ? (
        <p className="empty-state">No one was recognised in this file.</p>
      ) : (
        <div className="table-wrap">
          <table className="import-people">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Organisation</th>
                <th scope="col">Role</th>
                <th scope="col">Note</th>
                <th scope="col">Attendance</th>
                <th scope="col">Chair</th>
              </tr>
            </thead>
            <tbody>
              {meeting.attendance.map((person, index) => {
                const row = index + 1;
                return (
                  <tr key={index}>
                    <td>
                      <input
                        type="text"
                        aria-label={`Name of person ${row}`}
                        value={person.name}
                        onChange={(event) =>
                          onChange((m) => correctAttendee(m, index, { name: event.target.value }))
                        }
                      />
                    </td>
                    <td>
                      <input
                        type="text"
                        aria-label={`Organisation of person ${row}`}
                        value={person.organisation}
                        onChange={(event) =>
                          onChange((m) =>
                            correctAttendee(m, index, { organisation: event.target.value }),
                          )
                        }
                      />
                    </td>
                    <td>
                      <input
                        type="text"
                        aria-label={`Role of person ${row}`}
                        value={person.role}
                        onChange={(event) =>
                          onChange((m) => correctAttendee(m, index, { role: event.target.value }))
                        }
                      />
                    </td>
                    <td>
                      <input
                        type="text"
                        aria-label={`Note on person ${row}`}
                        value={person.note}
                        onChange={(event) =>
                          onChange((m) => correctAttendee(m, index, { note: event.target.value }))
                        }
                      />
                    </td>
                    <td>
                      <select
                        aria-label={`Attendance of person ${row}`}
                        value={person.status}
                        onChange={(event) =>
                          onChange((m) =>
                            correctAttendee(m, index, {
                              status: event.target.value as AttendanceStatus,
                            }),
                          )
                        }
                      >
                        {Object.entries(STATUS_LABEL).map(([status, label]) => (
                          <option key={status} value={status}>
                            {label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        type="radio"
                        name={chairGroup}
                        aria-label={`Person ${row} chaired`}
                        checked={person.chair}
                        disabled={person.status !== 'present'}
                        onChange={() => onChange((m) => setChair(m, index))}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

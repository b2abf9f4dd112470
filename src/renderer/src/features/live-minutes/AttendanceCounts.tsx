import { formalName, type AttendanceRecord, type Member } from '@shared/model';
import { useMinutesStore, useNavigationStore } from '../../stores';
import { ATTENDANCE_LABEL } from '../meetings';

const ORDER = ['present', 'in-attendance', 'apologies', 'absent'] as const;

function nameOf(record: AttendanceRecord, people: readonly Member[]): string {
  if (!record.memberId) return record.guestName;
  const member = people.find((person) => person.id === record.memberId);
  return member ? formalName(member) : 'A former member';
}

/**
 * Who is in the room, at a glance while minuting; changes are made on the Attendance tab, which
 * minutes that can no longer be edited do not offer.
 */
export function AttendanceCounts({
  people,
  readOnly,
}: {
  people: readonly Member[];
  readOnly: boolean;
}) {
  const attendance = useMinutesStore((state) => state.attendance);
  const showTab = useNavigationStore((state) => state.showMeetingTab);
  const unmarked = people.filter(
    (person) =>
      !attendance.some((record) => record.memberId === person.id && record.status !== 'unmarked'),
  );
  return (
    <section className="live-attendance" aria-label="Attendance">
      {ORDER.map((status) => {
        const names = attendance
          .filter((record) => record.status === status)
          .map((record) => nameOf(record, people));
        return (
          <details key={status} open={status !== 'present' && names.length > 0}>
            <summary>
              {ATTENDANCE_LABEL[status]}: {names.length}
            </summary>
            <ul>
              {names.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </details>
        );
      })}
      {unmarked.length > 0 && <p className="panel__hint">{unmarked.length} not yet marked.</p>}
      {!readOnly && (
        <button type="button" className="link-button" onClick={() => showTab('attendance')}>
          Change attendance
        </button>
      )}
    </section>
  );
}

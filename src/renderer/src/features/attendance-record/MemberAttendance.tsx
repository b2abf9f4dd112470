import { useId, useMemo } from 'react';
import {
  ATTENDANCE_MARK_WORDS,
  attendanceByTerm,
  attendedInWords,
  formatLongDate,
  personKey,
  rowOfMember,
  todayIso,
  type Board,
  type Member,
} from '@shared/model';
import { selectBoardMembers, useMembersStore } from '../../stores';
import { AttendanceChart } from './AttendanceChart';
import { useAttendanceRecord } from './use-attendance-record';
import '../../styles/standing-records.css';

/** A member's own attendance over all their terms with the board, for their page in the register. */
export function MemberAttendance({ board, member }: { board: Board; member: Member }) {
  const members = useMembersStore(useMemo(() => selectBoardMembers(board.id), [board.id]));
  const headingId = useId();
  const entries = members.filter((each) => personKey(each.fullName) === personKey(member.fullName));
  const today = todayIso();
  const from = entries.reduce(
    (earliest, each) => (each.termStart < earliest ? each.termStart : earliest),
    member.termStart,
  );
  const to = entries.some((each) => each.termEnd === '')
    ? today
    : entries.reduce((latest, each) => (each.termEnd > latest ? each.termEnd : latest), from);
  const { record, loaded } = useAttendanceRecord(board, from, to < from ? from : to);
  const row = record ? rowOfMember(record, member.id) : undefined;
  const attendedMeetings =
    record && row
      ? record.meetings
          .map((meeting, index) => ({ meeting, mark: row.marks[index] }))
          .filter((each) => each.mark !== undefined && each.mark !== 'not-in-office')
      : [];

  return (
    <section className="member-attendance" aria-labelledby={headingId}>
      <h3 id={headingId}>Attendance over their terms</h3>
      {!loaded || !record ? (
        <p role="status">Reading the attendance…</p>
      ) : !row || row.totals.eligible === 0 ? (
        <p className="panel__hint">No meeting has been held while they were in office.</p>
      ) : (
        <>
          <div className="inline-inputs">
            <AttendanceChart totals={row.totals} />
            <span>
              Attended {attendedInWords(row.totals)}
              {row.percentage !== null && ` (${row.percentage}%)`}, from{' '}
              {formatLongDate(record.from)} to {formatLongDate(record.to)}.
            </span>
          </div>
          {row.terms.length > 1 && (
            <ul className="plain-list member-attendance__terms" aria-label="Each term">
              {attendanceByTerm(record, row).map(({ term, totals, percentage }) => (
                <li key={term.start}>
                  Term {formatLongDate(term.start)} to{' '}
                  {term.end === '' ? 'today' : formatLongDate(term.end)}:{' '}
                  {totals.eligible === 0
                    ? 'no meeting held.'
                    : `attended ${attendedInWords(totals)} (${percentage ?? 0}%).`}
                </li>
              ))}
            </ul>
          )}
          <ul className="plain-list member-attendance__list">
            {attendedMeetings.map(({ meeting, mark }) => (
              <li key={meeting.id}>
                {formatLongDate(meeting.date)}: {mark ? ATTENDANCE_MARK_WORDS[mark] : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

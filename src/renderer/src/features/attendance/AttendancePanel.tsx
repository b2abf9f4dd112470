import { useId } from 'react';
import type { Board, Meeting } from '@shared/model';
import { useMinutesStore } from '../../stores';
import { chairOf, useMembersInOffice } from '../meetings';
import { DeclarationsPanel } from './DeclarationsPanel';
import { GuestsPanel } from './GuestsPanel';
import { MemberAttendanceRow } from './MemberAttendanceRow';
import { QuorumStatus } from './QuorumStatus';

export function AttendancePanel({ board, meeting }: { board: Board; meeting: Meeting }) {
  const inOffice = useMembersInOffice(meeting);
  const attendance = useMinutesStore((state) => state.attendance);
  const items = useMinutesStore((state) => state.items);
  const chair = chairOf(meeting, inOffice);
  const headingId = useId();
  const hintId = useId();
  return (
    <div className="page">
      <section className="panel" aria-labelledby={headingId}>
        <div className="panel__header">
          <h2 id={headingId}>Members</h2>
          <QuorumStatus board={board} meeting={meeting} />
        </div>
        <p className="panel__hint" id={hintId}>
          Everyone in office on the day. In a member’s row, press P for present, A for apologies or
          X for absent.
        </p>
        {inOffice.length === 0 ? (
          <p className="empty-state">
            Nobody is in office on this date. Check the register’s terms of office.
          </p>
        ) : (
          <div className="table-wrap">
            <table aria-describedby={hintId}>
              <thead>
                <tr>
                  <th scope="col">Member</th>
                  <th scope="col">Attendance</th>
                  <th scope="col">Arrival and departure</th>
                </tr>
              </thead>
              <tbody>
                {inOffice.map((member) => (
                  <MemberAttendanceRow
                    key={member.id}
                    member={member}
                    record={attendance.find((record) => record.memberId === member.id)}
                    isChair={member.id === chair?.id}
                    items={items}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <GuestsPanel />
      <DeclarationsPanel members={inOffice} meeting={meeting} />
    </div>
  );
}

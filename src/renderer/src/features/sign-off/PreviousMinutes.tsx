import { useEffect, useId, useMemo } from 'react';
import {
  canTake,
  currentVersion,
  formatLongDate,
  lockOf,
  previousMeetingOf,
  signaturesOfVersion,
  type Meeting,
} from '@shared/model';
import {
  selectBoardMeetings,
  selectMeetingSignOff,
  useMeetingsStore,
  useSignOffStore,
} from '../../stores';
import { MEETING_STATUS_LABEL } from '../meetings';
import { ApproveHereForm } from './ApproveHereForm';
import { Digest } from './Digest';
import { formatTime } from './format';

/**
 * Under "Minutes of the previous meeting": where those minutes stand, the archive's record of their
 * approval and signatures (which the Word export of this meeting cites), and their approval here.
 */
export function PreviousMinutes({ meeting }: { meeting: Meeting }) {
  const meetings = useMeetingsStore(
    useMemo(() => selectBoardMeetings(meeting.boardId), [meeting.boardId]),
  );
  const previous = previousMeetingOf(meetings, meeting);
  if (!previous)
    return (
      <p className="panel__hint">
        No earlier meeting of this board is kept in Minute Book, so there is no record to cite.
      </p>
    );
  return <PreviousRecord previous={previous} meeting={meeting} meetings={meetings} />;
}

function PreviousRecord({
  previous,
  meeting,
  meetings,
}: {
  previous: Meeting;
  meeting: Meeting;
  meetings: readonly Meeting[];
}) {
  const signOff = useSignOffStore(useMemo(() => selectMeetingSignOff(previous.id), [previous.id]));
  const load = useSignOffStore((state) => state.loadMeeting);
  const headingId = useId();
  const title = `Minutes of ${formatLongDate(previous.date)}`;

  useEffect(() => {
    void load(previous.id);
  }, [previous.id, load]);

  if (!signOff.loaded) return <p role="status">Reading the sign-off record…</p>;
  const version = currentVersion(signOff.versions);
  const approval = signOff.approvals.filter((each) => each.version === version).at(-1);
  const approving = approval && meetings.find((each) => each.id === approval.approvingMeetingId);
  const signatures = signaturesOfVersion(signOff.signatures, version);
  const lock = lockOf(signOff.audit, version);

  return (
    <section className="matters-arising previous-minutes" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {title}{' '}
        <span className={`badge badge--status-${previous.status}`}>
          {MEETING_STATUS_LABEL[previous.status]}
        </span>
      </h3>
      <p>
        {approval
          ? [
              // Minutes imported as approved at the time may not say on which day.
              approval.approvedOn
                ? `Approved on ${formatLongDate(approval.approvedOn)}`
                : 'Approved at the time',
              approving
                ? approving.id === meeting.id
                  ? 'at this meeting'
                  : `at the meeting of ${formatLongDate(approving.date)}`
                : '',
              approval.amendments && `with amendments: ${approval.amendments}`,
            ]
              .filter(Boolean)
              .join(', ')
          : 'Not yet approved.'}{' '}
        This is version {version} of those minutes.
        {lock && ` Locked by ${lock.by} on ${formatTime(lock.at)}.`}
      </p>
      {signatures.length > 0 && (
        // A list, not a table: the item's column is narrow, and each SHA-256 needs a line of its own.
        <ul
          className="cited-signatures"
          aria-label={`Signatures on the minutes of ${formatLongDate(previous.date)}`}
        >
          {signatures.map((signature) => (
            <li key={signature.id}>
              <p>
                <strong>
                  {signature.signerName}
                  {signature.signerRole && `, ${signature.signerRole}`}
                </strong>
                , signed {formatTime(signature.at)}
              </p>
              <p>
                Signed file <Digest label="SHA-256" value={signature.fileSha256} />
              </p>
              <p>
                Meeting record <Digest label="SHA-256" value={signature.meetingSha256} />
              </p>
            </li>
          ))}
        </ul>
      )}
      <p className="panel__hint">
        The Word export of this meeting cites this record under this item, with each SHA-256 in
        full.
      </p>
      {canTake('approve', previous.status) && (
        <ApproveHereForm previous={previous} meeting={meeting} />
      )}
    </section>
  );
}

import { formatLongDate, type Meeting } from '../../../../shared/model';
import { useMeetingsStore, useSignOffStore } from '../../stores';
import { deleteTranscriptOnApproval } from '../teams/transcript-keeping';

export interface ApprovalDetails {
  approvedOn: string;
  /** The meeting that approved the minutes, or null when it is not one kept in Minute Book. */
  approving: Pick<Meeting, 'id' | 'date'> | null;
  amendments: string;
  by: string;
}

/**
 * Records that `meeting`'s minutes were approved, with its line in the audit trail, then marks them
 * approved. Shared by the Sign-off tab and the next meeting's "Minutes of the previous meeting".
 */
export function useRecordApproval() {
  const updateMeeting = useMeetingsStore((state) => state.updateMeeting);
  const recordApproval = useSignOffStore((state) => state.recordApproval);

  return async (meeting: Meeting, version: number, details: ApprovalDetails) => {
    const amendments = details.amendments.trim();
    const at = new Date().toISOString();
    await recordApproval(
      {
        meetingId: meeting.id,
        approvedOn: details.approvedOn,
        approvingMeetingId: details.approving?.id ?? '',
        amendments,
        version,
        recordedAt: at,
      },
      {
        meetingId: meeting.id,
        at,
        event: 'approved',
        by: details.by.trim(),
        detail: [
          details.approving
            ? `Approved at the meeting of ${formatLongDate(details.approving.date)}`
            : `Approved on ${formatLongDate(details.approvedOn)}`,
          amendments && `with amendments: ${amendments}`,
        ]
          .filter(Boolean)
          .join(', '),
        version,
      },
    );
    updateMeeting(meeting, { status: 'approved' });
    // The minutes are now the record: a transcript kept for drafting them is deleted, on record.
    await deleteTranscriptOnApproval(meeting, {
      approvedOn: details.approvedOn,
      approvingMeetingDate: details.approving?.date ?? null,
    });
  };
}

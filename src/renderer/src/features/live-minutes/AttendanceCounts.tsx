import { useMinutesStore } from '../../stores';

export function AttendanceCounts() {
  const attendance = useMinutesStore((state) => state.attendance);
  const count = (status: string) => attendance.filter((record) => record.status === status).length;
  return (
    <p className="panel__hint">
      {count('present')} present · {count('apologies')} apologies · {count('absent')} absent ·{' '}
      {count('in-attendance')} in attendance
    </p>
  );
}

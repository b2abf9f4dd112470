import type { AttendanceTotals } from '@shared/model';

const WIDTH = 100;
const HEIGHT = 12;

/**
 * A member's meetings as one bar: attended, apologies, absent and not recorded, in proportion to
 * the meetings held while they were in office. Plain SVG: the numbers are beside it in the table,
 * and its label says them for a screen reader.
 */
export function AttendanceChart({ totals }: { totals: AttendanceTotals }) {
  const parts = [
    { count: totals.attended, className: 'attendance-chart__attended' },
    { count: totals.apologies, className: 'attendance-chart__apologies' },
    { count: totals.absent, className: 'attendance-chart__absent' },
    { count: totals.notRecorded, className: 'attendance-chart__unknown' },
  ];
  const label =
    totals.eligible === 0
      ? 'No meetings while in office'
      : `Attended ${totals.attended}, apologies ${totals.apologies}, absent ${totals.absent}${totals.notRecorded ? `, not recorded ${totals.notRecorded}` : ''}, of ${totals.eligible}`;
  let x = 0;
  return (
    <svg
      className="attendance-chart"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      <rect className="attendance-chart__track" x={0} y={0} width={WIDTH} height={HEIGHT} rx={2} />
      {totals.eligible > 0 &&
        parts.map((part) => {
          const width = (WIDTH * part.count) / totals.eligible;
          const rect = (
            <rect
              key={part.className}
              className={part.className}
              x={x}
              y={0}
              width={width}
              height={HEIGHT}
            />
          );
          x += width;
          return part.count > 0 ? rect : null;
        })}
    </svg>
  );
}

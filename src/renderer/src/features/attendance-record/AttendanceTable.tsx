import { useState } from 'react';
import { attendedInWords, type AttendanceRow, type BoardAttendanceRecord } from '@shared/model';
import { AttendanceChart } from './AttendanceChart';
import { sortRows, type SortKey, type SortOrder } from './sorting';

const COLUMNS: ReadonlyArray<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'name', label: 'Member' },
  { key: 'attended', label: 'Attended', numeric: true },
  { key: 'share', label: 'Share', numeric: true },
  { key: 'apologies', label: 'Apologies', numeric: true },
  { key: 'absent', label: 'Absent', numeric: true },
];

function SortHeader({
  column,
  order,
  onSort,
}: {
  column: (typeof COLUMNS)[number];
  order: SortOrder;
  onSort: (key: SortKey) => void;
}) {
  const active = order.key === column.key;
  return (
    <th
      scope="col"
      aria-sort={active ? (order.descending ? 'descending' : 'ascending') : 'none'}
      className={column.numeric ? 'records-table__number' : undefined}
    >
      <button type="button" className="records-table__sort" onClick={() => onSort(column.key)}>
        {column.label}
        <span aria-hidden="true">{active ? (order.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

function lateAndEarly(row: AttendanceRow): string {
  const parts = [
    row.totals.late > 0 ? `${row.totals.late} late` : '',
    row.totals.leftEarly > 0 ? `${row.totals.leftEarly} left early` : '',
    row.totals.notRecorded > 0 ? `${row.totals.notRecorded} not recorded` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** Each member's totals, sortable by any column; the register's order until a header is pressed. */
export function AttendanceTable({ record }: { record: BoardAttendanceRecord }) {
  const [order, setOrder] = useState<SortOrder>({ key: 'register', descending: false });
  const rows = sortRows(record.rows, order);
  const onSort = (key: SortKey) =>
    setOrder((current) => ({
      key,
      // Numbers read best highest first; names A to Z.
      descending: current.key === key ? !current.descending : key !== 'name',
    }));

  return (
    <div className="table-wrap">
      <table className="records-table">
        <caption className="visually-hidden">
          Attendance of each member; press a column heading to sort by it.
        </caption>
        <thead>
          <tr>
            {COLUMNS.slice(0, 3).map((column) => (
              <SortHeader key={column.key} column={column} order={order} onSort={onSort} />
            ))}
            <th scope="col">Chart</th>
            {COLUMNS.slice(3).map((column) => (
              <SortHeader key={column.key} column={column} order={order} onSort={onSort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <span className="member-name">{row.name}</span>
                <span className="member-letters">
                  {[row.role, row.organisation].filter(Boolean).join(', ')}
                </span>
              </th>
              <td className="records-table__number">
                {attendedInWords(row.totals)}
                {lateAndEarly(row) && <span className="member-letters">{lateAndEarly(row)}</span>}
              </td>
              <td className="records-table__number">
                {row.percentage === null ? '—' : `${row.percentage}%`}
              </td>
              <td>
                <AttendanceChart totals={row.totals} />
              </td>
              <td className="records-table__number">{row.totals.apologies}</td>
              <td className="records-table__number">{row.totals.absent}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

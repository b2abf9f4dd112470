import type { AttendanceRow } from '@shared/model';

export type SortKey = 'register' | 'name' | 'share' | 'attended' | 'apologies' | 'absent';
export interface SortOrder {
  key: SortKey;
  descending: boolean;
}

const NUMBER_OF: Record<Exclude<SortKey, 'register' | 'name'>, (row: AttendanceRow) => number> = {
  // A member with no meetings while in office sorts below everyone with a share.
  share: (row) => row.percentage ?? -1,
  attended: (row) => row.totals.attended,
  apologies: (row) => row.totals.apologies,
  absent: (row) => row.totals.absent,
};

/** The rows in the order asked for; "register" keeps the register's order (Chair first). */
export function sortRows(rows: readonly AttendanceRow[], order: SortOrder): AttendanceRow[] {
  const sign = order.descending ? -1 : 1;
  const indexed = rows.map((row, index) => ({ row, index }));
  indexed.sort((a, b) => {
    let difference = 0;
    if (order.key === 'name') {
      difference = a.row.name.localeCompare(b.row.name, 'en-GB', { sensitivity: 'base' });
    } else if (order.key !== 'register') {
      difference = NUMBER_OF[order.key](a.row) - NUMBER_OF[order.key](b.row);
    }
    return sign * difference || a.index - b.index;
  });
  return indexed.map((each) => each.row);
}

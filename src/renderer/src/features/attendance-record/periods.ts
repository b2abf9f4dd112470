import { formatLongDate, type IsoDate, type Meeting, type Member } from '@shared/model';

export interface Period {
  key: string;
  label: string;
  from: IsoDate;
  to: IsoDate;
}

/**
 * The periods a secretary reports on: calendar years, NHS financial years (April to March, as
 * annual reports run) and the board's terms of office, each only where the board has meetings.
 */
export function periodChoices(meetings: readonly Meeting[], members: readonly Member[]): Period[] {
  const years = [...new Set(meetings.map((meeting) => Number(meeting.date.slice(0, 4))))].sort(
    (a, b) => b - a,
  );
  const calendar = years.map((year) => ({
    key: `year-${year}`,
    label: `Year ${year}`,
    from: `${year}-01-01`,
    to: `${year}-12-31`,
  }));
  const financialStarts = [
    ...new Set(
      meetings.map((meeting) => {
        const year = Number(meeting.date.slice(0, 4));
        return meeting.date.slice(5) >= '04-01' ? year : year - 1;
      }),
    ),
  ].sort((a, b) => b - a);
  const financial = financialStarts.map((year) => ({
    key: `financial-${year}`,
    label: `Financial year ${year}/${String(year + 1).slice(2)}`,
    from: `${year}-04-01`,
    to: `${year + 1}-03-31`,
  }));
  const termSpans = new Map<string, Period>();
  for (const member of members) {
    if (member.termEnd === '') continue;
    const key = `term-${member.termStart}-${member.termEnd}`;
    const hasMeetings = meetings.some(
      (meeting) => meeting.date >= member.termStart && meeting.date <= member.termEnd,
    );
    if (hasMeetings && !termSpans.has(key)) {
      termSpans.set(key, {
        key,
        label: `Term ${formatLongDate(member.termStart)} to ${formatLongDate(member.termEnd)}`,
        from: member.termStart,
        to: member.termEnd,
      });
    }
  }
  const terms = [...termSpans.values()].sort((a, b) => b.from.localeCompare(a.from));
  return [...calendar, ...financial, ...terms];
}

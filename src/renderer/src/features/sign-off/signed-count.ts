import { formatLongDate, todayIso, type IsoDate } from '@shared/model';

/**
 * The day on which "the members in office" are counted for a signed document: the date of the
 * meeting it is the minutes of, if the archive knows it; otherwise the day of its latest valid
 * signature; otherwise the day already chosen. Counting on today would find no one once the
 * board's terms had ended.
 */
export function countingDate(
  meetingDate: IsoDate | null,
  signatures: ReadonlyArray<{ valid: boolean; signingTime: string | null }>,
  otherwise: IsoDate,
): IsoDate {
  if (meetingDate) return meetingDate;
  const times = signatures
    .filter((each) => each.valid && each.signingTime)
    .map((each) => new Date(each.signingTime ?? ''))
    .filter((time) => !Number.isNaN(time.getTime()))
    .sort((a, b) => b.getTime() - a.getTime());
  return times[0] ? todayIso(times[0]) : otherwise;
}

/** "3 of 9 members in office on 21 June 2021 have signed", never "0 of 0". */
export function signedCountText(signed: number, inOffice: number, on: IsoDate): string {
  const day = formatLongDate(on);
  if (inOffice === 0) return `Nobody in the register was in office on ${day}.`;
  const members = inOffice === 1 ? 'member' : 'members';
  return `${signed} of ${inOffice} ${members} in office on ${day} ${signed === 1 ? 'has' : 'have'} signed`;
}

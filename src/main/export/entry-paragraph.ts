import { Paragraph, TextRun } from 'docx';
import { recogniseDueDate, type IsoDate, type LeadIn } from '../../shared/model';
import { entryCitation, type MinuteEntry } from './minute-entries';
import { CHARACTER_STYLE, STYLE } from './styles';
import { ordinalDate } from './wording';

export interface EntryContext {
  meetingDate: IsoDate;
  nextMeetingDate: IsoDate | '';
  /** The item's minute reference in formal minutes, so the entry can be cited; '' in a summary. */
  itemReference: string;
}

/** "Action:", "Decision:", "RESOLVED that …", "AGREED:": the board's own words, styled. */
function leadInWords(leadIn: LeadIn, text: string): string {
  if (leadIn === 'RESOLVED' || leadIn === 'AGREED')
    return /^that\b/i.test(text) ? leadIn : `${leadIn}:`;
  return `${leadIn}:`;
}

/**
 * Where the sentence itself says the board's word ("RESOLVED that …", "It was AGREED that …", "The
 * Board APPROVED …"), that word is the lead-in: it is styled where it stands, not printed twice.
 */
function leadInWithin(leadIn: LeadIn, sentence: string): [string, string, string] | null {
  if (leadIn === 'Action' || leadIn === 'Decision') return null;
  const match = new RegExp(`\\b${leadIn}\\b`, 'i').exec(sentence);
  if (!match) return null;
  const end = match.index + match[0].length;
  return [sentence.slice(0, match.index), match[0], sentence.slice(end)];
}

const ISO_DATE = /\b(\d{4}-\d{2}-\d{2})\b/g;
/** "(Owner: Craig; Due: 31/08/2021)" at the end of a line: the record now says it, in one form. */
const TRAILING_PARTICULARS = /\s*\((?:owner|lead|due|by)\s*:[^()]*\)\s*[.;]?\s*$/i;
const TITLES = /^(dr|mr|mrs|ms|miss|mx|prof|professor|sir|dame|rev|cllr)\.?$/i;

/** The sentence as the secretary wrote it, with dates in words and a full stop to end it. */
export function entrySentence(entry: MinuteEntry): string {
  let text = entry.text.replace(ISO_DATE, (iso) => ordinalDate(iso));
  if ((entry.owner || entry.due) && TRAILING_PARTICULARS.test(text)) {
    text = text.replace(TRAILING_PARTICULARS, '');
  }
  text = text.trim();
  return /[.!?…]["”’)]?$/.test(text) ? text : `${text}.`;
}

/** The words of a name worth looking for: "Dr Craig R. Shenton, PhD" → Craig, Shenton. */
function nameWords(name: string): string[] {
  const words = (name.split(',')[0] ?? '')
    .trim()
    .split(/\s+/)
    .filter((word) => !TITLES.test(word));
  const first = words[0] ?? '';
  const last = words.length > 1 ? (words.at(-1) ?? '') : '';
  return [first, last].filter((word) => word.replace(/\W/g, '').length >= 2);
}

function mentions(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}(?=$|[^\\p{L}])`, 'iu').test(text);
}

/** Owner and due date, each only when the sentence does not already say it. */
export function entryParticulars(
  entry: MinuteEntry,
  context: Pick<EntryContext, 'meetingDate' | 'nextMeetingDate'>,
): Array<[label: string, value: string]> {
  const particulars: Array<[string, string]> = [];
  const owner = entry.owner.trim();
  if (owner && !nameWords(owner).some((word) => mentions(entry.text, word))) {
    particulars.push(['Owner:', owner]);
  }
  if (entry.due) {
    const said = recogniseDueDate(entry.text, context.meetingDate, context.nextMeetingDate);
    // A date never breaks across lines: "11th April 2024" is read as one thing.
    if (said !== entry.due)
      particulars.push(['Due:', ordinalDate(entry.due).replace(/ /g, '\u00a0')]);
  }
  return particulars;
}

/**
 * One decision or action as its own paragraph: "Action: Craig Shenton to write to ICS analytics
 * leads. Owner: Craig R. Shenton, PhD · Due: 31st August 2021", and in formal minutes its reference.
 */
export function entryParagraph(entry: MinuteEntry, context: EntryContext): Paragraph {
  const sentence = entrySentence(entry);
  const within = leadInWithin(entry.leadIn, sentence);
  const runs: TextRun[] = within
    ? [
        ...(within[0] ? [new TextRun(within[0])] : []),
        new TextRun({ text: within[1], style: CHARACTER_STYLE.leadIn }),
        new TextRun(within[2]),
      ]
    : [
        new TextRun({ text: leadInWords(entry.leadIn, entry.text), style: CHARACTER_STYLE.leadIn }),
        new TextRun(` ${sentence}`),
      ];
  const details: Array<[string, string]> = entryParticulars(entry, context);
  if (context.itemReference) details.push(['Ref.', entryCitation(context.itemReference, entry)]);
  details.forEach(([label, value], index) => {
    runs.push(
      new TextRun({ text: index === 0 ? ' ' : ' · ', style: CHARACTER_STYLE.entryDetail }),
      new TextRun({ text: `${label}\u00a0`, style: CHARACTER_STYLE.entryLabel }),
      new TextRun({ text: value, style: CHARACTER_STYLE.entryDetail }),
    );
  });
  return new Paragraph({
    style: entry.kind === 'action' ? STYLE.action : STYLE.decision,
    children: runs,
  });
}

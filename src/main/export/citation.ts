import { NoBreakHyphen, TextRun } from 'docx';
import type { MeetingFileItem, PreviousMinutes } from '../../shared/model';
import { body } from './paragraphs';
import { ordinalDate } from './wording';

type CitedSignature = PreviousMinutes['signatures'][number];

/** "The minutes of the meeting held on 21st June 2021 were approved as a correct record …". */
function approvalSentence(cited: PreviousMinutes): string {
  const minutes = `The minutes of the meeting held on ${ordinalDate(cited.meetingDate)}`;
  const edition = cited.version > 1 ? ` (version ${cited.version}, as corrected)` : '';
  if (!cited.approvedOn) return `${minutes}${edition} have not yet been approved.`;
  const where = cited.approvingMeetingDate
    ? ` at the meeting held on ${ordinalDate(cited.approvingMeetingDate)}`
    : ` on ${ordinalDate(cited.approvedOn)}`;
  const amendments = cited.amendments.trim();
  return amendments
    ? `${minutes}${edition} were approved as a correct record${where}, with the following amendments: ${withFullStop(amendments)}`
    : `${minutes}${edition} were approved as a correct record${where}.`;
}

/** The full SHA-256 values: a reader checks a copy against them, so they are never shortened. */
function signatureSentence(signature: CitedSignature): string {
  const who = signature.role ? `${signature.signer}, ${signature.role}` : signature.signer;
  return `Signed by ${who}, on ${ordinalDate(signature.signedOn)}; signed document SHA-256 ${signature.fileSha256}; meeting record SHA-256 ${signature.meetingSha256}.`;
}

function withFullStop(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** The sentences citing the archive's record, in reading order. */
export function citationSentences(cited: PreviousMinutes): string[] {
  return [approvalSentence(cited), ...cited.signatures.map(signatureSentence)];
}

/** "SHA-256" must not break at its hyphen, or the name and its value read as two things. */
function unbrokenHyphens(text: string): TextRun[] {
  const parts = text.split('SHA-256');
  const children = parts.flatMap((part, index) =>
    index === 0 ? [part] : ['SHA', new NoBreakHyphen(), `256${part}`],
  );
  return [new TextRun({ children })];
}

/** Under "Minutes of the previous meeting", before the item's own notes. */
export function citationParagraphs(item: MeetingFileItem) {
  return item.previousMinutes
    ? citationSentences(item.previousMinutes).map((text) => body(unbrokenHyphens(text)))
    : [];
}

import {
  recogniseActionOwner,
  recogniseDueDate,
  type ActionStatus,
  type MeetingFileInput,
} from '../../shared/model';
import { findDate } from '../../shared/model';

/**
 * Action-log tables, as Word minutes often end or open with them: "Ref | Action | Owner | Due"
 * (or "Lead", "By whom", "Deadline", "Status"). Each row is an action with its owner and due date.
 * Pure.
 */

export interface ActionLogColumns {
  reference: number;
  action: number;
  owner: number;
  due: number;
  status: number;
}

type ActionInput = NonNullable<NonNullable<MeetingFileInput['items']>[number]['actions']>[number];

/** The columns of an action log, read from its header row, or null for any other row. */
export function actionLogColumns(cells: readonly string[]): ActionLogColumns | null {
  const find = (pattern: RegExp) => cells.findIndex((cell) => pattern.test(cell.trim()));
  const columns = {
    reference: find(/^(?:ref(?:erence)?\.?|no\.?|minute(?:\s+ref)?|item|#)$/i),
    action: find(/^(?:actions?|action\s+required|action\s+agreed|description)$/i),
    owner: find(/^(?:owner|lead|by\s+whom|who|responsible|action\s+owner|assigned\s+to)$/i),
    due: find(/^(?:due(?:\s+date)?|deadline|by\s+when|when|target(?:\s+date)?|date\s+due)$/i),
    status: find(/^(?:status|progress|update|rag)$/i),
  };
  // An action log names what is to be done and who or when: a table of members does not.
  return columns.action >= 0 && (columns.owner >= 0 || columns.due >= 0) ? columns : null;
}

const STATUS_WORDS: readonly (readonly [RegExp, ActionStatus])[] = [
  [/^(?:complete[d]?|done|closed|finished|achieved)\b/i, 'done'],
  [/^(?:carried\s+forward|c\/f|deferred|rolled\s+forward)\b/i, 'carried-forward'],
  [/^(?:dropped|withdrawn|cancelled|no\s+longer\s+required|superseded)\b/i, 'dropped'],
];

function statusOf(text: string): ActionStatus {
  return STATUS_WORDS.find(([pattern]) => pattern.test(text.trim()))?.[1] ?? 'open';
}

/** One row of an action log as an action, or null for a row with no action in it. */
export function actionFromLogRow(
  cells: readonly string[],
  columns: ActionLogColumns,
  meetingDate: string,
  nextMeetingDate: string,
): (ActionInput & { reference: string }) | null {
  const at = (index: number) => (index >= 0 ? (cells[index] ?? '').trim() : '');
  const text = at(columns.action);
  if (!/\p{L}/u.test(text)) return null;
  const ownerCell = at(columns.owner);
  const dueCell = at(columns.due);
  const due =
    (dueCell && findDate(dueCell, meetingDate ? { yearlessAfter: meetingDate } : {})?.date) ||
    recogniseDueDate(dueCell ? `by ${dueCell}` : text, meetingDate, nextMeetingDate);
  return {
    reference: at(columns.reference),
    text,
    owner: ownerCell.split(/\s*(?:\/|,|;|\band\b|&)\s*/)[0]?.trim() || recogniseActionOwner(text),
    due,
    status: statusOf(at(columns.status)),
  };
}

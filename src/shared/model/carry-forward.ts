import {
  STANDARD_AGENDA,
  insertionIndexForBusiness,
  type AgendaTemplateItem,
} from './agenda-templates';
import type { Action, AgendaItem, Meeting } from './meeting';

export interface CarriedItem extends AgendaTemplateItem {
  presenter: string;
  reference: string;
  private: boolean;
}

/**
 * The agenda of the next meeting: the standard items, with every item deferred at this meeting
 * placed as new business before any other business.
 */
export function agendaForNextMeeting(items: readonly AgendaItem[]): CarriedItem[] {
  const standard: CarriedItem[] = STANDARD_AGENDA.map((item) => ({
    ...item,
    presenter: '',
    reference: '',
    private: false,
  }));
  const deferred: CarriedItem[] = [...items]
    .sort((a, b) => a.position - b.position)
    .filter((item) => item.outcome === 'deferred')
    .map((item) => ({
      title: item.title,
      kind: 'standard',
      allowanceMinutes: item.allowanceMinutes,
      presenter: item.presenter,
      reference: item.reference,
      private: item.private,
    }));
  const at = insertionIndexForBusiness(standard.map((item) => item.kind));
  return [...standard.slice(0, at), ...deferred, ...standard.slice(at)];
}

/** Actions still to be followed up: open or carried forward, from meetings before this one. */
export function actionsArising(
  actions: readonly Action[],
  meetings: readonly Meeting[],
  meeting: Meeting,
): Action[] {
  const dateOf = new Map(meetings.map((each) => [each.id, each.date]));
  return actions
    .filter((action) => action.boardId === meeting.boardId && action.meetingId !== meeting.id)
    .filter((action) => (dateOf.get(action.meetingId) ?? '') < meeting.date)
    .filter(
      (action) =>
        action.status === 'open' ||
        action.status === 'carried-forward' ||
        updatedAt(action, meeting.id),
    )
    .sort(
      (a, b) =>
        (dateOf.get(a.meetingId) ?? '').localeCompare(dateOf.get(b.meetingId) ?? '') ||
        a.createdAt.localeCompare(b.createdAt),
    );
}

/** An action closed during this meeting stays listed under it, so its update is still on record. */
function updatedAt(action: Action, meetingId: string): boolean {
  return action.updates.some((update) => update.meetingId === meetingId);
}

export function isOverdue(action: Pick<Action, 'due' | 'status'>, today: string): boolean {
  return (
    action.due !== '' &&
    action.due < today &&
    (action.status === 'open' || action.status === 'carried-forward')
  );
}

import type { IpcRequest, IpcResponse } from '@shared/ipc/contract';
import { formatLongDate, invitationUid, type Board, type Meeting } from '@shared/model';
import type { WorkflowContext } from './context';

/** Who the invitation is from (the Secretary, when there is one with an e-mail) and who it invites. */
export type InvitedPeople = Pick<IpcRequest<'exportInvitation'>, 'organiser' | 'invitees'>;

/**
 * The meeting's calendar invitation (.ics), saved where the user chooses: built from the meeting
 * as typed so far, as an update of the one saved before when there was one.
 */
export async function saveInvitation(
  context: WorkflowContext,
  board: Board,
  meeting: Meeting,
  people: InvitedPeople,
): Promise<IpcResponse<'exportInvitation'>> {
  return context.callMain('exportInvitation', {
    meeting: await context.meetingFile(board, meeting),
    uid: invitationUid(meeting.id),
    organiser: people.organiser,
    invitees: people.invitees,
    previous: meeting.invitation ?? null,
  });
}

/** The agenda as an e-mail draft in the user's mail program, to everyone invited; nothing is sent. */
export async function emailAgenda(
  context: WorkflowContext,
  board: Board,
  meeting: Meeting,
  people: InvitedPeople,
): Promise<void> {
  const file = await context.meetingFile(board, meeting);
  const when = `${formatLongDate(meeting.date)}${meeting.startTime ? ` at ${meeting.startTime}` : ''}`;
  const body = [
    `The ${board.name} meets on ${when}${meeting.location ? ` (${meeting.location})` : ''}.`,
    '',
    'Agenda',
    ...(file.items ?? []).map((item) => `${item.number}. ${item.title}`),
  ].join('\n');
  await context.callMain('openAgendaEmail', {
    to: [people.organiser, ...people.invitees].flatMap((person) => (person ? [person.email] : [])),
    subject: `Agenda: ${board.name}, ${formatLongDate(meeting.date)}`,
    body,
  });
}

/** Asks for a Teams attendance report and reads it (null fields when the user cancels). */
export function importAttendanceReport(
  context: WorkflowContext,
): Promise<IpcResponse<'importAttendanceReport'>> {
  return context.callMain('importAttendanceReport', {});
}

/** Asks for a Teams transcript and drafts the minutes from it, item by item. */
export function importTranscript(
  context: WorkflowContext,
  request: IpcRequest<'importTranscript'>,
): Promise<IpcResponse<'importTranscript'>> {
  return context.callMain('importTranscript', request);
}

/** Drafts a transcript again, split where the user moved an item's start. */
export function redraftTranscript(
  context: WorkflowContext,
  request: IpcRequest<'redraftTranscript'>,
): Promise<IpcResponse<'redraftTranscript'>> {
  return context.callMain('redraftTranscript', request);
}

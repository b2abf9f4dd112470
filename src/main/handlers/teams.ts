import { basename } from 'node:path';
import type { IpcResponse, ParsedIpcRequest } from '../../shared/ipc/contract';
import { writeFileAtomic } from '../files/write-file-atomic';
import { buildInvitation, invitationFingerprint } from '../teams/invitation';
import { readAttendanceReportFile, readTranscriptBytes } from '../teams/read-teams-files';
import { runTranscriptJob } from '../teams/transcript-job';
import type { MainPorts } from '../ports';
import { UserError } from '../user-error';
import { withExtension } from './with-extension';

/**
 * Saves the meeting's calendar invitation. The UID is the meeting's; SEQUENCE goes up by one when
 * what the invitation says has changed since the last one, so calendars update the same event.
 */
export async function exportInvitation(
  ports: MainPorts,
  request: ParsedIpcRequest<'exportInvitation'>,
): Promise<IpcResponse<'exportInvitation'>> {
  const fingerprint = invitationFingerprint(request.meeting, request.invitees);
  const previous = request.previous;
  const sequence = !previous
    ? 0
    : previous.fingerprint === fingerprint
      ? previous.sequence
      : previous.sequence + 1;
  const chosen = await ports.chooseSavePath({
    title: 'Save the calendar invitation',
    defaultFileName: `${request.meeting.date} ${request.meeting.board}.ics`.replace(
      /[\\/:*?"<>|]/g,
      '',
    ),
    filters: [{ name: 'Calendar invitation', extensions: ['ics'] }],
  });
  if (chosen === null) return { status: 'cancelled' };
  const path = withExtension(chosen, '.ics');
  const text = buildInvitation(request.meeting, {
    uid: request.uid,
    sequence,
    stamp: ports.now?.() ?? new Date(),
    organiser: request.organiser,
    invitees: request.invitees,
  });
  await writeFileAtomic(path, text);
  return { status: 'saved', path, fileName: basename(path), sequence, fingerprint };
}

/** Opens a draft e-mail of the agenda in the system's mail program; nothing is sent by Minute Book. */
export async function openAgendaEmail(
  ports: MainPorts,
  request: ParsedIpcRequest<'openAgendaEmail'>,
): Promise<IpcResponse<'openAgendaEmail'>> {
  if (!ports.openMailDraft) throw new UserError('This computer has no mail program to open.');
  const query = new URLSearchParams({ subject: request.subject, body: request.body })
    .toString()
    .replace(/\+/g, '%20');
  await ports.openMailDraft(`mailto:${request.to.map(encodeURIComponent).join(',')}?${query}`);
  return { status: 'opened' };
}

const REPORT_FILTER = { name: 'Teams attendance report', extensions: ['csv'] };
const TRANSCRIPT_FILTER = { name: 'Teams transcript', extensions: ['vtt', 'docx'] };

export async function importAttendanceReport(
  ports: MainPorts,
): Promise<IpcResponse<'importAttendanceReport'>> {
  const chosen = await ports.chooseOpenPath({
    title: 'Import the Teams attendance report',
    filters: [REPORT_FILTER, { name: 'All files', extensions: ['*'] }],
  });
  if (chosen === null) return { status: 'cancelled' };
  return {
    status: 'opened',
    fileName: basename(chosen),
    report: await readAttendanceReportFile(chosen),
  };
}

export async function importTranscript(
  ports: MainPorts,
  request: ParsedIpcRequest<'importTranscript'>,
): Promise<IpcResponse<'importTranscript'>> {
  const chosen = await ports.chooseOpenPath({
    title: 'Import the Teams transcript',
    filters: [TRANSCRIPT_FILTER, { name: 'All files', extensions: ['*'] }],
  });
  if (chosen === null) return { status: 'cancelled' };
  const bytes = await readTranscriptBytes(chosen);
  // Parsing and drafting grow with the transcript: off this process's event loop in the app.
  const drafted = await (ports.draftTranscripts ?? runTranscriptJob)({
    kind: 'read',
    bytes,
    fileName: basename(chosen),
    headings: request.headings,
    context: request.context,
  });
  if (drafted.kind !== 'read') throw new Error('The transcript was not read');
  return {
    status: 'opened',
    fileName: basename(chosen),
    cues: drafted.cues,
    drafts: drafted.drafts,
  };
}

/** Drafts again from boundaries the secretary moved. */
export async function redraftTranscript(
  ports: MainPorts,
  request: ParsedIpcRequest<'redraftTranscript'>,
): Promise<IpcResponse<'redraftTranscript'>> {
  const drafted = await (ports.draftTranscripts ?? runTranscriptJob)({
    kind: 'redraft',
    cues: request.cues,
    headings: request.headings,
    context: request.context,
    starts: request.starts,
  });
  return drafted.drafts;
}

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { useTeamsStore, type ImportedTranscript } from '@renderer/stores/teams-store';
import { emailAgenda, saveInvitation } from '@renderer/workflows/teams';
import {
  closeKept,
  deleteTranscriptOnApproval,
  keepIfAllowed,
  readKept,
  setKeepingTranscripts,
} from '@renderer/workflows/transcript-keeping';
import { freshDatabase } from '../db/migration-harness';
import { meeting } from '../../support/example-meeting';
import { aMeeting } from '../../support/records';
import { BOARD, fakeApp } from './fake-context';

const PEOPLE = {
  organiser: { name: 'Sam Patel', email: 'sam@example.org' },
  invitees: [{ name: 'Alex Cheung', email: 'alex@example.org', optional: false }],
};

const TRANSCRIPT: ImportedTranscript = {
  fileName: 'June board.vtt',
  cues: [{ start: 0, end: 4, speaker: 'Alex Cheung', text: 'Welcome, everyone.' }],
  drafts: { starts: [0], items: [] },
  verdicts: {},
};

describe('the Teams workflows', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
    // The setting is remembered on this computer, in the page's localStorage.
    const saved = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, value: string) => saved.set(key, value),
    });
    useTeamsStore.getState().setKeepUntilApproved(true);
  });
  afterEach(() => {
    db.close();
    vi.unstubAllGlobals();
  });

  it('saves the invitation from the meeting as typed, as an update of the one saved before', async () => {
    const june = aMeeting('june', '2021-06-21', { invitation: { sequence: 1, fingerprint: 'f' } });
    const app = fakeApp(db, {
      exportInvitation: () => ({
        status: 'saved',
        path: '/x/June.ics',
        fileName: 'June.ics',
        sequence: 2,
        fingerprint: 'g',
      }),
    });
    await saveInvitation(app.context, BOARD, june, PEOPLE);
    expect(app.calls).toHaveLength(1);
    expect(app.calls[0]?.request).toMatchObject({
      meeting: { board: 'NHS Python Community Board' },
      organiser: PEOPLE.organiser,
      invitees: PEOPLE.invitees,
      previous: { sequence: 1, fingerprint: 'f' },
    });
  });

  it('drafts the agenda e-mail to everyone invited, the date in words', async () => {
    const june = aMeeting('june', '2021-06-21', { startTime: '18:00' });
    const file = meeting({
      board: BOARD.name,
      date: '2021-06-21',
      items: [
        { number: 1, title: 'Welcome' },
        { number: 2, title: 'Finance' },
      ],
    });
    const app = fakeApp(db, { openAgendaEmail: () => ({ status: 'opened' }) }, file);
    await emailAgenda(app.context, BOARD, june, PEOPLE);
    const request = app.calls[0]?.request as { to: string[]; subject: string; body: string };
    expect(request.to).toEqual(['sam@example.org', 'alex@example.org']);
    expect(request.subject).toBe('Agenda: NHS Python Community Board, 21 June 2021');
    expect(request.body).toMatch(/^The NHS Python Community Board meets on 21 June 2021 at 18:00/);
    expect(request.body).toMatch(/\nAgenda\n1\. Welcome\n2\. Finance$/);
  });

  it('keeps a transcript with a draft, never with approved minutes', async () => {
    const app = fakeApp(db, {});
    const draft = aMeeting('june', '2021-06-21');
    expect(await keepIfAllowed(app.context, draft, TRANSCRIPT, '2021-06-22T09:00:00.000Z')).toBe(
      true,
    );
    expect((await readKept(app.context, 'june')).stored?.fileName).toBe('June board.vtt');

    const approved = aMeeting('may', '2021-05-17', { status: 'approved' });
    expect(await keepIfAllowed(app.context, approved, TRANSCRIPT, '2021-06-22T09:00:00.000Z')).toBe(
      false,
    );
    expect((await readKept(app.context, 'may')).stored).toBeNull();
  });

  it('deletes the transcript on approval, leaving a record of why', async () => {
    const app = fakeApp(db, {});
    const june = aMeeting('june', '2021-06-21');
    await keepIfAllowed(app.context, june, TRANSCRIPT, '2021-06-22T09:00:00.000Z');
    await deleteTranscriptOnApproval(app.context, june, {
      approvedOn: '2021-07-19',
      approvingMeetingDate: '2021-07-19',
    });
    const { stored, deletions } = await readKept(app.context, 'june');
    expect(stored).toBeNull();
    expect(deletions).toEqual([expect.objectContaining({ reason: 'minutes-approved' })]);
  });

  it('closing the transcript, or turning keeping off, deletes what was kept', async () => {
    const app = fakeApp(db, {});
    const june = aMeeting('june', '2021-06-21');
    const july = aMeeting('july', '2021-07-19');
    await keepIfAllowed(app.context, june, TRANSCRIPT, '2021-06-22T09:00:00.000Z');
    await keepIfAllowed(app.context, july, TRANSCRIPT, '2021-07-20T09:00:00.000Z');
    await closeKept(app.context, june);
    expect((await readKept(app.context, 'june')).deletions[0]?.reason).toBe('closed');
    expect((await readKept(app.context, 'july')).stored).not.toBeNull();

    await setKeepingTranscripts(app.context, false);
    expect((await readKept(app.context, 'july')).deletions[0]?.reason).toBe('keeping-turned-off');
    expect(await keepIfAllowed(app.context, july, TRANSCRIPT, '2021-07-20T09:00:00.000Z')).toBe(
      false,
    );
  });
});

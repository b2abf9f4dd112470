import { useEffect, useEffectEvent, useId, useMemo, useRef, useState } from 'react';
import {
  TRANSCRIPT_RETENTION_REASON,
  countOf,
  deletionSentence,
  mayKeepTranscript,
  type Board,
  type Meeting,
  type Member,
} from '@shared/model';
import { useActionsStore, useMinutesStore } from '../../stores';
import { trackSave } from '../../stores/save-status-store';
import { acceptAction, acceptDecision, acceptSentence, type DraftTargets } from './accept-draft';
import { ItemDraftCard } from './ItemDraftCard';
import { useTeamsStore } from '../../stores/teams-store';
import {
  closeKeptTranscript,
  importTranscript as importTeamsTranscript,
  keepTranscriptIfAllowed,
  readKeptTranscript,
  redraftTranscript,
  setKeepingTranscripts,
} from '../../workflows';
import { errorMessage } from '@shared/error-message';

export function TranscriptSection({
  board,
  meeting,
  members,
}: {
  board: Board;
  meeting: Meeting;
  members: readonly Member[];
}) {
  const transcript = useTeamsStore((state) => state.transcript);
  const setTranscript = useTeamsStore((state) => state.setTranscript);
  const setDrafts = useTeamsStore((state) => state.setDrafts);
  const decide = useTeamsStore((state) => state.decide);
  const items = useMinutesStore((state) => state.items);
  const attendance = useMinutesStore((state) => state.attendance);
  const setNotes = useMinutesStore((state) => state.setNotes);
  const addDecision = useMinutesStore((state) => state.addDecision);
  const addAction = useActionsStore((state) => state.addAction);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const headingId = useId();
  const keepUntilApproved = useTeamsStore((state) => state.keepUntilApproved);
  const deletions = useTeamsStore((state) => state.deletions);
  const importedAt = useTeamsStore((state) => state.importedAt);
  const setImportedAt = useTeamsStore((state) => state.setImportedAt);
  const setDeletions = useTeamsStore((state) => state.setDeletions);
  const kept = mayKeepTranscript(keepUntilApproved, meeting.status);
  /** The meeting whose kept transcript has been read back, so it is read once per visit. */
  const restoredFor = useRef<string | null>(null);

  const ordered = useMemo(() => [...items].sort((a, b) => a.position - b.position), [items]);
  const headings = ordered.map((item, index) => ({
    number: index + 1,
    title: item.title.trim() || 'Untitled item',
  }));
  const context = {
    meetingDate: meeting.date,
    nextMeetingDate: meeting.nextMeetingDate,
    people: [
      ...members.map((member) => member.fullName),
      ...attendance.flatMap((record) => (record.memberId === '' ? [record.guestName] : [])),
    ],
  };
  const targets: DraftTargets = {
    boardId: board.id,
    meetingId: meeting.id,
    members,
    minutes: { setNotes, addDecision },
    actions: { addAction },
  };

  // The transcript kept with the meeting is read back, split as it was, with the answers given.
  const restore = useEffectEvent(async () => {
    const { stored, deletions: records } = await readKeptTranscript(meeting.id);
    setDeletions(records);
    if (stored === null || useTeamsStore.getState().transcript !== null) return;
    const drafts = await redraftTranscript({
      cues: stored.cues,
      headings,
      context,
      starts: stored.starts,
    });
    setImportedAt(stored.importedAt);
    setTranscript({
      fileName: stored.fileName,
      cues: stored.cues,
      drafts,
      verdicts: stored.verdicts,
    });
  });
  useEffect(() => {
    if (restoredFor.current === meeting.id) return;
    restoredFor.current = meeting.id;
    restore().catch((error: unknown) =>
      setMessage({
        text: `The transcript kept with this meeting could not be read: ${errorMessage(error)}`,
        error: true,
      }),
    );
  }, [meeting.id]);

  // Every change (a boundary moved, a proposal answered) is kept while keeping is allowed, shown
  // in the header's save status like any other change.
  useEffect(() => {
    if (transcript === null || importedAt === '') return;
    trackSave(keepTranscriptIfAllowed(meeting, transcript, importedAt)).catch(() =>
      setMessage({
        text: 'The transcript could not be kept with the meeting. It stays on screen until you close it.',
        error: true,
      }),
    );
  }, [transcript, importedAt, meeting]);

  async function closeTranscript() {
    setTranscript(null);
    setImportedAt('');
    await closeKeptTranscript(meeting);
  }

  async function importTranscript() {
    setMessage(null);
    try {
      const result = await importTeamsTranscript({ headings, context });
      if (result.status === 'cancelled') return;
      setImportedAt(new Date().toISOString());
      setTranscript({
        fileName: result.fileName,
        cues: result.cues,
        drafts: result.drafts,
        verdicts: {},
      });
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  }

  /** Starts item `index` at passage `to`, kept between its neighbours' starts, and drafts again. */
  async function moveStart(index: number, to: number) {
    if (!transcript) return;
    const starts = [...transcript.drafts.starts];
    const previous = starts[index - 1] ?? 0;
    const next = starts[index + 1] ?? transcript.cues.length;
    const moved = Math.min(next, Math.max(previous, to));
    if (moved === starts[index]) return;
    starts[index] = moved;
    try {
      setDrafts(
        await redraftTranscript({
          cues: [...transcript.cues],
          headings,
          context,
          starts,
        }),
      );
    } catch (error) {
      setMessage({ text: errorMessage(error), error: true });
    }
  }

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Transcript</h2>
      <p className="panel__hint">
        Import the transcript Teams made (.vtt or .docx). Minute Book splits it by the agenda on
        this computer, with nothing sent anywhere, and proposes drafts for each item. Nothing enters
        the minutes until you accept it.
      </p>
      <label className="choice">
        <input
          type="checkbox"
          checked={keepUntilApproved}
          onChange={(event) => void setKeepingTranscripts(event.target.checked)}
        />{' '}
        Keep the transcript with the meeting until the minutes are approved
      </label>
      <p className="notice notice--info">
        {kept
          ? 'Minute Book keeps the transcript with this meeting while you draft the minutes, and deletes it when the minutes are approved. '
          : keepUntilApproved
            ? 'These minutes are approved, so the transcript is not kept: it is gone when you close it or the app. '
            : 'The transcript is not kept: it is gone when you close it, import another or close the app. '}
        {TRANSCRIPT_RETENTION_REASON}
      </p>
      {deletions.length > 0 && (
        <ul className="teams-transcript__deletions" aria-label="Transcripts deleted">
          {deletions.map((deletion) => (
            <li key={deletion.id}>{deletionSentence(deletion)}</li>
          ))}
        </ul>
      )}
      <button type="button" className="button" onClick={() => void importTranscript()}>
        Import transcript
      </button>
      {message && (
        <p
          className={`notice ${message.error ? 'notice--error' : 'notice--info'}`}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {transcript && (
        <div className="teams-transcript">
          <p role="status">
            {transcript.fileName}: {countOf(transcript.cues.length, 'passage', 'passages')}, split
            into {countOf(transcript.drafts.items.length, 'item', 'items')}. If the split is wrong,
            drag the bar where an item starts, or move it with the arrow keys.
          </p>
          {transcript.drafts.items.map((draft, index) => {
            const item = ordered[index];
            return (
              <ItemDraftCard
                key={draft.number}
                draft={draft}
                item={item}
                cues={transcript.cues}
                verdicts={transcript.verdicts}
                decide={decide}
                boundary={
                  index > 0
                    ? {
                        earliest: transcript.drafts.starts[index - 1] ?? 0,
                        latest: transcript.drafts.starts[index + 1] ?? transcript.cues.length,
                        moveTo: (to) => void moveStart(index, to),
                      }
                    : undefined
                }
                accept={{
                  sentence: (at) => {
                    const sentence = draft.keySentences[at];
                    const current = useMinutesStore
                      .getState()
                      .items.find((each) => each.id === item?.id);
                    if (current && sentence) acceptSentence(targets, current, sentence);
                  },
                  decision: async (at) => {
                    const decision = draft.candidateDecisions[at];
                    if (item && decision) await acceptDecision(targets, item, decision.text);
                  },
                  action: async (at) => {
                    const action = draft.candidateActions[at];
                    if (item && action) await acceptAction(targets, item, action);
                  },
                }}
              />
            );
          })}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void closeTranscript()}
          >
            Close the transcript
          </button>
        </div>
      )}
    </section>
  );
}

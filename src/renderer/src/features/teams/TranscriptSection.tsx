import { useId, useMemo, useState } from 'react';
import type { Board, Meeting, Member } from '../../../../shared/model';
import { callMain } from '../../bridge';
import { useActionsStore, useMinutesStore } from '../../stores';
import { acceptAction, acceptDecision, acceptSentence, type DraftTargets } from './accept-draft';
import { ItemDraftCard } from './ItemDraftCard';
import { useTeamsStore } from './teams-store';

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

  async function importTranscript() {
    setMessage(null);
    try {
      const result = await callMain('importTranscript', { headings, context });
      if (result.status === 'cancelled') return;
      setTranscript({
        fileName: result.fileName,
        cues: result.cues,
        drafts: result.drafts,
        verdicts: {},
      });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
    }
  }

  async function moveStart(index: number, by: -1 | 1) {
    if (!transcript) return;
    const starts = [...transcript.drafts.starts];
    const previous = starts[index - 1] ?? 0;
    const next = starts[index + 1] ?? transcript.cues.length;
    const moved = Math.min(next, Math.max(previous, (starts[index] ?? 0) + by));
    if (moved === starts[index]) return;
    starts[index] = moved;
    try {
      setDrafts(
        await callMain('redraftTranscript', {
          cues: [...transcript.cues],
          headings,
          context,
          starts,
        }),
      );
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), error: true });
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
      <p className="notice notice--info">
        The transcript is not saved with the meeting: Minute Book keeps it only while this screen is
        open, and forgets it when you import another or close the app. UK governance guidance is to
        keep notes and recordings of a meeting only until its minutes are approved, because anything
        kept can be requested and disclosed.
      </p>
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
            {transcript.fileName}: {transcript.cues.length} passages, split into{' '}
            {transcript.drafts.items.length} items. Move an item’s start if the split is wrong.
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
                moveStart={index > 0 ? (by) => void moveStart(index, by) : undefined}
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
            onClick={() => setTranscript(null)}
          >
            Close the transcript
          </button>
        </div>
      )}
    </section>
  );
}

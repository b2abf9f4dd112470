import { useId } from 'react';
import { formatLongDate, type AgendaItem } from '@shared/model';
import type { ItemDraft } from '@shared/teams/draft';
import type { Cue } from '@shared/teams/transcript';
import { proposalKey, type Verdict } from '../../stores/teams-store';

function clock(seconds: number): string {
  const whole = Math.floor(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}

interface Proposal {
  key: string;
  text: string;
  detail: string;
  accept: () => Promise<void> | void;
}

interface ItemDraftCardProps {
  draft: ItemDraft;
  item: AgendaItem | undefined;
  cues: readonly Cue[];
  verdicts: Record<string, Verdict>;
  /** Moves where this item starts by one cue; absent for the first item, which starts at the start. */
  moveStart?: (by: -1 | 1) => void;
  decide: (key: string, verdict: Verdict) => void;
  accept: {
    sentence: (index: number) => void;
    decision: (index: number) => Promise<void>;
    action: (index: number) => Promise<void>;
  };
}

function ProposalRow({
  proposal,
  verdict,
  decide,
  kind,
}: {
  proposal: Proposal;
  verdict: Verdict | undefined;
  decide: (key: string, verdict: Verdict) => void;
  kind: string;
}) {
  return (
    <li className={`teams-proposal teams-proposal--${verdict ?? 'draft'}`}>
      <div>
        <span className="badge">
          {verdict === 'accepted' ? 'Accepted' : verdict === 'rejected' ? 'Rejected' : 'Draft'}
        </span>{' '}
        {proposal.text}
        {proposal.detail && <span className="panel__hint"> · {proposal.detail}</span>}
      </div>
      {!verdict && (
        <div className="inline-inputs">
          <button
            type="button"
            className="button button--small"
            aria-label={`Accept ${kind}: ${proposal.text}`}
            onClick={() => {
              decide(proposal.key, 'accepted');
              void proposal.accept();
            }}
          >
            Accept
          </button>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-label={`Reject ${kind}: ${proposal.text}`}
            onClick={() => decide(proposal.key, 'rejected')}
          >
            Reject
          </button>
        </div>
      )}
    </li>
  );
}

/** One agenda item beside its part of the transcript: who spoke, and drafts to accept or reject. */
export function ItemDraftCard({
  draft,
  item,
  cues,
  verdicts,
  moveStart,
  decide,
  accept,
}: ItemDraftCardProps) {
  const headingId = useId();
  const first = cues[draft.firstCue];
  const empty = draft.endCue <= draft.firstCue;
  const sentences: Proposal[] = draft.keySentences.map((sentence, index) => ({
    key: proposalKey(draft.number, 'sentence', sentence.text),
    text: sentence.text,
    detail: sentence.speaker,
    accept: () => accept.sentence(index),
  }));
  const decisions: Proposal[] = draft.candidateDecisions.map((decision, index) => ({
    key: proposalKey(draft.number, 'decision', decision.text),
    text: decision.text,
    detail: '',
    accept: () => accept.decision(index),
  }));
  const actions: Proposal[] = draft.candidateActions.map((action, index) => ({
    key: proposalKey(draft.number, 'action', action.text),
    text: action.text,
    detail: [
      action.owner ? `owner ${action.owner}` : 'no owner recognised',
      action.due ? `due ${formatLongDate(action.due)}` : '',
    ]
      .filter(Boolean)
      .join(', '),
    accept: () => accept.action(index),
  }));
  const lists: Array<[string, string, Proposal[]]> = [
    ['Key sentences (accepting adds one to the item’s notes)', 'key sentence', sentences],
    ['Candidate decisions', 'decision', decisions],
    ['Candidate actions', 'action', actions],
  ];
  return (
    <section className="teams-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        Item {draft.number}: {draft.title} <span className="badge">Draft</span>
      </h3>
      {!item && <p className="notice notice--error">This item is no longer on the agenda.</p>}
      <div className="teams-item__boundary">
        <span>
          {empty || !first
            ? 'Not found in the transcript.'
            : `Starts at ${clock(first.start)} with ${first.speaker || 'an unknown speaker'}: “${first.text.slice(0, 90)}${first.text.length > 90 ? '…' : ''}”`}
        </span>
        {moveStart && (
          <span className="inline-inputs">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => moveStart(-1)}
            >
              Start item {draft.number} earlier
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => moveStart(1)}
            >
              Start item {draft.number} later
            </button>
          </span>
        )}
      </div>
      {draft.speakers.length > 0 && (
        <p className="panel__hint">Spoke: {draft.speakers.join(', ')}</p>
      )}
      {lists.map(([title, kind, proposals]) =>
        proposals.length === 0 ? null : (
          <div key={kind}>
            <h4>{title}</h4>
            <ul className="plain-list">
              {proposals.map((proposal) => (
                <ProposalRow
                  key={proposal.key}
                  proposal={proposal}
                  verdict={verdicts[proposal.key]}
                  decide={decide}
                  kind={kind}
                />
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}

import { useId } from 'react';
import { formatLongDate, type AgendaItem } from '@shared/model';
import type { ItemDraft } from '@shared/teams/draft';
import { actionAsMinuted, decisionAsMinuted } from '@shared/teams/minute-wording';
import type { Cue } from '@shared/teams/transcript';
import { proposalKey, type Verdict } from '../../stores/teams-store';
import { BoundaryHandle } from './BoundaryHandle';
import { passageSummary } from './passage-summary';

/** What accepting writes, shown when it is not word for word what was said. */
function minutedAs(said: string, minuted: string): string {
  return minuted === said ? '' : `minuted as “${minuted}”`;
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
  /**
   * Where this item may start (the neighbouring items' starts) and how to move it there; absent for
   * the first item, which starts at the start.
   */
  boundary?: { earliest: number; latest: number; moveTo: (start: number) => void };
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
  boundary,
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
    detail: minutedAs(decision.text, decisionAsMinuted(decision.text)),
    accept: () => accept.decision(index),
  }));
  const actions: Proposal[] = draft.candidateActions.map((action, index) => ({
    key: proposalKey(draft.number, 'action', action.text),
    text: action.text,
    detail: [
      action.owner ? `owner ${action.owner}` : 'no owner recognised',
      action.due ? `due ${formatLongDate(action.due)}` : '',
      minutedAs(action.text, actionAsMinuted(action)),
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
      {boundary && (
        <BoundaryHandle
          number={draft.number}
          cues={cues}
          start={draft.firstCue}
          earliest={boundary.earliest}
          latest={boundary.latest}
          moveTo={boundary.moveTo}
        />
      )}
      <div className="teams-item__boundary">
        <span>
          {empty || !first ? 'Not found in the transcript.' : `Starts at ${passageSummary(first)}`}
        </span>
        {boundary && (
          <span className="inline-inputs">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => boundary.moveTo(Math.max(boundary.earliest, draft.firstCue - 1))}
            >
              Start item {draft.number} earlier
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => boundary.moveTo(Math.min(boundary.latest, draft.firstCue + 1))}
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

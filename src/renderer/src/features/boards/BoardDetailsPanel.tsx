import { useId, useMemo } from 'react';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { quorumOn, todayIso, type Board } from '@shared/model';
import { selectBoardMembers, useBoardsStore, useMembersStore } from '../../stores';
import { MinuteReferenceField } from './MinuteReferenceField';
import { QuorumRuleFields } from './QuorumRuleFields';

export function BoardDetailsPanel({ board }: { board: Board }) {
  const updateBoard = useBoardsStore((state) => state.updateBoard);
  const members = useMembersStore(useMemo(() => selectBoardMembers(board.id), [board.id]));
  const quorum = useMemo(() => quorumOn(board, members, todayIso()), [board, members]);
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <div className="panel__header">
        <h2 id={headingId}>Board details</h2>
        <span className="panel__hint">Changes are saved as you type.</span>
      </div>
      <div className="form-grid">
        <TextField
          label="Board name"
          value={board.name}
          onChange={(name) => updateBoard(board.id, { name })}
          error={board.name.trim() ? null : 'A board needs a name.'}
        />
        <TextAreaField
          className="form-grid--wide"
          label="Short description"
          value={board.description}
          onChange={(description) => updateBoard(board.id, { description })}
          rows={2}
        />
        <QuorumRuleFields
          rule={board.quorum}
          votingMembersInOffice={quorum.votingMembersInOffice}
          required={quorum.required}
          onChange={(rule) => updateBoard(board.id, { quorum: rule })}
        />
        <MinuteReferenceField
          board={board}
          onSave={(minuteReferencePattern) => updateBoard(board.id, { minuteReferencePattern })}
        />
      </div>
    </section>
  );
}

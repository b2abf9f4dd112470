import { useState } from 'react';
import { TextField } from '../../components/TextField';
import {
  defaultMinuteReferencePattern,
  minuteReference,
  minuteReferenceProblem,
  MINUTE_REFERENCE_MAX_LENGTH,
  todayIso,
  type Board,
} from '@shared/model';
import './minute-reference.css';

/**
 * The board's pattern for minute references in formal minutes. A pattern is saved only once it
 * can be used, so an export never meets half a pattern; until then the field says what is wrong.
 */
export function MinuteReferenceField({
  board,
  onSave,
}: {
  board: Board;
  onSave: (pattern: string) => void;
}) {
  const saved = board.minuteReferencePattern ?? defaultMinuteReferencePattern(board.name);
  const [typed, setTyped] = useState<string | null>(null);
  const value = typed ?? saved;
  const problem = minuteReferenceProblem(value);
  const example = minuteReference(problem ? saved : value, board.name, todayIso(), 3);

  function change(next: string) {
    setTyped(next);
    if (!minuteReferenceProblem(next)) onSave(next.trim());
  }

  return (
    <TextField
      className="form-grid--wide minute-reference"
      label="Minute reference pattern"
      value={value}
      onChange={change}
      maxLength={MINUTE_REFERENCE_MAX_LENGTH}
      spellCheck={false}
      hint={`Heads each item in formal minutes and cites its decisions and actions. Fields: {yyyy} or {yy} year, {mm} month, {dd} day, {nn} or {n} item number. Item 3 of a meeting today: ${example}.`}
      error={problem || null}
    />
  );
}

import { useId, useState, type FormEvent } from 'react';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useBoardsStore } from '../../stores';

interface CreateBoardFormProps {
  firstBoard: boolean;
  onCreated: () => void;
  onCancel?: () => void;
}

export function CreateBoardForm({ firstBoard, onCreated, onCancel }: CreateBoardFormProps) {
  const createBoard = useBoardsStore((state) => state.createBoard);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setError('Enter the name of the board or committee.');
      return;
    }
    setBusy(true);
    try {
      await createBoard(name, description);
      onCreated();
    } catch {
      setError(
        'The board could not be saved. Check the message at the top of the window and try again.',
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page welcome" aria-labelledby={headingId}>
      <div className="page__header">
        <h1 id={headingId}>{firstBoard ? 'Welcome to Minute Book' : 'New board'}</h1>
        <p className="page__lede">
          {firstBoard
            ? 'Start by creating the board or committee you take minutes for. You can keep several boards side by side.'
            : 'Create another board or committee. Each has its own register of members.'}
        </p>
      </div>
      <form className="panel" onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Board name"
          value={name}
          onChange={(value) => {
            setName(value);
            setError(null);
          }}
          placeholder="e.g. NHS Python Community Board"
          error={error}
          required
          autoFocus
        />
        <TextAreaField
          label="Short description (optional)"
          value={description}
          onChange={setDescription}
          hint="What the board is for, as you would describe it in its terms of reference."
        />
        <div className="inline-inputs">
          <button type="submit" className="button" disabled={busy}>
            Create board
          </button>
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

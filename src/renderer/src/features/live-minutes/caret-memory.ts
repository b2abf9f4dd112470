/** Where the caret was in each item's notes, so moving back to an item puts it where it was. */
export interface Caret {
  start: number;
  end: number;
}

export function createCaretMemory() {
  const carets = new Map<string, Caret>();
  return {
    remember(itemId: string, caret: Caret): void {
      carets.set(itemId, caret);
    },
    /** Where it was last, within the notes as they are now; otherwise the end of the notes. */
    caretFor(itemId: string, notesLength: number): Caret {
      const saved = carets.get(itemId);
      if (!saved) return { start: notesLength, end: notesLength };
      return { start: Math.min(saved.start, notesLength), end: Math.min(saved.end, notesLength) };
    },
  };
}

/** One memory for the session: it need not survive a reload (the caret then goes to the end). */
export const caretMemory = createCaretMemory();

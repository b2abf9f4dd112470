import { describe, expect, it } from 'vitest';
import { createCaretMemory } from '@renderer/features/live-minutes/caret-memory';

describe('where the caret goes in an item’s notes', () => {
  it('goes to the end of notes never visited', () => {
    expect(createCaretMemory().caretFor('item-1', 42)).toEqual({ start: 42, end: 42 });
  });

  it('goes back to where it was when the minute-taker returns to an item', () => {
    const memory = createCaretMemory();
    memory.remember('item-1', { start: 10, end: 15 });
    memory.remember('item-2', { start: 3, end: 3 });
    expect(memory.caretFor('item-1', 42)).toEqual({ start: 10, end: 15 });
    expect(memory.caretFor('item-2', 42)).toEqual({ start: 3, end: 3 });
  });

  it('stays within notes that have since become shorter', () => {
    const memory = createCaretMemory();
    memory.remember('item-1', { start: 30, end: 40 });
    expect(memory.caretFor('item-1', 20)).toEqual({ start: 20, end: 20 });
  });
});

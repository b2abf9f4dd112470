import { describe, expect, it, vi } from 'vitest';
import type { AgendaItem, Member } from '@shared/model';
import {
  acceptAction,
  acceptDecision,
  acceptSentence,
  type DraftTargets,
} from '@renderer/features/teams/accept-draft';

const mary = { id: 'm-mary', fullName: 'Mary Amanuel' } as Member;
const item = { id: 'item-3', notes: 'Mary presented the strategy.' } as AgendaItem;

function targets() {
  const minutes = { setNotes: vi.fn(), addDecision: vi.fn(async () => undefined) };
  const actions = { addAction: vi.fn(async () => undefined) };
  const into: DraftTargets = {
    boardId: 'b1',
    meetingId: 'meeting-1',
    members: [mary],
    minutes: minutes as unknown as DraftTargets['minutes'],
    actions: actions as unknown as DraftTargets['actions'],
  };
  return { into, minutes, actions };
}

describe('accepting a transcript draft into the minutes', () => {
  it('adds an action worded as minutes, owned by the register member, with its due date', async () => {
    const { into, actions } = targets();
    await acceptAction(into, item, {
      text: 'I will draft the schedule and circulate it by 31 August.',
      owner: 'Mary Amanuel',
      due: '2021-08-31',
    });
    expect(actions.addAction).toHaveBeenCalledWith(
      expect.objectContaining({
        text: 'Mary Amanuel to draft the schedule and circulate it by 31 August.',
        ownerMemberId: 'm-mary',
        ownerName: '',
        due: '2021-08-31',
        itemId: 'item-3',
        source: 'manual',
      }),
    );
  });

  it('adds a decision without the talk that led into it', async () => {
    const { into, minutes } = targets();
    await acceptDecision(into, item, 'Then it was agreed to adopt the terms of reference.');
    expect(minutes.addDecision).toHaveBeenCalledWith(
      'item-3',
      'It was agreed to adopt the terms of reference.',
      'manual',
    );
  });

  it('adds a key sentence as a paragraph of the notes after what is there', () => {
    const { into, minutes } = targets();
    acceptSentence(into, item, { speaker: 'Mary Amanuel', text: 'The survey showed demand.' });
    expect(minutes.setNotes).toHaveBeenCalledWith(
      'item-3',
      'Mary presented the strategy.\n\nMary Amanuel: The survey showed demand.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { actionAsMinuted, decisionAsMinuted } from '@shared/teams/minute-wording';

describe('accepted drafts worded as minutes', () => {
  it('puts an action said in the first person as the owner "to" do it', () => {
    expect(
      actionAsMinuted({
        text: 'I will draft the schedule for the drop-in sessions and circulate it by 31 August.',
        owner: 'Mary Amanuel',
        due: '2021-08-31',
      }),
    ).toBe(
      'Mary Amanuel to draft the schedule for the drop-in sessions and circulate it by 31 August.',
    );
    expect(
      actionAsMinuted({
        text: "OK, I'll check the quorum and I'll send it to Haris.",
        owner: 'Craig R. Shenton',
        due: '',
      }),
    ).toBe('Craig R. Shenton to check the quorum and send it to Haris.');
  });

  it('names the owner in full where the speaker named them by first name', () => {
    expect(
      actionAsMinuted({
        text: "Arouba will contact the conference organisers about the beginners' track.",
        owner: 'Arouba Zubair',
        due: '',
      }),
    ).toBe("Arouba Zubair to contact the conference organisers about the beginners' track.");
  });

  it('leaves an action alone when it names someone else or no owner is known', () => {
    const other = 'Tom will ask Mary to send the slides.';
    expect(actionAsMinuted({ text: other, owner: 'Mary Amanuel', due: '' })).toBe(other);
    expect(actionAsMinuted({ text: 'I will send the slides.', owner: '', due: '' })).toBe(
      'I will send the slides.',
    );
  });

  it('drops the talk that leads into a decision', () => {
    expect(
      decisionAsMinuted(
        'Then it was agreed to adopt the terms of reference subject to that clause.',
      ),
    ).toBe('It was agreed to adopt the terms of reference subject to that clause.');
    expect(decisionAsMinuted('So, OK, the board approved the budget.')).toBe(
      'The board approved the budget.',
    );
    expect(decisionAsMinuted('The board approved the budget.')).toBe(
      'The board approved the budget.',
    );
  });
});

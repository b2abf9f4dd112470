import type { MeetingFile } from '../../src/shared/model';
import { meeting } from './example-meeting';

const TOPICS = [
  'the data quality dashboard',
  'the open source licence review',
  'the training budget',
  'the Slack workspace rules',
  'the autumn show and tell',
  'the code of conduct',
  'the GitHub organisation',
  'the newsletter',
];

/**
 * A long meeting as live minutes give it: 40 items, each with prose, a list, and a decision and
 * an action written in the notes in one of the ways secretaries write them; every fifth item has
 * an action added by hand, and every seventh is taken in private. Each text names its item, so a
 * reader of the PDF can tell every decision and action apart.
 */
export function fortyItemMeeting(): MeetingFile {
  const items = Array.from({ length: 40 }, (_, index) => {
    const number = index + 1;
    const topic = TOPICS[index % TOPICS.length] ?? '';
    const decision = `Item ${number}: the board approved the plan for ${topic}.`;
    const action = `Member ${(index % 9) + 1} to circulate the item ${number} paper on ${topic}`;
    const manual = `Report back on item ${number} at the next meeting`;
    const forms = [
      `The board discussed ${topic} at length.\nDECISION: ${decision}\n\nACTION: ${action}`,
      `Points raised:\n\n- cost\n- timing\nACTION: ${action}\nDecision: ${decision}`,
      `The paper on ${topic} was taken as read.\n**Decision:** ${decision}\n- action: ${action}`,
    ];
    return {
      number,
      title: `Item ${number}: ${topic}`,
      private: number % 7 === 0,
      notes: forms[index % forms.length] ?? '',
      decisions: [{ text: decision }],
      actions: [
        {
          text: action,
          owner: `Member ${(index % 9) + 1}`,
          due: number % 2 === 0 ? '2024-04-11' : '',
        },
        ...(number % 5 === 0 ? [{ text: manual, owner: 'Ann Chair', due: '2024-04-11' }] : []),
      ],
    };
  });
  return meeting({
    board: 'Quality Committee',
    date: '2024-03-14',
    status: 'draft',
    nextMeetingDate: '2024-04-11',
    attendance: [
      { name: 'Ann Chair', status: 'present', role: 'Chair', chair: true },
      ...Array.from({ length: 9 }, (_, index) => ({
        name: `Member ${index + 1}`,
        status: 'present' as const,
        role: 'Member',
      })),
    ],
    items,
  });
}

/** A small fixed archive for the search tests: two boards, four meetings, a handful of items. */
import { itemText, meetingText } from '@shared/search/documents';
import type { DocKind, SearchItemInput, SearchMeetingInput } from '@shared/search/documents';
import { SearchEngine } from '@shared/search/engine';

export const MEETINGS: SearchMeetingInput[] = [
  {
    id: 'm-2022',
    boardId: 'quality',
    date: '2022-03-14',
    title: 'Quality Committee',
    attendees: [
      { name: 'Dr María Núñez', organisation: 'Leeds Teaching Hospitals', role: 'Chair' },
      { name: 'Tom Baker', organisation: 'West Yorkshire ICB' },
    ],
  },
  {
    id: 'm-2024',
    boardId: 'quality',
    date: '2024-05-20',
    title: 'Quality Committee',
    attendees: [
      { name: 'Tom Baker', organisation: 'West Yorkshire ICB', role: 'Chair' },
      { name: 'Priya Shah', organisation: 'Bradford PCN' },
    ],
  },
  {
    id: 'm-finance-2023',
    boardId: 'finance',
    date: '2023-09-04',
    title: 'Finance and Performance Committee',
    attendees: [{ name: 'Owen Griffiths', organisation: 'Calderdale Council', role: 'Chair' }],
  },
  {
    id: 'm-finance-2025',
    boardId: 'finance',
    date: '2025-01-13',
    title: 'Finance and Performance Committee',
    attendees: [{ name: 'Owen Griffiths', organisation: 'Calderdale Council', role: 'Chair' }],
  },
];

function item(
  meeting: SearchMeetingInput,
  itemNumber: number,
  fields: Partial<SearchItemInput> & Pick<SearchItemInput, 'title' | 'notes'>,
): SearchItemInput {
  return {
    id: `${meeting.id}-${itemNumber}`,
    boardId: meeting.boardId,
    meetingId: meeting.id,
    date: meeting.date,
    itemNumber,
    decisions: [],
    actions: [],
    ...fields,
  };
}

const [q2022, q2024, f2023, f2025] = MEETINGS as [
  SearchMeetingInput,
  SearchMeetingInput,
  SearchMeetingInput,
  SearchMeetingInput,
];

export const ITEMS: SearchItemInput[] = [
  item(q2022, 1, {
    title: 'Infection prevention and control report',
    notes:
      'The committee reviewed the infection prevention report. Hand hygiene audits improved on every ward.',
    presenter: 'Dr María Núñez',
    actions: [{ text: 'Share the audit with ward managers', owner: 'Tom Baker', status: 'done' }],
  }),
  item(q2022, 2, {
    title: 'Patient experience',
    notes:
      'Complaints about discharge letters fell. The committee asked for the organisation of the ' +
      'discharge lounge to be reviewed, with a report on infection risks.',
    decisions: ['The committee approved the discharge lounge proposal.'],
    actions: [
      { text: 'Review staffing of the discharge lounge', owner: 'Dr María Núñez', status: 'open' },
    ],
  }),
  item(q2024, 1, {
    title: 'Maternity safety',
    notes:
      'The maternity safety champions reported on neonatal staffing. Board of Governors to be ' +
      'briefed. Staffing remains the main risk on the register.',
    presenter: 'Priya Shah',
    actions: [{ text: 'Brief the Board of Governors', owner: 'Priya Shah', status: 'open' }],
  }),
  item(q2024, 2, {
    title: 'Hand hygiene',
    notes: 'A short update: hand hygiene compliance reached 97 per cent across all wards.',
    decisions: [],
  }),
  item(f2023, 1, {
    title: 'Capital programme',
    notes:
      'The organization of the capital programme was discussed. Estates backlog maintenance is ' +
      'the largest pressure; the governors of the trust were informed.',
    presenter: 'Owen Griffiths',
    actions: [
      { text: 'Revise the estates plan', owner: 'Owen Griffiths', status: 'carried-forward' },
    ],
  }),
  item(f2025, 1, {
    title: 'Financial recovery plan',
    notes:
      'The recovery plan forecasts a deficit. Agency spend on maternity staffing must fall. ' +
      'Maternity was discussed again.',
    presenter: 'Owen Griffiths',
    actions: [{ text: 'Report agency spend monthly', owner: 'Owen Griffiths', status: 'dropped' }],
  }),
];

export function textOf(kind: DocKind, id: string): string | undefined {
  if (kind === 'meeting') {
    const meeting = MEETINGS.find((candidate) => candidate.id === id);
    return meeting === undefined ? undefined : meetingText(meeting);
  }
  const found = ITEMS.find((candidate) => candidate.id === id);
  return found === undefined ? undefined : itemText(found);
}

export function buildEngine(): SearchEngine {
  const engine = new SearchEngine({ textOf });
  for (const meeting of MEETINGS) engine.addMeeting(meeting);
  for (const entry of ITEMS) engine.addItem(entry);
  return engine;
}

/** The ids of the hits, in order. */
export function ids(engine: SearchEngine, query: string, filters = {}): string[] {
  return engine.search(query, { filters }).hits.map((hit) => hit.id);
}

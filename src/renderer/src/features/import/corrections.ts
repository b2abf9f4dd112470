import {
  isIsoDate,
  type Attendee,
  type AttendanceStatus,
  type MeetingFile,
  type MeetingFileAction,
  type MeetingFileItem,
} from '@shared/model';

/**
 * Corrections the user makes in the preview to what was recognised, as pure functions on the
 * meeting file, so the preview and the tests agree on what each one does.
 */

export function correctMeeting(
  meeting: MeetingFile,
  changes: Partial<
    Pick<
      MeetingFile,
      'title' | 'date' | 'board' | 'visibility' | 'location' | 'startTime' | 'endTime'
    >
  >,
): MeetingFile {
  return { ...meeting, ...changes };
}

export type AttendeeChanges = Partial<Pick<Attendee, 'name' | 'organisation' | 'role' | 'note'>> & {
  status?: AttendanceStatus;
};

export function correctAttendee(
  meeting: MeetingFile,
  index: number,
  changes: AttendeeChanges,
): MeetingFile {
  return {
    ...meeting,
    attendance: meeting.attendance.map((person, at) => {
      if (at !== index) return person;
      const changed = { ...person, ...changes };
      // Someone in attendance or absent did not chair the meeting.
      return changed.status === 'present' ? changed : { ...changed, chair: false };
    }),
  };
}

/** One person chaired the meeting; `index` null means no one is marked. */
export function setChair(meeting: MeetingFile, index: number | null): MeetingFile {
  return {
    ...meeting,
    attendance: meeting.attendance.map((person, at) => {
      const chair = at === index;
      return person.chair === chair ? person : { ...person, chair };
    }),
  };
}

export function correctItem(
  meeting: MeetingFile,
  index: number,
  changes: Partial<Pick<MeetingFileItem, 'title' | 'notes' | 'reference' | 'private'>>,
): MeetingFile {
  return {
    ...meeting,
    items: meeting.items.map((item, at) => (at === index ? { ...item, ...changes } : item)),
  };
}

export function correctDecision(
  meeting: MeetingFile,
  itemIndex: number,
  index: number,
  text: string,
): MeetingFile {
  return {
    ...meeting,
    items: meeting.items.map((item, at) =>
      at === itemIndex
        ? {
            ...item,
            decisions: item.decisions.map((decision, which) =>
              which === index ? { ...decision, text } : decision,
            ),
          }
        : item,
    ),
  };
}

export function correctAction(
  meeting: MeetingFile,
  itemIndex: number,
  index: number,
  changes: Partial<Pick<MeetingFileAction, 'text' | 'owner' | 'due' | 'status'>>,
): MeetingFile {
  return {
    ...meeting,
    items: meeting.items.map((item, at) =>
      at === itemIndex
        ? {
            ...item,
            actions: item.actions.map((action, which) =>
              which === index ? { ...action, ...changes } : action,
            ),
          }
        : item,
    ),
  };
}

/** Changes one item's decisions or actions, leaving every other item as it was. */
function withItem(
  meeting: MeetingFile,
  itemIndex: number,
  change: (item: MeetingFileItem) => MeetingFileItem,
): MeetingFile {
  return {
    ...meeting,
    items: meeting.items.map((item, at) => (at === itemIndex ? change(item) : item)),
  };
}

/** A decision the reading missed: added empty, for the user to write. */
export function addDecision(meeting: MeetingFile, itemIndex: number): MeetingFile {
  return withItem(meeting, itemIndex, (item) => ({
    ...item,
    decisions: [...item.decisions, { text: '' }],
  }));
}

/** A line read as a decision that is not one. */
export function removeDecision(
  meeting: MeetingFile,
  itemIndex: number,
  index: number,
): MeetingFile {
  return withItem(meeting, itemIndex, (item) => ({
    ...item,
    decisions: item.decisions.filter((_, which) => which !== index),
  }));
}

/** An action the reading missed: added empty and open, with no owner or due date yet. */
export function addAction(meeting: MeetingFile, itemIndex: number): MeetingFile {
  return withItem(meeting, itemIndex, (item) => ({
    ...item,
    actions: [...item.actions, { text: '', owner: '', due: '', status: 'open' }],
  }));
}

/** A line read as an action that is not one. */
export function removeAction(meeting: MeetingFile, itemIndex: number, index: number): MeetingFile {
  return withItem(meeting, itemIndex, (item) => ({
    ...item,
    actions: item.actions.filter((_, which) => which !== index),
  }));
}

/**
 * Whom an action can be given to: the people of the meeting, and the owner as the minutes wrote
 * it when that is no one on the list ("the Chair", "Finance team"), so it is never lost.
 */
export function ownerChoices(meeting: MeetingFile, owner: string): string[] {
  const names = meeting.attendance.map((person) => person.name).filter((name) => name.trim());
  const unique = [...new Set(names)];
  return owner.trim() && !unique.includes(owner) ? [owner, ...unique] : unique;
}

/** What must be put right before the meeting can be saved, in plain words; empty when nothing. */
export function correctionProblems(meeting: MeetingFile): string[] {
  const problems: string[] = [];
  if (!isIsoDate(meeting.date)) problems.push('The meeting needs a date.');
  if (!meeting.title.trim()) problems.push('The meeting needs a title.');
  if (!meeting.board.trim()) problems.push('The board needs a name.');
  meeting.attendance.forEach((person, index) => {
    if (!person.name.trim()) problems.push(`Person ${index + 1} needs a name.`);
  });
  meeting.items.forEach((item, index) => {
    if (!item.title.trim()) problems.push(`Item ${index + 1} needs a title.`);
    item.decisions.forEach((decision, at) => {
      if (!decision.text.trim()) problems.push(`Decision ${at + 1} of item ${index + 1} is empty.`);
    });
    item.actions.forEach((action, at) => {
      if (!action.text.trim()) problems.push(`Action ${at + 1} of item ${index + 1} is empty.`);
      if (action.due && !isIsoDate(action.due)) {
        problems.push(`Action ${at + 1} of item ${index + 1} needs a real due date.`);
      }
    });
  });
  for (const time of [meeting.startTime, meeting.endTime]) {
    if (time && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
      problems.push('Times are written as HH:MM, such as 14:30.');
      break;
    }
  }
  return problems;
}

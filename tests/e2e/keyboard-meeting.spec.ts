import type { Page } from '@playwright/test';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { displayName, enterExampleBoard } from './helpers/board';
import { tabTo } from './helpers/keyboard';
import { notesField, openItem, waitForSaved } from './helpers/meeting';
import { expect, test } from './fixtures';

const ITEMS = [
  'Welcome and apologies',
  'Declarations of interest',
  'Minutes of the previous meeting and matters arising',
  'Terms of reference',
  'Community survey results',
  'Any other business',
] as const;

/** What the minute-taker types in each item; Alt+A and Alt+D start the action and decision lines. */
const TYPED: ReadonlyArray<{ notes: string; decision?: string; action?: string }> = [
  { notes: 'The Chair welcomed everyone; apologies were noted.' },
  { notes: 'No interests were declared.' },
  {
    notes: 'The minutes of 17 May 2021 were agreed as a true record.',
    decision: 'The minutes of 17 May 2021 were approved.',
  },
  {
    notes: 'The board discussed the draft terms of reference.\n- one-year terms\n- a Chair',
    decision: 'The board agreed the terms of reference as circulated.',
    action: 'Alex Cheung to circulate the terms of reference by 31 August 2021.',
  },
  {
    notes: 'Results: 312 responses; **most** want more training (see slide 4).',
    action: 'Haris Shuaib to draft a training plan by 30 September 2021.',
  },
  { notes: 'None. The Chair closed the meeting at 17:58 — thanks, all!' },
];

/** The notes as stored: what was typed, with the lines Alt+A / Alt+D started. */
function expectedNotes(index: number, extra = ''): string {
  const typed = TYPED[index];
  if (!typed) return '';
  const lines = [typed.notes];
  if (typed.decision) lines.push(`DECISION: ${typed.decision}`);
  if (typed.action) lines.push(`ACTION: ${typed.action}`);
  return lines.join('\n') + extra;
}

/** The element with the keyboard focus, described by its accessible label. */
function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return '';
    const group = active.closest('[role="radiogroup"]');
    if (group) return group.getAttribute('aria-label') ?? '';
    const id = active.id;
    const label = id ? document.querySelector(`label[for="${CSS.escape(id)}"]`) : null;
    return active.getAttribute('aria-label') ?? label?.textContent ?? active.textContent ?? '';
  });
}

test('a whole six-item meeting is minuted by keyboard alone on a small laptop, and every character is kept', async ({
  page,
}) => {
  // Typing a whole meeting key by key is slow on a busy machine.
  test.setTimeout(600_000);
  await page.setViewportSize({ width: 1093, height: 614 });
  await enterExampleBoard(page);

  // Plan the meeting: the Meetings tab by arrow key, the form's fields by Tab.
  await tabTo(page, page.getByRole('tab', { name: 'Register' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Meetings' })).toBeFocused();
  const planButton = page.getByRole('button', { name: 'Plan a meeting' });
  await tabTo(page, planButton);
  // Escape leaves a half-planned meeting unplanned and the focus back on the button.
  await page.keyboard.press('Enter');
  const date = page.getByLabel('Date', { exact: true });
  await expect(date).toBeFocused();
  await tabTo(page, page.getByLabel('Title', { exact: true }));
  await page.keyboard.type(' (draft)');
  await page.keyboard.press('Escape');
  await expect(planButton).toBeFocused();
  await expect(page.getByText('No meetings yet.')).toBeVisible();
  await page.keyboard.press('Enter');
  // The form replaces the button; the caret is in its first field, the date.
  await expect(date).toBeFocused();
  // The date field takes its parts in the order the browser shows them (month first here).
  const [year, month, day] = EXAMPLE_BOARD.meetingDate.split('-');
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(date).toHaveValue(EXAMPLE_BOARD.meetingDate);
  await tabTo(page, page.getByLabel('Location or channel'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('MS Teams');
  await tabTo(page, page.getByRole('radio', { name: /The standard agenda/ }));
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'An empty agenda' })).toBeChecked();
  await tabTo(page, page.getByRole('button', { name: 'Plan meeting' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /21 June 2021/ })).toBeVisible();

  // The agenda: Tab to "Add item"; Enter puts the caret in the new title, so spaces type into it.
  const addItem = page.getByRole('button', { name: 'Add item' });
  for (const [index, title] of ITEMS.entries()) {
    await tabTo(page, addItem);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel(`Title of item ${index + 1}`)).toBeFocused();
    await page.keyboard.type(title);
  }
  await expect(
    page.getByRole('listitem').filter({ has: page.getByLabel(/^Title of item/) }),
  ).toHaveCount(6);
  for (const [index, title] of ITEMS.entries())
    await expect(page.getByLabel(`Title of item ${index + 1}`)).toHaveValue(title);

  // Attendance: arrow to the tab, Tab to each member's choices, one key each.
  await tabTo(page, page.getByRole('tab', { name: 'Details and agenda' }), { backwards: true });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Attendance' })).toBeFocused();
  const byLabel = new Map(
    EXAMPLE_PEOPLE.map((person) => [`Attendance of ${displayName(person)}`, person]),
  );
  const marked = new Set<string>();
  for (let presses = 0; marked.size < EXAMPLE_PEOPLE.length && presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    const label = await focusedLabel(page);
    const person = byLabel.get(label);
    if (!person || marked.has(label)) continue;
    await page.keyboard.press(person.attendance === 'present' ? 'p' : 'a');
    marked.add(label);
  }
  expect(marked.size).toBe(EXAMPLE_PEOPLE.length);
  await expect(page.getByRole('status').filter({ hasText: 'Quorate.' })).toBeVisible();

  // Start meeting: the caret is in the first item's notes at once.
  await tabTo(page, page.getByRole('button', { name: 'Start meeting' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(notesField(page, 1)).toBeFocused();

  for (const [index, typed] of TYPED.entries()) {
    await expect(notesField(page, index + 1)).toBeFocused();
    await page.keyboard.type(typed.notes);
    if (typed.decision) {
      await page.keyboard.press('Alt+D');
      await page.keyboard.type(typed.decision);
    }
    if (typed.action) {
      await page.keyboard.press('Alt+A');
      await page.keyboard.type(typed.action);
    }
    if (index < TYPED.length - 1) await page.keyboard.press('Alt+ArrowDown');
  }

  // Back up to item 4: the caret returns where it was (the end of what was typed there).
  await page.keyboard.press('Alt+ArrowUp');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(notesField(page, 4)).toBeFocused();
  await page.keyboard.type(' Seconded.');

  // The caret left at the start of the notes is at the start again on coming back.
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(notesField(page, 5)).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(notesField(page, 4)).toBeFocused();
  await page.keyboard.type('Item four. ');
  await page.keyboard.press('ControlOrMeta+End');

  // Focus mode: one key shows the notes alone, and typing goes on into them.
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('navigation', { name: 'Agenda items' })).toBeHidden();
  await expect(notesField(page, 4)).toBeVisible();
  await page.keyboard.type(' Carried.');
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('navigation', { name: 'Agenda items' })).toBeVisible();

  // The decisions and actions were recognised from the lines typed.
  await expect(
    page.getByRole('region', { name: 'Decisions on item 4' }).getByRole('listitem'),
  ).toHaveText(['The board agreed the terms of reference as circulated.']);
  await expect(
    page.getByRole('region', { name: 'Actions on item 4' }).getByRole('listitem'),
  ).toHaveCount(1);

  // An item chosen in the rail by keyboard takes the caret too; past the last item, Alt+↓ keeps it.
  await tabTo(page, page.getByRole('button', { name: `6. ${ITEMS[5]}` }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(notesField(page, 6)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(notesField(page, 6)).toBeFocused();
  await page.keyboard.type(' Next meeting in July.');

  await tabTo(page, page.getByRole('button', { name: 'End meeting' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByText('Draft minutes')).toBeVisible();
  // The meeting clock has stopped: no running time, no clock of the time now.
  const glance = page.getByRole('complementary', { name: 'Meeting at a glance' });
  await expect(glance).toContainText('Ended');
  await expect(glance).not.toContainText('Time now');
  await waitForSaved(page);

  // Read back from the stored minutes: every character typed is there.
  await page.reload();
  // A reload on a busy machine can take a while: the database opens before the meeting shows.
  await expect(page.getByRole('heading', { level: 1, name: /21 June 2021/ })).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('tab', { name: 'Minutes' }).click();
  for (const [index, title] of ITEMS.entries()) {
    await openItem(page, index + 1, title);
    const extra = index === 3 ? ' Seconded. Carried.' : index === 5 ? ' Next meeting in July.' : '';
    await expect(notesField(page, index + 1)).toHaveValue(
      (index === 3 ? 'Item four. ' : '') + expectedNotes(index, extra),
    );
  }
  // The attendance marked by key is stored too.
  await page.getByRole('tab', { name: 'Attendance' }).click();
  for (const person of EXAMPLE_PEOPLE)
    await expect(
      page
        .getByRole('radiogroup', { name: `Attendance of ${displayName(person)}` })
        .getByRole('radio', { name: person.attendance === 'present' ? 'Present' : 'Apologies' }),
    ).toBeChecked();
  await page.getByRole('button', { name: /All meetings of/ }).click();
  await page.getByRole('tab', { name: 'Action log' }).click();
  await expect(
    page.getByRole('row', { name: /Alex Cheung to circulate the terms of reference/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /Haris Shuaib to draft a training plan/ }),
  ).toBeVisible();
});

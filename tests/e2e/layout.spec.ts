import { join } from 'node:path';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { displayName, enterExampleBoard } from './helpers/board';
import { restoreTheYear } from './helpers/board-year';
import { tabTo } from './helpers/keyboard';
import { checkScreen, findOverflow, VIEWPORTS } from './helpers/layout';
import { notesField, planMeeting } from './helpers/meeting';
import { expect, test } from './fixtures';

/**
 * Every screen at every window size from the app's minimum to 1920×1080: nothing scrolls sideways,
 * nothing sticks out of its card, axe finds nothing. Screenshots go to test-results/layout/.
 */
test('every screen fits every window size, from the smallest laptop up', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  // Sixteen screens at five sizes, each checked by axe: long on a busy machine.
  test.setTimeout(3_600_000);
  await page.goto('/');
  await expect(page.getByLabel('Board name')).toBeVisible({ timeout: 30_000 });
  await checkScreen(page, '01-first-board');

  await enterExampleBoard(page);
  await checkScreen(page, '02-register-and-board-details');

  await page.getByRole('button', { name: 'Edit Alex Cheung' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit Alex Cheung' })).toBeVisible();
  await checkScreen(page, '03-member-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Remove from register' }).click();
  await expect(page.getByRole('dialog', { name: 'Remove from the register?' })).toBeVisible();
  await checkScreen(page, '03-remove-member-dialog');
  await page
    .getByRole('dialog', { name: 'Remove from the register?' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await expect(
    page.getByRole('dialog').getByRole('button', { name: 'Remove from register' }),
  ).toBeFocused();
  await page.getByRole('dialog').getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('dialog', { name: 'New member' })).toBeVisible();
  await checkScreen(page, '03-new-member-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Delete board' }).click();
  await expect(page.getByRole('dialog', { name: /^Delete / })).toBeVisible();
  await checkScreen(page, '03-delete-board-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Delete board' })).toBeFocused();

  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page.getByRole('button', { name: 'Plan a meeting' }).click();
  await checkScreen(page, '04-plan-meeting');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await planMeeting(page, { date: EXAMPLE_BOARD.meetingDate, agenda: 'standard' });
  await page
    .getByLabel('Title of item 2')
    .fill('Minutes of the previous meeting, matters arising and the review of the action log');
  await checkScreen(page, '05-agenda-editor');

  await page.getByRole('tab', { name: 'Attendance' }).click();
  for (const person of EXAMPLE_PEOPLE)
    await page
      .getByRole('radiogroup', { name: `Attendance of ${displayName(person)}` })
      .getByRole('radio', { name: person.attendance === 'present' ? 'Present' : 'Apologies' })
      .check();
  await checkScreen(page, '06-attendance');

  await page.getByRole('button', { name: 'Start meeting' }).click();
  await notesField(page, 1).fill(
    'The Chair welcomed everyone.\nDECISION: The board agreed the terms of reference as circulated.\nACTION: Alex Cheung to circulate the terms of reference to all members by 31 August 2021.',
  );
  await expect(
    page.getByRole('region', { name: 'Actions on item 1' }).getByRole('listitem'),
  ).toHaveCount(1);
  await checkScreen(page, '07-live-minutes');

  await page.getByRole('button', { name: 'End meeting' }).click();
  await page.getByRole('tab', { name: 'Word and files' }).click();
  await checkScreen(page, '08-export');
  await page.getByRole('tab', { name: 'Sign-off' }).click();
  await checkScreen(page, '09-sign-off');

  await page.getByRole('button', { name: /All meetings of/ }).click();
  await checkScreen(page, '10-meetings-list');
  await page.getByRole('tab', { name: 'Action log' }).click();
  await checkScreen(page, '11-action-log');
  await page.getByRole('tab', { name: 'Documents' }).click();
  await checkScreen(page, '12-documents');

  await page.getByRole('searchbox', { name: 'Search the minutes' }).fill('terms of reference');
  await expect(page.getByRole('list', { name: 'Search results' })).toBeVisible();
  await checkScreen(page, '13-search');
  await page.getByRole('searchbox', { name: 'Search the minutes' }).press('Escape');

  await page.getByRole('button', { name: 'Import past minutes' }).click();
  await checkScreen(page, '14-import');
  await page
    .getByRole('navigation', { name: 'Boards' })
    .getByRole('button', { name: 'Backup and restore' })
    .click();
  await checkScreen(page, '15-backups');
  const backupPath = join(dataFolder, 'board archive.minutebook');
  dialogs.saveAnswers.push(backupPath);
  await page.getByRole('button', { name: 'Back up to a file…' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Backed up the whole archive' }),
  ).toBeVisible();
  dialogs.openAnswers.push(backupPath);
  await page.getByRole('button', { name: 'Restore from a file…' }).click();
  await expect(page.getByRole('dialog', { name: /^Restore / })).toBeVisible();
  await checkScreen(page, '15-restore-dialog');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Restore from a file…' })).toBeFocused();
});

test('the standing records and the Teams screens fit every window size, with a year of meetings', async ({
  page,
  dataFolder,
  dialogs,
}) => {
  test.setTimeout(3_600_000);
  await restoreTheYear(page, dataFolder, dialogs.openAnswers);

  await page.getByRole('tab', { name: 'Attendance record' }).click();
  await expect(page.getByRole('table').first()).toBeVisible();
  await checkScreen(page, '17-attendance-record');
  await page.getByRole('tab', { name: 'Interests' }).click();
  await checkScreen(page, '18-register-of-interests');

  await page.getByRole('tab', { name: 'Meetings' }).click();
  await page
    .getByRole('button', { name: /21 June 2021/ })
    .first()
    .click();
  await page.getByRole('tab', { name: 'Teams' }).click();
  await checkScreen(page, '19-teams');
});

/** The check itself must fail on what it is there to catch, or every screen above passes for nothing. */
test('the layout check finds sideways scrolling, a control past its card and a control cut off', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1093, height: 614 });
  const faultsIn = async (html: string): Promise<string[]> => {
    await page.setContent(
      `<!doctype html><html lang="en"><body style="margin:0">${html}</body></html>`,
    );
    return page.evaluate(findOverflow);
  };

  expect(
    await faultsIn(
      '<div class="panel" style="width:400px"><button style="width:300px">Add item</button></div>',
    ),
  ).toEqual([]);
  expect(await faultsIn('<div style="width:1400px"><p>Too wide</p></div>')).toEqual(
    expect.arrayContaining([expect.stringContaining('the page scrolls sideways')]),
  );
  expect(
    await faultsIn(
      '<div class="panel" style="width:200px"><button style="width:300px">Remove</button></div>',
    ),
  ).toEqual([expect.stringMatching(/^<button> "Remove" extends past <div class="panel">/)]);
  expect(
    await faultsIn(
      '<div style="width:200px;overflow:hidden"><button style="margin-left:150px;width:120px">Edit</button></div>',
    ),
  ).toEqual(expect.arrayContaining([expect.stringContaining('<button> "Edit" extends past')]));
  expect(
    await faultsIn(
      '<div style="height:40px;overflow:hidden"><p>Notes</p><button>Add action</button></div>',
    ),
  ).toEqual([expect.stringMatching(/^<button> "Add action" is cut off by <div>/)]);
  // A box that scrolls lets a keyboard bring the rest into view: that is not a fault.
  expect(
    await faultsIn(
      '<div style="height:40px;overflow-y:auto"><p>Notes</p><button>Add action</button></div>',
    ),
  ).toEqual([]);
});

/** The widths of the live minutes' columns, and whether the status panel is one line. */
function measureLiveMinutes() {
  const width = (selector: string): number =>
    document.querySelector(selector)?.getBoundingClientRect().width ?? 0;
  const main = document.querySelector('main');
  const padding = main
    ? parseFloat(getComputedStyle(main).paddingLeft) +
      parseFloat(getComputedStyle(main).paddingRight)
    : 0;
  const status = document.querySelector('.live__status');
  const tops = status
    ? Array.from(status.children).map((child) => Math.round(child.getBoundingClientRect().top))
    : [];
  return {
    content: (main?.clientWidth ?? 0) - padding,
    notes: width('.notes-editor textarea'),
    rail: width('.live__agenda'),
    status: width('.live__status'),
    statusOnOneLine: tops.length > 0 && Math.max(...tops) - Math.min(...tops) <= 4,
    statusParts: status
      ? Array.from(status.children).map((child) => Math.round(child.getBoundingClientRect().width))
      : [],
    statusBesideNotes:
      (status?.getBoundingClientRect().left ?? 0) >
      (document.querySelector('.notes-editor textarea')?.getBoundingClientRect().right ?? 0),
  };
}

test('the notes are the widest column of live minutes at every size; the rail, the status strip and focus mode make room', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1093, height: 614 });
  await enterExampleBoard(page);
  await planMeeting(page, { date: EXAMPLE_BOARD.meetingDate, agenda: 'standard' });
  await page.getByRole('button', { name: 'Start meeting' }).click();
  await expect(notesField(page, 1)).toBeFocused();

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    const size = `${viewport.width}x${viewport.height}`;
    await expect
      .poll(() => page.evaluate(measureLiveMinutes), { message: size })
      .toMatchObject({ notes: expect.any(Number) });
    const measured = await page.evaluate(measureLiveMinutes);
    expect(measured.notes, `notes wider than the rail at ${size}`).toBeGreaterThan(measured.rail);
    if (measured.statusBesideNotes)
      expect(measured.notes, `notes wider than the status at ${size}`).toBeGreaterThan(
        measured.status,
      );
    else
      expect(
        measured.statusOnOneLine,
        `one-line status strip at ${size}: ${JSON.stringify(measured)}`,
      ).toBe(true);
    if (viewport.width >= 1093)
      expect(measured.notes, `notes at least half the content at ${size}`).toBeGreaterThanOrEqual(
        measured.content / 2,
      );
  }

  // On the common laptop the clock and quorum are a strip above the notes, one line high.
  await page.setViewportSize({ width: 1093, height: 614 });
  const strip = page.getByRole('complementary', { name: 'Meeting at a glance' });
  await expect
    .poll(() => page.evaluate(measureLiveMinutes))
    .toMatchObject({
      statusOnOneLine: true,
      statusBesideNotes: false,
    });
  await expect(strip).toContainText('5 needed');

  // The rail collapses to item numbers by keyboard, giving its width to the notes, and back.
  const before = await page.evaluate(measureLiveMinutes);
  await tabTo(page, page.getByRole('button', { name: 'Hide item titles' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Show item titles' })).toBeFocused();
  const collapsed = await page.evaluate(measureLiveMinutes);
  expect(collapsed.rail).toBeLessThan(before.rail / 2);
  expect(collapsed.notes).toBeGreaterThan(before.notes + before.rail / 3);
  // Each number keeps its item's full title as its name.
  await expect(
    page.getByRole('navigation', { name: 'Agenda items' }).getByRole('button', {
      name: '1. Welcome and apologies',
    }),
  ).toBeVisible();
  await checkScreen(page, '07-live-minutes-rail-collapsed');
  await page.setViewportSize({ width: 1093, height: 614 });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide item titles' })).toBeFocused();

  // Focus mode, on one key, from wherever the focus is: the title and the notes only, caret in them.
  await page.keyboard.press('Alt+N');
  await expect(notesField(page, 1)).toBeFocused();
  await expect(
    page.getByRole('heading', { level: 2, name: '1. Welcome and apologies' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Agenda items' })).toBeHidden();
  await expect(strip).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Boards' })).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Minutes' })).toBeHidden();
  await expect(page.getByLabel('Date of next meeting')).toBeHidden();
  const focused = await page.evaluate(measureLiveMinutes);
  expect(focused.notes).toBeGreaterThan(before.notes + before.rail);
  expect(focused.notes).toBeGreaterThan(0.85 * focused.content);
  await checkScreen(page, '07-live-minutes-focus-mode');
  await page.keyboard.press('Alt+N');
  await expect(page.getByRole('navigation', { name: 'Agenda items' })).toBeVisible();
  await expect(notesField(page, 1)).toBeFocused();
});

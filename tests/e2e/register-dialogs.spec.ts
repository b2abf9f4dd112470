import { currentTermStart, todayIso } from '../../src/shared/model';
import { EXAMPLE_BOARD, EXAMPLE_PEOPLE } from '../fixtures/nhs-python-board';
import { addMember, createBoard } from './helpers/board';
import { expect, expectAccessible, test } from './fixtures';

test('the member dialog: Escape and Cancel keep nothing half-typed, focus goes back, dates are checked', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1093, height: 614 });
  await page.goto('/');
  await createBoard(page, EXAMPLE_BOARD.name);
  const [chair, member] = EXAMPLE_PEOPLE;
  if (!chair || !member) throw new Error('The example board has people');
  await addMember(page, chair);

  // A new member joins the board's current term, not a term starting today.
  const addButton = page.getByRole('button', { name: 'Add member' });
  await addButton.click();
  const dialog = page.getByRole('dialog', { name: 'New member' });
  await expect(dialog.getByLabel('Term starts')).toHaveValue(
    currentTermStart(
      [{ termStart: EXAMPLE_BOARD.termStart, termEnd: EXAMPLE_BOARD.termEnd }],
      todayIso(),
      1,
    ),
  );
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Remove from register' })).toHaveCount(0);
  await expectAccessible(page);

  // Escape on a half-typed new member: nothing is kept, and the focus is back on "Add member".
  await page.keyboard.type('Half Typ');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(addButton).toBeFocused();
  await page.getByRole('radio', { name: 'Everyone in the register' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'in the register' })).toHaveText(
    '1 person in the register, past and present',
  );

  // Cancel on a new member likewise.
  await addButton.click();
  await dialog.getByLabel('Full name').fill(member.fullName);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(addButton).toBeFocused();
  await expect(page.getByRole('row', { name: new RegExp(member.fullName) })).toHaveCount(0);

  // Cancel on an existing member puts back what they had; the focus returns to their Edit button.
  const edit = page.getByRole('button', { name: `Edit ${chair.fullName}` });
  await edit.click();
  const editing = page.getByRole('dialog', { name: `Edit ${chair.fullName}` });
  // Their term ended in 2022: "End term today" would make it run to today, so it is not offered.
  await expect(editing.getByRole('button', { name: 'End term today' })).toHaveCount(0);
  await editing.getByLabel('Organisation').fill('Somewhere else');
  await editing.getByRole('button', { name: 'Cancel' }).click();
  await expect(editing).toBeHidden();
  await expect(edit).toBeFocused();
  await expect(page.getByRole('row', { name: new RegExp(chair.fullName) })).toContainText(
    chair.organisation,
  );

  // A six-digit year stays on screen with a message; the stored term is unchanged (21 Jun 2021).
  await edit.click();
  const termStarts = editing.getByLabel('Term starts');
  await termStarts.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('202111');
  await expect(
    editing.getByText('The year must have four digits, for example 2021.'),
  ).toBeVisible();
  await expect(termStarts).toHaveValue('202111-06-21');
  await expectAccessible(page);
  await editing.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('row', { name: new RegExp(chair.fullName) })).toContainText(
    '21 Jun 2021',
  );

  // The register's own date, beside its label rather than in a dialog, is checked the same way.
  const inOfficeOn = page.getByLabel('In office on date');
  await inOfficeOn.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('202111');
  await expect(page.getByRole('alert')).toHaveText(
    'The year must have four digits, for example 2021.',
  );
  await expect(inOfficeOn).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);
});

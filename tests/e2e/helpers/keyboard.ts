import type { Locator, Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until the target has the keyboard focus, as a person who cannot use a
 * mouse would, and fails naming the target when it is not reached: a control no Tab reaches is a
 * control a keyboard user cannot use.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, most = 60 }: { backwards?: boolean; most?: number } = {},
): Promise<number> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 1; presses <= most; presses += 1) {
    await page.keyboard.press(key);
    // A target gone from the page fails at once, not after the test's whole time.
    if (
      await target.evaluate((element) => element === document.activeElement, null, {
        timeout: 5_000,
      })
    )
      return presses;
  }
  const described = await target.evaluate(
    (element) => element.getAttribute('aria-label') ?? element.textContent ?? element.tagName,
  );
  throw new Error(`${most} presses of ${key} did not reach "${described}"`);
}

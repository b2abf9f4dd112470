import { appendFile, mkdir } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectAccessible } from '../fixtures';

/** The window sizes secretaries have: the app's minimum, a 1366×768 laptop at 125 %, and up. */
export const VIEWPORTS = [
  { width: 900, height: 600 },
  { width: 1093, height: 614 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

export type Viewport = (typeof VIEWPORTS)[number];

/** LAYOUT_VIEWPORTS=1093x614,1280x720 narrows a run to some sizes while fixing one of them. */
function chosenViewports(): readonly Viewport[] {
  const chosen = process.env['LAYOUT_VIEWPORTS']?.split(',');
  if (!chosen) return VIEWPORTS;
  return VIEWPORTS.filter((viewport) => chosen.includes(`${viewport.width}x${viewport.height}`));
}

/**
 * Everything on screen that sticks out sideways: the page itself scrolling sideways, any element
 * wider than a box that clips or scrolls it, and any control or text past the edge of its card.
 * Runs in the page; returns one line per fault.
 */
export function findOverflow(): string[] {
  const faults: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1)
    faults.push(`the page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);

  const describe = (element: Element): string => {
    const label =
      element.getAttribute('aria-label') ??
      (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    const classes = element.getAttribute('class');
    return `<${element.tagName.toLowerCase()}${classes ? ` class="${classes}"` : ''}> "${label}"`;
  };
  const isHidden = (element: Element): boolean => {
    if (element.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)'))
      return true;
    // Hidden from sight but not from screen readers, the usual way (a clip of nothing).
    for (let each: Element | null = element; each; each = each.parentElement)
      if (getComputedStyle(each).clip === 'rect(0px, 0px, 0px, 0px)') return true;
    const rect = element.getBoundingClientRect();
    return rect.width === 0 || rect.height === 0;
  };
  const CARD =
    '.panel, dialog, .agenda-row, .live-attendance, .guest, .search-result, .matters-arising, .notice, .clock, .quorum, .live-status, .table-wrap, .search-filters';
  const clips = (element: Element): boolean => {
    const style = getComputedStyle(element);
    return style.overflowX !== 'visible';
  };
  const FORM_CONTROL = 'input, select, textarea';
  // A wide data table (a year of meetings × members) may scroll inside a labelled region a
  // keyboard can scroll, as WCAG 1.4.10 allows for data tables, but only below the 1093 px laptop.
  const isTableScrollRegion = (element: Element): boolean =>
    window.innerWidth < 1000 &&
    element.matches('[role="region"][tabindex="0"][aria-label]') &&
    element.querySelector('table') !== null;

  // Sideways scrolling inside the page (a table that scrolls hides its last column).
  for (const element of Array.from(document.querySelectorAll('body *'))) {
    if (element.matches(FORM_CONTROL) || isHidden(element) || isTableScrollRegion(element))
      continue;
    if (clips(element) && element.scrollWidth > element.clientWidth + 1)
      faults.push(
        `${describe(element)} scrolls or clips sideways (${element.scrollWidth} > ${element.clientWidth})`,
      );
  }

  const SUBJECTS =
    'button, a, input, select, textarea, summary, label, [tabindex], h1, h2, h3, h4, p, li, dt, dd, th, td, .badge';
  for (const element of Array.from(document.querySelectorAll(SUBJECTS))) {
    if (isHidden(element)) continue;
    const rect = element.getBoundingClientRect();
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      if (isTableScrollRegion(box)) break;
      if (!clips(box) && !box.matches(CARD)) continue;
      const edge = box.getBoundingClientRect();
      if (rect.right > edge.right + 1 || rect.left < edge.left - 1) {
        faults.push(
          `${describe(element)} extends past ${describe(box).slice(0, 80)} (${Math.round(rect.left)}–${Math.round(rect.right)} vs ${Math.round(edge.left)}–${Math.round(edge.right)})`,
        );
        break;
      }
      // A dialog sits above the page: what is around it in the document does not contain it.
      if (box.tagName === 'DIALOG') break;
    }
  }

  // A control cut off above or below by a box that hides what overflows it cannot be reached:
  // only a box that scrolls lets the rest of it come into view.
  const CONTROL =
    'button, a[href], input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  for (const element of Array.from(document.querySelectorAll(CONTROL))) {
    if (isHidden(element)) continue;
    const rect = element.getBoundingClientRect();
    for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
      const overflowY = getComputedStyle(box).overflowY;
      if (overflowY === 'auto' || overflowY === 'scroll' || box.tagName === 'DIALOG') break;
      if (overflowY === 'visible') continue;
      const edge = box.getBoundingClientRect();
      if (rect.bottom > edge.bottom + 1 || rect.top < edge.top - 1) {
        faults.push(
          `${describe(element)} is cut off by ${describe(box).slice(0, 80)} (${Math.round(rect.top)}–${Math.round(rect.bottom)} vs ${Math.round(edge.top)}–${Math.round(edge.bottom)})`,
        );
        break;
      }
    }
  }
  return [...new Set(faults)];
}

/** Checks the screen as it is now at every window size: no overflow, no clipping, axe-clean; saves screenshots. */
export async function checkScreen(
  page: Page,
  name: string,
  viewports: readonly Viewport[] = chosenViewports(),
): Promise<void> {
  await mkdir('test-results/layout', { recursive: true });
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    // Let the layout settle (resize observers, fonts).
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    const size = `${viewport.width}x${viewport.height}`;
    await page.screenshot({ path: `test-results/layout/${name}-${size}.png` });
    const faults = await page.evaluate(findOverflow);
    // Written as found, so a long run can be read while it goes on.
    if (faults.length > 0)
      await appendFile(
        'test-results/layout/faults.txt',
        `${name} at ${size}\n  ${faults.join('\n  ')}\n`,
      );
    expect.soft(faults, `${name} at ${size}`).toEqual([]);
    await expectAccessible(page);
  }
}

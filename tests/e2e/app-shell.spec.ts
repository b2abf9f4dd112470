import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../../src/shared/security/csp';
import { expect, test } from './fixtures';

test('the footer shows where the main process keeps the data', async ({ page, dataFolder }) => {
  await page.goto('/');
  // The folder comes from the real main-process handler, through the bridge.
  await expect(page.getByRole('contentinfo')).toContainText(
    `Your data is kept on this computer, in ${dataFolder}`,
  );
  await expect(page.getByRole('contentinfo')).toContainText('Minute Book 0.1.0-test');
});

test.describe('content security policy', () => {
  test.use({ expectedConsoleErrors: [/Content Security Policy/] });

  test('the built page carries the strict policy and refuses inline scripts', async ({ page }) => {
    const html = await readFile('out/renderer/index.html', 'utf8');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    await page.goto('/');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    // An inline script is refused by the policy.
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
  });
});

test.describe('network isolation', () => {
  test.use({ expectedConsoleErrors: [/Content Security Policy/] });

  test('the page may not connect anywhere but the app', async ({ page, externalRequests }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Welcome to Minute Book' })).toBeVisible();
    const reached = await page.evaluate(() =>
      fetch('https://example.org/telemetry').then(
        () => true,
        () => false,
      ),
    );
    expect(reached).toBe(false);
    // The policy stopped it before it was even sent.
    expect(externalRequests).toEqual([]);
  });

  test('the test guard notices and refuses a request that leaves the app', async ({
    page,
    externalRequests,
  }) => {
    // Prove the guard that checks every other test is not a no-op.
    const response = await page.goto('https://example.org/').catch(() => null);
    expect(response).toBeNull();
    expect(externalRequests).toEqual(['https://example.org/']);
    externalRequests.length = 0;
  });
});

/** Renders resources/icon.svg to the PNG Electron and the page use. Run after editing the SVG. */
import { chromium } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromiumLaunchOptions } from '../tests/support/chromium';

const svg = await readFile(resolve('resources/icon.svg'), 'utf8');
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 512, height: 512 } });
await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
await page.locator('svg').screenshot({ path: resolve('resources/icon.png'), omitBackground: true });
await browser.close();

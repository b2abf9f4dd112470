/**
 * Typing in live minutes, in Chromium, with a 40-item meeting holding 5,000 words of notes open:
 * keystroke to painted text, and keystroke to stored in IndexedDB.
 */
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/support/chromium';
import { summarise, type BenchResult } from './measure';
import { serveRenderer } from './support/renderer-server';
import { seedMeetingInPage } from './support/seed-meeting';

const KEYSTROKES_PAINTED = 300;
const KEYSTROKES_STORED = 40;
// A fast typist: about 15 characters a second.
const TYPING_INTERVAL_MS = 60;

/**
 * Two readings of keystroke to painted text. With the display's frame rate (vsync), a keystroke waits
 * for the next 60 Hz frame, up to 16.7 ms, whatever the app does: that figure is reported as it is.
 * Without the frame-rate limit, the frame is produced as soon as the work is done: that is the app's
 * own latency, and the one held to the one-frame target.
 */
export async function run(): Promise<BenchResult[]> {
  const atDisplayRate = await measureTyping([], 'at the display frame rate', undefined);
  const unthrottled = await measureTyping(
    ['--disable-gpu-vsync', '--disable-frame-rate-limit'],
    'app latency, no frame-rate limit',
    16,
  );
  return [...atDisplayRate, ...unthrottled];
}

async function measureTyping(
  extraArgs: string[],
  label: string,
  paintTarget: number | undefined,
): Promise<BenchResult[]> {
  const server = await serveRenderer(4331);
  const options = chromiumLaunchOptions();
  const browser = await chromium.launch({
    ...options,
    args: [...(options.args ?? []), ...extraArgs],
  });
  try {
    const page = await browser.newPage();
    // tsx keeps function names by wrapping them in __name(), which functions sent to the page also call.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Welcome to Minute Book' }).waitFor();
    const { itemId, meetingId } = await page.evaluate(seedMeetingInPage, {
      items: 40,
      words: 5000,
      members: 12,
    });
    await page.reload();
    const notes = page.getByLabel('Notes for item 21');
    await notes.waitFor();
    await notes.click();
    await page.keyboard.press('Control+End');

    // Keystroke → painted: from the key event to the task right after the next frame is rendered
    // (a MessageChannel message runs as the very next task; setTimeout would add scheduler delay).
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { __paintSamples: number[] }).__paintSamples = samples;
      const channel = new MessageChannel();
      const starts: number[] = [];
      channel.port1.onmessage = () => {
        const start = starts.shift();
        if (start !== undefined) samples.push(performance.now() - start);
      };
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => {
            starts.push(start);
            channel.port2.postMessage(0);
          });
        },
        true,
      );
    });
    for (let i = 0; i < KEYSTROKES_PAINTED; i++) {
      await page.keyboard.type(i % 12 === 11 ? ' ' : 'm');
      await page.waitForTimeout(TYPING_INTERVAL_MS);
    }
    await page.waitForTimeout(100);
    const painted = await page.evaluate(
      () => (window as unknown as { __paintSamples: number[] }).__paintSamples,
    );

    // Keystroke → stored: until the notes in IndexedDB end with the character just typed.
    const stored: number[] = [];
    for (let i = 0; i < KEYSTROKES_STORED; i++) {
      const marker = String.fromCharCode(97 + (i % 26));
      // Armed before the key is pressed, so the keydown cannot be missed.
      await page.evaluate(
        ({ id, meetingId, expected }) => {
          const host = window as unknown as { __stored?: Promise<number> };
          host.__stored = new Promise<number>((resolve) => {
            document.addEventListener(
              'keydown',
              (event) => {
                const start = event.timeStamp;
                const poll = () => {
                  const open = indexedDB.open('minute-book');
                  open.onsuccess = () => {
                    const db = open.result;
                    const get = db.transaction('minutes').objectStore('minutes').get(meetingId);
                    get.onsuccess = () => {
                      db.close();
                      const minutes = get.result as { items: { id: string; notes: string }[] };
                      const notes = minutes.items.find((item) => item.id === id)?.notes ?? '';
                      if (notes.endsWith(expected)) resolve(performance.now() - start);
                      else setTimeout(poll, 5);
                    };
                  };
                };
                setTimeout(poll, 0);
              },
              { once: true, capture: true },
            );
          });
        },
        { id: itemId, meetingId, expected: marker },
      );
      await page.keyboard.type(marker);
      stored.push(
        await page.evaluate(() => (window as unknown as { __stored: Promise<number> }).__stored),
      );
      await page.waitForTimeout(250);
    }
    return [
      summarise(
        `live minutes, 40 items, 5,000 words: keystroke to painted text (${label})`,
        'ms',
        painted,
        paintTarget,
      ),
      summarise(`live minutes: keystroke to stored in IndexedDB (${label})`, 'ms', stored, 500),
    ];
  } finally {
    await browser.close();
    server.stop();
  }
}

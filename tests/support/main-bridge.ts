import type { Page } from '@playwright/test';
import { dispatch } from '../../src/main/dispatch';
import type { HandlerMap } from '../../src/main/handlers';
import { BRIDGE_GLOBAL, IPC_METHODS } from '../../src/shared/ipc/methods';

const INVOKE_BINDING = '__minuteBookInvoke';
/** Marks an answer that waits at a path on the page's own server instead of crossing itself. */
const FETCH_MARK = '\u0000fetch:';
/** Answers up to this many characters cross through the DevTools protocol. */
const LARGE_ANSWER = 256 * 1024;

/**
 * Somewhere the page can fetch a large answer from, on its own origin (bench/support/
 * renderer-answers-server.ts): `publish` keeps the text and says at which path the page finds it.
 */
export interface LargeAnswers {
  publish: (body: string) => string;
}

/**
 * Gives the page the preload's named functions, each running the real main-process dispatch and
 * handlers in this Node process, as the end-to-end tests do: what is measured is the app's own path.
 */
export async function installMainBridge(
  page: Page,
  handlers: HandlerMap,
  largeAnswers?: LargeAnswers,
): Promise<void> {
  // tsx keeps function names by wrapping them in __name(), which functions sent to the page also call.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  // Requests and answers cross as JSON text: Playwright checks a structured value field by field,
  // which for an import's batch of meetings costs far more than Electron's structured clone does.
  // A large answer (a batch of imported meetings, 2 MB) can instead wait on the page's server.
  await page.exposeFunction(INVOKE_BINDING, async (method: unknown, payload?: string) => {
    const answer = JSON.stringify(
      await dispatch(
        handlers,
        method,
        payload === undefined ? undefined : (JSON.parse(payload) as unknown),
      ),
    );
    return largeAnswers && answer.length > LARGE_ANSWER
      ? FETCH_MARK + largeAnswers.publish(answer)
      : answer;
  });
  await page.addInitScript(
    ({ methods, global, binding, mark }) => {
      const host = window as unknown as Record<string, unknown>;
      host[global] = Object.fromEntries(
        methods.map((method) => [
          method,
          async (request: unknown) => {
            const call = host[binding] as (m: string, r?: string) => Promise<string>;
            const answer = await call(
              method,
              request === undefined ? undefined : JSON.stringify(request),
            );
            if (!answer.startsWith(mark)) return JSON.parse(answer) as unknown;
            const fetched = await fetch(answer.slice(mark.length));
            return (await fetched.json()) as unknown;
          },
        ]),
      );
    },
    {
      methods: [...IPC_METHODS],
      global: BRIDGE_GLOBAL,
      binding: INVOKE_BINDING,
      mark: FETCH_MARK,
    },
  );
}

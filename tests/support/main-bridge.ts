import type { Page } from '@playwright/test';
import { dispatch } from '../../src/main/dispatch';
import type { HandlerMap } from '../../src/main/handlers';
import { BRIDGE_GLOBAL, IPC_METHODS } from '../../src/shared/ipc/methods';

const INVOKE_BINDING = '__minuteBookInvoke';

/**
 * Gives the page the preload's named functions, each running the real main-process dispatch and
 * handlers in this Node process, as the end-to-end tests do: what is measured is the app's own path.
 */
export async function installMainBridge(page: Page, handlers: HandlerMap): Promise<void> {
  // tsx keeps function names by wrapping them in __name(), which functions sent to the page also call.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  // Requests and answers cross as JSON text: Playwright checks a structured value field by field,
  // which for an import's batch of meetings costs far more than Electron's structured clone does.
  await page.exposeFunction(INVOKE_BINDING, async (method: unknown, payload?: string) =>
    JSON.stringify(
      await dispatch(
        handlers,
        method,
        payload === undefined ? undefined : (JSON.parse(payload) as unknown),
      ),
    ),
  );
  await page.addInitScript(
    ({ methods, global, binding }) => {
      const host = window as unknown as Record<string, unknown>;
      host[global] = Object.fromEntries(
        methods.map((method) => [
          method,
          async (request: unknown) =>
            JSON.parse(
              await (host[binding] as (m: string, r?: string) => Promise<string>)(
                method,
                request === undefined ? undefined : JSON.stringify(request),
              ),
            ) as unknown,
        ]),
      );
    },
    { methods: [...IPC_METHODS], global: BRIDGE_GLOBAL, binding: INVOKE_BINDING },
  );
}

import { IPC_CONTRACT, type IpcFailure, type IpcResult } from '../shared/ipc/contract';
import { isIpcMethod, type IpcMethod } from '../shared/ipc/methods';
import type { HandlerMap } from './handlers';
import { UserError } from './user-error';

function failure(code: IpcFailure['code'], message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

async function call<M extends IpcMethod>(
  handlers: HandlerMap,
  method: M,
  payload: unknown,
): Promise<IpcResult<unknown>> {
  const schemas = IPC_CONTRACT[method];
  const request = schemas.request.safeParse(payload);
  if (!request.success) {
    return failure(
      'invalid-request',
      `The request to ${method} was not valid: ${request.error.message}`,
    );
  }
  const handler = handlers[method] as (request: unknown) => unknown;
  const value = await handler(request.data);
  // Checking our own answer catches a handler drifting from the contract before the renderer trusts it.
  return { ok: true, value: schemas.response.parse(value) };
}

/**
 * Validates a call from the renderer and runs its handler. Never throws: every failure
 * becomes a value with a message fit to show, and unexpected errors are logged, not leaked.
 */
export async function dispatch(
  handlers: HandlerMap,
  method: unknown,
  payload: unknown,
  log: (message: string, error: unknown) => void = console.error,
): Promise<IpcResult<unknown>> {
  if (!isIpcMethod(method))
    return failure('unknown-method', `There is no such call: ${String(method)}`);
  try {
    return await call(handlers, method, payload);
  } catch (error) {
    if (error instanceof UserError) return failure('user-error', error.message);
    log(`Handler ${method} failed`, error);
    return failure(
      'internal',
      'Something went wrong in Minute Book. Your data has not been changed.',
    );
  }
}

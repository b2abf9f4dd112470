import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '@main/dispatch';
import { createHandlers, type HandlerMap } from '@main/handlers';
import { UserError } from '@main/user-error';
import { makeTempDataFolder, testPorts } from '../../support/temp-data-folder';

describe('dispatch', () => {
  let handlers: HandlerMap;
  let remove: () => Promise<void>;
  let folder: string;

  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
    handlers = createHandlers(testPorts(folder));
  });
  afterEach(() => remove());

  it('runs a valid call and returns its checked answer', async () => {
    await expect(dispatch(handlers, 'getAppInfo', {})).resolves.toEqual({
      ok: true,
      value: {
        name: 'Minute Book',
        version: '0.1.0-test',
        dataFolder: folder,
        runtime: `Node ${process.versions.node}`,
        platform: process.platform,
      },
    });
  });

  it('refuses a method that is not in the contract', async () => {
    const result = await dispatch(handlers, 'deleteEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
  });

  it('refuses a request that does not match its schema, without running the handler', async () => {
    const spy = vi.spyOn(handlers, 'getAppInfo');
    const result = await dispatch(handlers, 'getAppInfo', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('passes a user-facing error message through', async () => {
    handlers.getAppInfo = () => {
      throw new UserError('The folder cannot be written. Choose another.');
    };
    await expect(dispatch(handlers, 'getAppInfo', {})).resolves.toEqual({
      ok: false,
      error: { code: 'user-error', message: 'The folder cannot be written. Choose another.' },
    });
  });

  it('hides the details of an unexpected failure and logs them instead', async () => {
    handlers.getAppInfo = () => {
      throw new Error('EACCES /secret/path');
    };
    const log = vi.fn();
    const result = await dispatch(handlers, 'getAppInfo', {}, log);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(log).toHaveBeenCalledOnce();
  });

  it('refuses to return an answer that breaks the contract', async () => {
    handlers.getAppInfo = () => ({ name: 'x' }) as ReturnType<HandlerMap['getAppInfo']>;
    const result = await dispatch(handlers, 'getAppInfo', {}, () => undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

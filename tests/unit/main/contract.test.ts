import { describe, expect, it } from 'vitest';
import { createHandlers } from '@main/handlers';
import { IPC_CONTRACT } from '@shared/ipc/contract';
import { IPC_METHODS, channelFor } from '@shared/ipc/methods';
import { testPorts } from '../../support/temp-data-folder';

describe('IPC contract', () => {
  it('has exactly one schema pair and one handler per method', () => {
    expect(Object.keys(IPC_CONTRACT).sort()).toEqual([...IPC_METHODS].sort());
    expect(Object.keys(createHandlers(testPorts('/tmp'))).sort()).toEqual([...IPC_METHODS].sort());
  });

  it('gives every method its own namespaced channel', () => {
    const channels = IPC_METHODS.map(channelFor);
    expect(new Set(channels).size).toBe(IPC_METHODS.length);
    for (const channel of channels) expect(channel).toMatch(/^minute-book:/);
  });
});

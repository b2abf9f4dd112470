import { create } from 'zustand';
import type { SigningIdentity } from '@shared/ipc/signing-schemas';
import { callMain } from '../bridge';

/**
 * The signing identities kept by the main process. Only their certificates' details come here:
 * private keys never leave the main process.
 */
export interface IdentitiesState {
  identities: readonly SigningIdentity[];
  /** `passphrase` when this computer has no key store: creating or signing then asks for one. */
  keyProtection: 'os' | 'passphrase' | null;
  loaded: boolean;
  load: () => Promise<void>;
  create: (details: {
    name: string;
    role: string;
    organisation: string;
    passphrase?: string;
  }) => Promise<SigningIdentity>;
  importFile: (passphrase: string) => Promise<SigningIdentity | null>;
}

export const useIdentitiesStore = create<IdentitiesState>()((set) => ({
  identities: [],
  keyProtection: null,
  loaded: false,
  load: async () => {
    const { identities, keyProtection } = await callMain('listIdentities', {});
    set({ identities, keyProtection, loaded: true });
  },
  create: async (details) => {
    const { identity } = await callMain('createIdentity', details);
    set((state) => ({ identities: [...state.identities, identity] }));
    return identity;
  },
  importFile: async (passphrase) => {
    const result = await callMain('importIdentity', { passphrase });
    if (result.status === 'cancelled') return null;
    set((state) => ({ identities: [...state.identities, result.identity] }));
    return result.identity;
  },
}));

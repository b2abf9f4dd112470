import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';
import { z } from 'zod';

/** scrypt cost: about 0.1 s and 32 MiB on a laptop, so guessing passphrases is slow. */
const SCRYPT = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
/** Binds the ciphertext to its purpose: a blob wrapped for anything else will not open here. */
const ASSOCIATED_DATA = Buffer.from('minute-book signing key v1');

export const wrappedKeySchema = z.object({
  kdf: z.literal('scrypt'),
  // Bounded so an edited identity file cannot make scrypt take all the memory there is.
  N: z
    .number()
    .int()
    .min(2)
    .max(2 ** 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string(),
  cipher: z.literal('aes-256-gcm'),
  iv: z.string(),
  tag: z.string(),
  ciphertext: z.string(),
});

export type WrappedKey = z.infer<typeof wrappedKeySchema>;

export class WrongPassphraseError extends Error {
  override readonly name = 'WrongPassphraseError';
  constructor() {
    super('The passphrase is not right.');
  }
}

function deriveKey(
  passphrase: string,
  salt: Buffer,
  cost: { N: number; r: number; p: number },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      KEY_LENGTH,
      // Node's default memory cap is exactly 32 MiB, just under what N=2^15, r=8 needs.
      { ...cost, maxmem: 256 * cost.N * cost.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

/** Encrypts `secret` under a key derived from `passphrase` (scrypt, then AES-256-GCM). */
export async function wrapWithPassphrase(secret: string, passphrase: string): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await deriveKey(passphrase, salt, SCRYPT);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(ASSOCIATED_DATA);
  const ciphertext = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return {
    kdf: 'scrypt',
    ...SCRYPT,
    salt: salt.toString('base64'),
    cipher: 'aes-256-gcm',
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** Opens what wrapWithPassphrase made. A wrong passphrase (or a tampered blob) fails GCM's check. */
export async function unwrapWithPassphrase(
  wrapped: WrappedKey,
  passphrase: string,
): Promise<string> {
  const key = await deriveKey(passphrase, Buffer.from(wrapped.salt, 'base64'), wrapped);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(wrapped.iv, 'base64'));
  decipher.setAAD(ASSOCIATED_DATA);
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
  try {
    return Buffer.concat([
      decipher.update(Buffer.from(wrapped.ciphertext, 'base64')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    throw new WrongPassphraseError();
  }
}

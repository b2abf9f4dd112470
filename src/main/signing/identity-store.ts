import { randomUUID } from 'node:crypto';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/write-file-atomic';
import type { KeyProtection } from '../ports';
import { parseCertificate } from './certificates';
import { IdentityError } from './errors';
import {
  WrongPassphraseError,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  wrappedKeySchema,
} from './key-wrap';
import type { SigningKey } from './signer';
import {
  type IdentityDetails,
  type KeyAndCertificate,
  Pkcs12Error,
  createSelfSignedIdentity,
  importPkcs12,
} from './signing-identity';

/** What the app may show about an identity: never the key. */
export interface IdentitySummary {
  id: string;
  name: string;
  role: string;
  organisation: string;
  fingerprintSha256: string;
  notBefore: string;
  notAfter: string;
  expired: boolean;
  /** The key is wrapped with the user's passphrase (no system key store), so signing asks for it. */
  needsPassphrase: boolean;
  origin: 'created' | 'imported';
}

const identityFileSchema = z.object({
  version: z.literal(1),
  id: z.string(),
  createdAt: z.string(),
  origin: z.enum(['created', 'imported']),
  certificatePem: z.string(),
  key: z.discriminatedUnion('protection', [
    /** Encrypted by the operating system's key store (Electron safeStorage). */
    z.object({ protection: z.literal('os'), data: z.string() }),
    /** Wrapped with the user's passphrase (scrypt + AES-256-GCM). */
    z.object({ protection: z.literal('passphrase'), wrapped: wrappedKeySchema }),
  ]),
});

type IdentityFile = z.infer<typeof identityFileSchema>;

const ID_PATTERN = /^[0-9a-f-]{36}$/;
export const MIN_PASSPHRASE_LENGTH = 8;

/**
 * Signing identities, one JSON file each in `<data>/identities/`: the certificate in PEM and the
 * private key encrypted, by the system key store when there is one, else with a passphrase.
 * Private keys leave this module only to sign, and never reach the renderer.
 */
export class IdentityStore {
  constructor(
    private readonly folder: string,
    private readonly keyProtection: KeyProtection,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<IdentitySummary[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const summaries: IdentitySummary[] = [];
    for (const name of names.filter((candidate) => candidate.endsWith('.json'))) {
      const file = await this.read(name.slice(0, -'.json'.length)).catch(() => null);
      if (file) summaries.push(this.summarise(file));
    }
    return summaries.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /** A new key pair and self-signed certificate. `passphrase` is needed only without a system key store. */
  async create(details: IdentityDetails, passphrase?: string): Promise<IdentitySummary> {
    this.checkPassphraseChoice(passphrase);
    const identity = await createSelfSignedIdentity(details, { now: this.now() });
    return this.save(identity, 'created', passphrase);
  }

  /** Imports the key and certificate of a .p12/.pfx opened with its passphrase. */
  async importPkcs12(bytes: Uint8Array, passphrase: string): Promise<IdentitySummary> {
    let identity: KeyAndCertificate;
    try {
      identity = importPkcs12(bytes, passphrase);
    } catch (error) {
      if (error instanceof Pkcs12Error) {
        throw new IdentityError(
          error.reason === 'no-key' ? 'corrupt' : error.reason,
          error.message,
        );
      }
      throw error;
    }
    const fingerprint = parseCertificate(identity.certificatePem).fingerprintSha256;
    const existing = (await this.list()).find(
      (summary) => summary.fingerprintSha256 === fingerprint,
    );
    if (existing) return existing;
    // Without a system key store the key is kept under the same passphrase that opened the file.
    return this.save(identity, 'imported', passphrase);
  }

  /** The key and certificate to sign with. Throws IdentityError with a message fit to show. */
  async loadSigningKey(id: string, passphrase?: string): Promise<SigningKey> {
    const file = await this.read(id);
    let privateKeyPem: string;
    if (file.key.protection === 'os') {
      try {
        privateKeyPem = await this.keyProtection.decrypt(Buffer.from(file.key.data, 'base64'));
      } catch {
        throw new IdentityError(
          'corrupt',
          "The system key store could not unlock this identity's key (was the data folder copied from another computer?).",
        );
      }
    } else {
      if (!passphrase) {
        throw new IdentityError(
          'passphrase-needed',
          'Enter the passphrase for this signing identity.',
        );
      }
      try {
        privateKeyPem = await unwrapWithPassphrase(file.key.wrapped, passphrase);
      } catch (error) {
        if (error instanceof WrongPassphraseError) {
          throw new IdentityError(
            'wrong-passphrase',
            'The passphrase for this signing identity is not right.',
          );
        }
        throw error;
      }
    }
    return { privateKeyPem, certificatePem: file.certificatePem };
  }

  private checkPassphraseChoice(passphrase: string | undefined): void {
    if (
      this.keyProtection.backend === 'passphrase' &&
      (passphrase ?? '').length < MIN_PASSPHRASE_LENGTH
    ) {
      throw new IdentityError(
        'passphrase-needed',
        `This computer has no system key store, so the key is protected with a passphrase. Choose one of at least ${MIN_PASSPHRASE_LENGTH} characters.`,
      );
    }
  }

  private async save(
    identity: KeyAndCertificate,
    origin: IdentityFile['origin'],
    passphrase: string | undefined,
  ): Promise<IdentitySummary> {
    this.checkPassphraseChoice(passphrase);
    const key: IdentityFile['key'] =
      this.keyProtection.backend === 'os'
        ? {
            protection: 'os',
            data: (await this.keyProtection.encrypt(identity.privateKeyPem)).toString('base64'),
          }
        : {
            protection: 'passphrase',
            wrapped: await wrapWithPassphrase(identity.privateKeyPem, passphrase ?? ''),
          };
    const file: IdentityFile = {
      version: 1,
      id: randomUUID(),
      createdAt: this.now().toISOString(),
      origin,
      certificatePem: identity.certificatePem,
      key,
    };
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    await writeFileAtomic(
      join(this.folder, `${file.id}.json`),
      `${JSON.stringify(file, null, 2)}\n`,
    );
    return this.summarise(file);
  }

  private async read(id: string): Promise<IdentityFile> {
    if (!ID_PATTERN.test(id))
      throw new IdentityError('not-found', 'There is no such signing identity.');
    let text: string;
    try {
      text = await readFile(join(this.folder, `${id}.json`), 'utf8');
    } catch {
      throw new IdentityError('not-found', 'There is no such signing identity.');
    }
    try {
      return identityFileSchema.parse(JSON.parse(text));
    } catch {
      throw new IdentityError('corrupt', 'This signing identity is damaged and cannot be used.');
    }
  }

  private summarise(file: IdentityFile): IdentitySummary {
    const certificate = parseCertificate(file.certificatePem);
    return {
      id: file.id,
      name: certificate.commonName,
      role: certificate.role,
      organisation: certificate.organisation,
      fingerprintSha256: certificate.fingerprintSha256,
      notBefore: certificate.notBefore.toISOString(),
      notAfter: certificate.notAfter.toISOString(),
      expired: this.now().getTime() > certificate.notAfter.getTime(),
      needsPassphrase: file.key.protection === 'passphrase',
      origin: file.origin,
    };
  }
}

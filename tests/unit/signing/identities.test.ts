import { createPrivateKey } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCertificate } from '@main/signing/certificates';
import { IdentityError } from '@main/signing/errors';
import { IdentityStore } from '@main/signing/identity-store';
import {
  WrongPassphraseError,
  unwrapWithPassphrase,
  wrapWithPassphrase,
} from '@main/signing/key-wrap';
import {
  Pkcs12Error,
  exportPkcs12,
  importPkcs12,
  largestIterationCount,
} from '@main/signing/signing-identity';
import { fakeKeyProtection, makeTempDataFolder } from '../../support/temp-data-folder';
import { testIdentity } from '../../support/signing';

/** RSA key generation usually takes under a second, but can take several on a busy machine. */
const KEY_TIMEOUT = 30_000;

const ALICE = { name: 'Alice Chair', role: 'Chair', organisation: 'NHS Python Community' };

function rejectsWith(reason: IdentityError['reason']): (error: unknown) => boolean {
  return (error) => error instanceof IdentityError && error.reason === reason;
}

describe('certificates', { timeout: KEY_TIMEOUT }, () => {
  it('name the person, their role and organisation, in UTF-8', async () => {
    const identity = await testIdentity({
      name: 'Siân Ó Briain, Jr',
      role: 'Vice-Chair',
      organisation: 'NHS A & B',
    });
    const certificate = parseCertificate(identity.certificatePem);
    expect(certificate).toMatchObject({
      commonName: 'Siân Ó Briain, Jr',
      role: 'Vice-Chair',
      organisation: 'NHS A & B',
      subjectName: 'CN=Siân Ó Briain\\, Jr,title=Vice-Chair,O=NHS A & B',
      selfSigned: true,
    });
    expect(certificate.issuerName).toBe(certificate.subjectName);
  });

  it('show the SHA-256 fingerprint of the DER certificate', async () => {
    const identity = await testIdentity();
    const der = forge.asn1.toDer(
      forge.pki.certificateToAsn1(forge.pki.certificateFromPem(identity.certificatePem)),
    );
    const expected = forge.md.sha256
      .create()
      .update(der.getBytes())
      .digest()
      .toHex()
      .toUpperCase()
      .match(/../g)
      ?.join(':');
    expect(parseCertificate(identity.certificatePem).fingerprintSha256).toBe(expected);
  });

  it('are for signing documents only', async () => {
    const certificate = forge.pki.certificateFromPem((await testIdentity()).certificatePem);
    expect(certificate.getExtension('basicConstraints')).toMatchObject({ cA: false });
    expect(certificate.getExtension('keyUsage')).toMatchObject({
      digitalSignature: true,
      nonRepudiation: true,
      keyCertSign: false,
    });
  });
});

describe('PKCS#12 files', { timeout: KEY_TIMEOUT }, () => {
  it('round-trip the key and certificate under a passphrase', async () => {
    const identity = await testIdentity();
    const p12 = exportPkcs12(identity, 'a good passphrase', 'Alice Chair');
    const back = importPkcs12(p12, 'a good passphrase');
    expect(back.certificatePem.trim()).toBe(identity.certificatePem.trim());
    const der = (pem: string): Buffer =>
      createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' });
    expect(der(back.privateKeyPem).equals(der(identity.privateKeyPem))).toBe(true);
  });

  it('say when the passphrase is wrong', async () => {
    const p12 = exportPkcs12(await testIdentity(), 'a good passphrase', 'Alice Chair');
    expect(() => importPkcs12(p12, 'not it')).toThrow(
      expect.objectContaining({
        reason: 'wrong-passphrase',
        message: 'The passphrase for this .p12 file is not right.',
      }),
    );
  });

  it('say when the file is not a .p12, or is damaged', async () => {
    expect(() => importPkcs12(Buffer.from('not a p12 at all'), 'x')).toThrow(Pkcs12Error);
    const p12 = exportPkcs12(await testIdentity(), 'a good passphrase', 'Alice Chair');
    const truncated = p12.subarray(0, Math.floor(p12.length / 2));
    expect(() => importPkcs12(truncated, 'a good passphrase')).toThrow(
      expect.objectContaining({ reason: 'corrupt' }),
    );
  });

  const fixture = (name: string) => readFile(join(__dirname, '../../fixtures/pkcs12', name));

  it('say that only RSA keys can be used, for an elliptic-curve key', async () => {
    const bytes = await fixture('elliptic-curve.p12');
    expect(() => importPkcs12(bytes, 'longpassphrase')).toThrow(
      expect.objectContaining({
        reason: 'unsupported-key',
        message: expect.stringMatching(/^Only RSA keys can be used for signing/),
      }),
    );
  });

  it('refuse a file asking for a million rounds of key derivation, before deriving any', async () => {
    const bytes = await fixture('million-iterations.p12');
    // Refused from the file's parameters, before any key derivation.
    expect(() => importPkcs12(bytes, 'longpassphrase')).toThrow(/more than 100,000 rounds/);
    const ours = exportPkcs12(await testIdentity(), 'a good passphrase', 'Alice Chair');
    expect(largestIterationCount(forge.asn1.fromDer(ours.toString('binary')))).toBe(10_000);
  });
});

describe('passphrase wrapping (scrypt + AES-256-GCM)', { timeout: KEY_TIMEOUT }, () => {
  it('opens with the right passphrase only', async () => {
    const wrapped = await wrapWithPassphrase('-----BEGIN PRIVATE KEY-----secret', 'correct horse');
    expect(JSON.stringify(wrapped)).not.toContain('secret');
    await expect(unwrapWithPassphrase(wrapped, 'correct horse')).resolves.toBe(
      '-----BEGIN PRIVATE KEY-----secret',
    );
    await expect(unwrapWithPassphrase(wrapped, 'wrong horse')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
  });

  it('refuses a tampered ciphertext', async () => {
    const wrapped = await wrapWithPassphrase('secret key', 'correct horse');
    const bytes = Buffer.from(wrapped.ciphertext, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await expect(
      unwrapWithPassphrase({ ...wrapped, ciphertext: bytes.toString('base64') }, 'correct horse'),
    ).rejects.toBeInstanceOf(WrongPassphraseError);
  });
});

describe('the identity store', { timeout: KEY_TIMEOUT }, () => {
  let folder: string;
  let remove: () => Promise<void>;
  beforeEach(async () => ({ folder, remove } = await makeTempDataFolder()));
  afterEach(() => remove());

  const identitiesFolder = (): string => join(folder, 'identities');

  it('keeps a created identity encrypted by the system key store and lists it without its key', async () => {
    const store = new IdentityStore(identitiesFolder(), fakeKeyProtection('os'));
    const created = await store.create(ALICE);
    expect(created).toMatchObject({
      ...ALICE,
      needsPassphrase: false,
      expired: false,
      origin: 'created',
    });
    const [file] = await readdir(identitiesFolder());
    const stored = await readFile(join(identitiesFolder(), file ?? ''), 'utf8');
    expect(stored).not.toContain('PRIVATE KEY');
    expect(JSON.parse(stored)).toMatchObject({ key: { protection: 'os' } });
    expect(await store.list()).toEqual([created]);
    expect(JSON.stringify(await store.list())).not.toMatch(/PRIVATE|privateKey/);
    const key = await store.loadSigningKey(created.id);
    expect(key.privateKeyPem).toContain('BEGIN PRIVATE KEY');
  });

  it('without a system key store, asks for a passphrase and wraps the key with it', async () => {
    const store = new IdentityStore(identitiesFolder(), fakeKeyProtection('passphrase'));
    await expect(store.create(ALICE)).rejects.toSatisfy(rejectsWith('passphrase-needed'));
    await expect(store.create(ALICE, 'short')).rejects.toSatisfy(rejectsWith('passphrase-needed'));
    const created = await store.create(ALICE, 'a long passphrase');
    expect(created.needsPassphrase).toBe(true);
    await expect(store.loadSigningKey(created.id)).rejects.toSatisfy(
      rejectsWith('passphrase-needed'),
    );
    await expect(store.loadSigningKey(created.id, 'the wrong passphrase')).rejects.toSatisfy(
      rejectsWith('wrong-passphrase'),
    );
    await expect(store.loadSigningKey(created.id, 'a long passphrase')).resolves.toMatchObject({
      certificatePem: expect.stringContaining('BEGIN CERTIFICATE'),
    });
  });

  it('imports a .p12 once, however often it is imported', async () => {
    const store = new IdentityStore(identitiesFolder(), fakeKeyProtection('os'));
    const identity = await testIdentity();
    const p12 = exportPkcs12(identity, 'p12 passphrase', 'Alice');
    const imported = await store.importPkcs12(p12, 'p12 passphrase');
    expect(imported).toMatchObject({ name: 'Alice Chair', origin: 'imported' });
    expect(imported.fingerprintSha256).toBe(
      parseCertificate(identity.certificatePem).fingerprintSha256,
    );
    expect(await store.importPkcs12(p12, 'p12 passphrase')).toEqual(imported);
    expect(await store.list()).toHaveLength(1);
  });

  it('refuses a wrong passphrase or a damaged .p12 and stores nothing', async () => {
    const store = new IdentityStore(identitiesFolder(), fakeKeyProtection('os'));
    const p12 = exportPkcs12(await testIdentity(), 'p12 passphrase', 'Alice');
    await expect(store.importPkcs12(p12, 'wrong')).rejects.toSatisfy(
      rejectsWith('wrong-passphrase'),
    );
    await expect(store.importPkcs12(Buffer.from('garbage'), 'x')).rejects.toSatisfy(
      rejectsWith('corrupt'),
    );
    expect(await store.list()).toEqual([]);
  });

  it('does not look outside its folder for an identity', async () => {
    const store = new IdentityStore(identitiesFolder(), fakeKeyProtection('os'));
    await expect(store.loadSigningKey('../../etc/passwd')).rejects.toSatisfy(
      rejectsWith('not-found'),
    );
    await expect(store.loadSigningKey('00000000-0000-0000-0000-000000000000')).rejects.toSatisfy(
      rejectsWith('not-found'),
    );
  });

  it('says when an identity file is damaged', async () => {
    const store = new IdentityStore(identitiesFolder(), fakeKeyProtection('os'));
    const created = await store.create(ALICE);
    await writeFile(join(identitiesFolder(), `${created.id}.json`), '{ "version": 1');
    await expect(store.loadSigningKey(created.id)).rejects.toSatisfy(rejectsWith('corrupt'));
    expect(await store.list()).toEqual([]);
  });
});

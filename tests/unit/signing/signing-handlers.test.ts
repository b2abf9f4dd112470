import { createHash } from 'node:crypto';
import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '@main/dispatch';
import { createHandlers, type HandlerMap } from '@main/handlers';
import type { MainPorts } from '@main/ports';
import { exportPkcs12 } from '@main/signing/signing-identity';
import { verifyDocument } from '@main/signing/verifier';
import { makeTermsOfReferenceDocx } from '../../support/minutes-docx';
import { testIdentity } from '../../support/signing';
import { fakeKeyProtection, makeTempDataFolder, testPorts } from '../../support/temp-data-folder';

/** RSA key generation usually takes under a second, but can take several on a busy machine. */
const KEY_TIMEOUT = 30_000;

const ALICE = { name: 'Alice Chair', role: 'Chair', organisation: 'NHS Python Community' };
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let document: Buffer;
beforeAll(async () => {
  document = await makeTermsOfReferenceDocx();
});

describe('signing through the IPC contract', { timeout: KEY_TIMEOUT }, () => {
  let folder: string;
  let remove: () => Promise<void>;
  let ports: MainPorts;
  let handlers: HandlerMap;
  let inputPath: string;
  const call = (method: string, payload: unknown = {}) => dispatch(handlers, method, payload);

  beforeEach(async () => {
    ({ folder, remove } = await makeTempDataFolder());
    inputPath = join(folder, 'Terms of Reference.docx');
    await writeFile(inputPath, document);
    ports = testPorts(folder);
    handlers = createHandlers(ports);
  });
  afterEach(() => remove());

  async function createAlice(): Promise<string> {
    const result = await call('createIdentity', ALICE);
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { identity: { id: string } }).identity.id;
  }

  it('creates and lists identities with their fingerprint and never their key', async () => {
    const created = await call('createIdentity', ALICE);
    expect(created).toMatchObject({
      ok: true,
      value: { identity: { ...ALICE, needsPassphrase: false } },
    });
    const listed = await call('listIdentities');
    expect(listed).toMatchObject({ ok: true, value: { keyProtection: 'os', identities: [ALICE] } });
    expect(JSON.stringify(listed)).not.toMatch(/PRIVATE KEY|privateKey/);
    expect(JSON.stringify(listed)).toMatch(/"fingerprintSha256":"([0-9A-F]{2}:){31}[0-9A-F]{2}"/);
  });

  it('signs a chosen document and saves the signed copy where the user says', async () => {
    const id = await createAlice();
    const output = join(folder, 'signed');
    ports.chooseOpenPath = vi.fn(() => Promise.resolve(inputPath));
    const chooseSavePath = vi.fn((_options: unknown) => Promise.resolve(output));
    ports.chooseSavePath = chooseSavePath;
    const result = await call('signDocument', { identityId: id, reason: 'Agreed by the board' });
    expect(result).toMatchObject({
      ok: true,
      value: {
        status: 'signed',
        path: `${output}.docx`,
        fileName: 'signed.docx',
        signatureCount: 1,
      },
    });
    expect(chooseSavePath.mock.calls[0]?.[0]).toMatchObject({
      defaultFileName: 'Terms of Reference (signed).docx',
    });
    const written = await readFile(`${output}.docx`);
    expect(result.ok && (result.value as { sha256: string }).sha256).toBe(sha256(written));
    const report = await verifyDocument(written);
    expect(report).toMatchObject({
      allValid: true,
      signatures: [{ commitment: 'Agreed by the board' }],
    });
    expect(await readFile(inputPath)).toEqual(document);
  });

  it('signs a document this process exported, named by token, beside it with no second dialog', async () => {
    const id = await createAlice();
    const token = ports.exportedFiles.register(inputPath);
    ports.chooseOpenPath = vi.fn(() => Promise.reject(new Error('must not ask')));
    ports.chooseSavePath = vi.fn(() => Promise.reject(new Error('must not ask')));
    const result = await call('signDocument', {
      identityId: id,
      source: { kind: 'exported', token },
    });
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'signed', fileName: 'Terms of Reference (signed).docx' },
    });
    // Signed again: a new name, the first signed copy left as it was.
    const again = await call('signDocument', {
      identityId: id,
      source: { kind: 'exported', token },
    });
    expect(again).toMatchObject({
      ok: true,
      value: { status: 'signed', fileName: 'Terms of Reference (signed) 2.docx' },
    });
    const unknown = await call('signDocument', {
      identityId: id,
      source: { kind: 'exported', token: 'nope' },
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'user-error' } });
  });

  it('refuses a path from the renderer', async () => {
    const id = await createAlice();
    const result = await call('signDocument', {
      identityId: id,
      source: { kind: 'exported', path: inputPath },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('writes nothing when the user cancels', async () => {
    const id = await createAlice();
    ports.chooseOpenPath = () => Promise.resolve(inputPath);
    const result = await call('signDocument', { identityId: id });
    expect(result).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect((await readdir(folder)).filter((name) => name.endsWith('.docx'))).toEqual([
      'Terms of Reference.docx',
    ]);
  });

  it('asks for the passphrase where there is no key store, and a wrong one changes nothing', async () => {
    ports = testPorts(folder, { keyProtection: fakeKeyProtection('passphrase') });
    handlers = createHandlers(ports);
    expect(await call('createIdentity', ALICE)).toMatchObject({
      ok: false,
      error: { code: 'user-error' },
    });
    const created = await call('createIdentity', { ...ALICE, passphrase: 'a long passphrase' });
    const id = created.ok ? (created.value as { identity: { id: string } }).identity.id : '';
    const chooseOpenPath = vi.fn(() => Promise.resolve(inputPath));
    ports.chooseOpenPath = chooseOpenPath;
    ports.chooseSavePath = () => Promise.resolve(join(folder, 'out.docx'));
    const wrong = await call('signDocument', { identityId: id, passphrase: 'not the passphrase' });
    expect(wrong).toEqual({
      ok: false,
      error: {
        code: 'user-error',
        message: 'The passphrase for this signing identity is not right.',
      },
    });
    expect(chooseOpenPath).not.toHaveBeenCalled();
    await expect(stat(join(folder, 'out.docx'))).rejects.toThrow();
    const right = await call('signDocument', { identityId: id, passphrase: 'a long passphrase' });
    expect(right).toMatchObject({ ok: true, value: { status: 'signed' } });
  });

  it('says plainly when the chosen file is not a Word document, and writes nothing', async () => {
    const id = await createAlice();
    const notDocx = join(folder, 'notes.docx');
    await writeFile(notDocx, 'just text');
    ports.chooseOpenPath = () => Promise.resolve(notDocx);
    const chooseSavePath = vi.fn(() => Promise.resolve(join(folder, 'out.docx')));
    ports.chooseSavePath = chooseSavePath;
    const result = await call('signDocument', { identityId: id });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'user-error',
        message: 'This file is not a Word document (.docx): it is not a zip package.',
      },
    });
    expect(chooseSavePath).not.toHaveBeenCalled();
    expect(await readFile(notDocx, 'utf8')).toBe('just text');
  });

  it('imports a .p12 chosen in a dialog', async () => {
    const p12Path = join(folder, 'alice.p12');
    await writeFile(p12Path, exportPkcs12(await testIdentity(), 'p12 passphrase', 'Alice'));
    ports.chooseOpenPath = () => Promise.resolve(p12Path);
    expect(await call('importIdentity', { passphrase: 'wrong' })).toMatchObject({
      ok: false,
      error: { code: 'user-error', message: 'The passphrase for this .p12 file is not right.' },
    });
    expect(await call('importIdentity', { passphrase: 'p12 passphrase' })).toMatchObject({
      ok: true,
      value: { status: 'imported', identity: { name: 'Alice Chair', origin: 'imported' } },
    });
  });

  it('verifies a chosen document', async () => {
    const id = await createAlice();
    ports.chooseOpenPath = () => Promise.resolve(inputPath);
    ports.chooseSavePath = () => Promise.resolve(join(folder, 'signed.docx'));
    await call('signDocument', { identityId: id });
    ports.chooseOpenPath = () => Promise.resolve(join(folder, 'signed.docx'));
    const result = await call('verifyDocument');
    expect(result).toMatchObject({
      ok: true,
      value: {
        status: 'verified',
        fileName: 'signed.docx',
        report: {
          allValid: true,
          signatures: [{ signer: { commonName: 'Alice Chair' }, valid: true }],
        },
      },
    });
  });
});

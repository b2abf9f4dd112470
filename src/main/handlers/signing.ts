import { access } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { IpcResponse, ParsedIpcRequest } from '../../shared/ipc/contract';
import { writeFileAtomic } from '../files/write-file-atomic';
import { readDocumentFile, signedFileName } from '../signing/document-files';
import { IdentityStore } from '../signing/identity-store';
import { signDocument as signDocx } from '../signing/signer';
import { verifyDocument as verifyDocx } from '../signing/verifier';
import type { MainPorts } from '../ports';
import { UserError } from '../user-error';
import { chooseSavePathWithExtension } from './with-extension';

const WORD_FILTER = { name: 'Word document', extensions: ['docx'] };
const PKCS12_FILTER = {
  name: 'Certificate with private key (.p12, .pfx)',
  extensions: ['p12', 'pfx'],
};

export function identityStore(ports: MainPorts): IdentityStore {
  return new IdentityStore(join(ports.dataFolder, 'identities'), ports.keyProtection);
}

export async function listIdentities(ports: MainPorts): Promise<IpcResponse<'listIdentities'>> {
  return {
    identities: await identityStore(ports).list(),
    keyProtection: ports.keyProtection.backend,
  };
}

export async function createIdentity(
  ports: MainPorts,
  request: ParsedIpcRequest<'createIdentity'>,
): Promise<IpcResponse<'createIdentity'>> {
  const { passphrase, ...details } = request;
  return { identity: await identityStore(ports).create(details, passphrase) };
}

export async function importIdentity(
  ports: MainPorts,
  request: ParsedIpcRequest<'importIdentity'>,
): Promise<IpcResponse<'importIdentity'>> {
  const chosen = await ports.chooseOpenPath({
    title: 'Import a signing identity',
    filters: [PKCS12_FILTER],
  });
  if (chosen === null) return { status: 'cancelled' };
  const bytes = await readDocumentFile(chosen);
  return {
    status: 'imported',
    identity: await identityStore(ports).importPkcs12(bytes, request.passphrase),
  };
}

/** A path in `folder` named `fileName` that no file has yet: "X (signed).docx", then "X (signed) 2.docx". */
async function unusedPath(folder: string, fileName: string): Promise<string> {
  const extension = extname(fileName);
  const stem = basename(fileName, extension);
  for (let number = 1; ; number += 1) {
    const path = join(folder, number === 1 ? fileName : `${stem} ${number}${extension}`);
    try {
      await access(path);
    } catch {
      return path;
    }
  }
}

/**
 * Signs a .docx: unlocks the key and signs before asking where to save, so a wrong passphrase or
 * a file that cannot be signed fails before the user is asked anything; then writes the signed copy
 * whole or not at all. The file that was signed is never modified, unless the user saves over it.
 * A document the app has just exported for signing was saved where the user chose a moment ago,
 * so its signed copy goes beside it, under a name no file has yet: one save dialog, not two.
 */
export async function signDocument(
  ports: MainPorts,
  request: ParsedIpcRequest<'signDocument'>,
): Promise<IpcResponse<'signDocument'>> {
  const key = await identityStore(ports).loadSigningKey(request.identityId, request.passphrase);
  let inputPath: string | null;
  if (request.source.kind === 'exported') {
    inputPath = ports.exportedFiles.resolve(request.source.token) ?? null;
    if (inputPath === null)
      throw new UserError('That exported document is no longer available. Choose it instead.');
  } else {
    inputPath = await ports.chooseOpenPath({
      title: 'Choose the document to sign',
      filters: [WORD_FILTER],
    });
    if (inputPath === null) return { status: 'cancelled' };
  }
  const signed = await signDocx(await readDocumentFile(inputPath), key, { reason: request.reason });
  // Minutes exported for signing already had their save dialog: the signed copy goes beside them,
  // under a name no file has yet. Any other document is saved where the secretary chooses.
  const path =
    request.source.kind === 'exported'
      ? await unusedPath(dirname(inputPath), signedFileName(inputPath))
      : await chooseSavePathWithExtension(
          ports,
          {
            title: 'Save the signed document',
            defaultFileName: signedFileName(inputPath),
            filters: [WORD_FILTER],
          },
          '.docx',
        );
  if (path === null) return { status: 'cancelled' };
  await writeFileAtomic(path, signed.bytes);
  return {
    status: 'signed',
    path,
    fileName: basename(path),
    sha256: signed.sha256,
    signatureCount: signed.signatureCount,
  };
}

export async function verifyDocument(ports: MainPorts): Promise<IpcResponse<'verifyDocument'>> {
  const chosen = await ports.chooseOpenPath({
    title: 'Choose the signed document to check',
    filters: [WORD_FILTER],
  });
  if (chosen === null) return { status: 'cancelled' };
  const bytes = await readDocumentFile(chosen);
  const report = await (ports.verifySignatures ?? verifyDocx)(bytes);
  return { status: 'verified', path: chosen, fileName: basename(chosen), report };
}

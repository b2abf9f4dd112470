import { parseArgs } from 'node:util';
import { DEFAULT_SIGNING_REASON } from '@shared/ipc/signing-schemas';
import { writeFileAtomic } from '../../files/write-file-atomic';
import { UserError } from '../../user-error';
import { parseCertificate } from '../../signing/certificates';
import { readDocumentFile } from '../../signing/document-files';
import { signDocument } from '../../signing/signer';
import { Pkcs12Error, importPkcs12 } from '../../signing/signing-identity';
import type { CliCommand, CliIo } from '../command';
import { describePerson, passphraseFrom, pathFrom } from './signing-support';
import { errorMessage } from '@shared/error-message';

const USAGE = 'sign <in.docx> --identity <file.p12> --out <signed.docx> [--reason <text>]';
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

interface SignArgs {
  inputPath: string;
  identityPath: string;
  outPath: string;
  reason: string;
  passphrase: string;
}

function readArgs(args: string[], io: CliIo): SignArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        identity: { type: 'string', short: 'i' },
        out: { type: 'string', short: 'o' },
        reason: { type: 'string' },
      },
    });
  } catch (error) {
    return errorMessage(error);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) return 'Give exactly one document to sign.';
  if (!values.identity) return 'Say which identity signs with --identity <file.p12>.';
  if (!values.out) return 'Say where to write the signed document with --out <signed.docx>.';
  const inputPath = pathFrom(io, positionals[0] ?? '');
  const outPath = pathFrom(io, values.out);
  if (outPath === inputPath)
    return 'Choose a different --out: the document you sign is kept as it is.';
  const passphrase = passphraseFrom(io, 'of the .p12 file');
  if (typeof passphrase !== 'string') return passphrase.error;
  const reason = values.reason?.trim() || DEFAULT_SIGNING_REASON;
  return { inputPath, identityPath: pathFrom(io, values.identity), outPath, reason, passphrase };
}

async function run(args: string[], io: CliIo): Promise<number> {
  const options = readArgs(args, io);
  if (typeof options === 'string') {
    io.stderr(`${options}\n\nUsage: npm run cli -- ${USAGE}\n`);
    return EXIT.usage;
  }
  try {
    let key;
    try {
      key = importPkcs12(await readDocumentFile(options.identityPath), options.passphrase);
    } catch (error) {
      if (error instanceof Pkcs12Error)
        throw new UserError(`${options.identityPath}: ${error.message}`);
      throw error;
    }
    const signed = await signDocument(await readDocumentFile(options.inputPath), key, {
      reason: options.reason,
    });
    await writeFileAtomic(options.outPath, signed.bytes);
    const certificate = parseCertificate(key.certificatePem);
    io.stdout(
      [
        `Signed by ${describePerson({ name: certificate.commonName, role: certificate.role, organisation: certificate.organisation })}`,
        `  reason: ${options.reason}`,
        `  signature ${signed.signatureCount} of ${signed.signatureCount} (${signed.signaturePart.slice(1)})`,
        `  certificate SHA-256 fingerprint ${certificate.fingerprintSha256}`,
        `  wrote ${options.outPath}`,
        `  sha256 ${signed.sha256}`,
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${error.message}\nNothing was written.\n`);
    return EXIT.failed;
  }
}

export const signCommand: CliCommand = {
  name: 'sign',
  summary:
    'Add a digital signature (as Word\'s "Add a Digital Signature") to a .docx, keeping earlier ones.',
  usage: USAGE,
  run,
};

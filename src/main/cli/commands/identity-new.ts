import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { writeFileAtomic } from '../../files/write-file-atomic';
import { UserError } from '../../user-error';
import { parseCertificate } from '../../signing/certificates';
import { MIN_PASSPHRASE_LENGTH } from '../../signing/identity-store';
import { createSelfSignedIdentity, exportPkcs12 } from '../../signing/signing-identity';
import type { CliCommand, CliIo } from '../command';
import { PASSPHRASE_VARIABLE, describePerson, passphraseFrom, pathFrom } from './signing-support';
import { errorMessage } from '@shared/error-message';

const USAGE = 'identity new --name <name> [--role <role>] [--organisation <org>] --out <file.p12>';
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

interface IdentityArgs {
  name: string;
  role: string;
  organisation: string;
  outPath: string;
  passphrase: string;
}

function readArgs(args: string[], io: CliIo): IdentityArgs | string {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        name: { type: 'string' },
        role: { type: 'string' },
        organisation: { type: 'string' },
        out: { type: 'string', short: 'o' },
      },
    });
  } catch (error) {
    return errorMessage(error);
  }
  const { values } = parsed;
  const name = values.name?.trim() ?? '';
  if (!name) return 'Give the signer\'s name with --name "<name>".';
  if (!values.out) return 'Say where to write the identity with --out <file.p12>.';
  const passphrase = passphraseFrom(io, 'to protect the new .p12 file');
  if (typeof passphrase !== 'string') return passphrase.error;
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return `The passphrase in ${PASSPHRASE_VARIABLE} must have at least ${MIN_PASSPHRASE_LENGTH} characters.`;
  }
  return {
    name,
    role: values.role?.trim() ?? '',
    organisation: values.organisation?.trim() ?? '',
    outPath: pathFrom(io, values.out),
    passphrase,
  };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

async function run(args: string[], io: CliIo): Promise<number> {
  const options = readArgs(args, io);
  if (typeof options === 'string') {
    io.stderr(`${options}\n\nUsage: npm run cli -- ${USAGE}\n`);
    return EXIT.usage;
  }
  if (await exists(options.outPath)) {
    io.stderr(
      `${options.outPath} already exists. Choose another --out; an identity is never overwritten.\n`,
    );
    return EXIT.failed;
  }
  try {
    const identity = await createSelfSignedIdentity(options);
    const certificate = parseCertificate(identity.certificatePem);
    await writeFileAtomic(
      options.outPath,
      exportPkcs12(identity, options.passphrase, options.name),
    );
    io.stdout(
      [
        `Created a signing identity for ${describePerson(options)}`,
        `  certificate SHA-256 fingerprint ${certificate.fingerprintSha256}`,
        `  valid until ${certificate.notAfter.toISOString().slice(0, 10)}`,
        `  wrote ${options.outPath} (PKCS#12, protected by the passphrase in ${PASSPHRASE_VARIABLE})`,
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT.failed;
  }
}

export const identityNewCommand: CliCommand = {
  name: 'identity new',
  summary:
    'Create a signing identity: a key pair and a self-signed certificate naming the signer, saved as a .p12.',
  usage: USAGE,
  run,
};

import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { UserError } from '../../user-error';
import { readDocumentFile } from '../../signing/document-files';
import {
  type SignatureCheck,
  type VerificationReport,
  verifyDocument,
} from '../../signing/verifier';
import type { CliCommand, CliIo } from '../command';
import { describePerson, pathFrom } from './signing-support';
import { errorMessage } from '@shared/error-message';

const USAGE = 'verify <file.docx> [--json]';
/** 0: signed and every signature valid; 1: a signature is not valid, or there is none; 2: the file cannot be read. */
const EXIT = { valid: 0, notValid: 1, unreadable: 2 } as const;

function formatTime(iso: string | null): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : 'at an unknown time';
}

function describeSignature(check: SignatureCheck, index: number): string[] {
  const signer = describePerson({
    name: check.signer.commonName || 'an unnamed signer',
    role: check.signer.role,
    organisation: check.signer.organisation,
  });
  const label = { valid: 'VALID  ', 'intact-expired': 'INTACT ', 'not-valid': 'INVALID' }[
    check.verdict
  ];
  const lines = [`  ${index + 1}. ${label} ${signer}`];
  lines.push(
    `     signed ${formatTime(check.signingTime)}${check.commitment ? `: "${check.commitment}"` : ''}`,
  );
  if (check.certificate) {
    lines.push(`     certificate SHA-256 ${check.certificate.fingerprintSha256}`);
    if (check.certificate.selfSigned) {
      lines.push('     (self-signed: compare this fingerprint with the one the signer gives you)');
    }
  }
  if (check.verdict === 'not-valid') {
    for (const problem of check.problems) lines.push(`     - ${problem}`);
  } else {
    lines.push(`     ${check.statement}`);
  }
  return lines;
}

export function formatReport(path: string, report: VerificationReport): string {
  const count = report.signatures.length;
  const invalid = report.signatures.filter((check) => !check.valid).length;
  const verdict =
    count === 0
      ? 'Result: the document has no digital signatures.'
      : invalid === 0
        ? `Result: ${count === 1 ? 'the signature is' : `all ${count} signatures are`} valid.`
        : `Result: ${invalid} of ${count} signature${count === 1 ? ' is' : 's are'} not valid.`;
  return [
    `${basename(path)}`,
    `  sha256 ${report.fileSha256}`,
    ...report.packageProblems.map((problem) => `  The package is ambiguous: ${problem}.`),
    `${count} signature${count === 1 ? '' : 's'}${count > 0 ? ':' : ''}`,
    ...report.signatures.flatMap(describeSignature),
    verdict,
    '',
  ].join('\n');
}

async function run(args: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (error) {
    io.stderr(`${errorMessage(error)}\n\nUsage: npm run cli -- ${USAGE}\n`);
    return EXIT.unreadable;
  }
  if (parsed.positionals.length !== 1) {
    io.stderr(`Give exactly one document to verify.\n\nUsage: npm run cli -- ${USAGE}\n`);
    return EXIT.unreadable;
  }
  const path = pathFrom(io, parsed.positionals[0] ?? '');
  let report: VerificationReport;
  try {
    report = await verifyDocument(await readDocumentFile(path));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT.unreadable;
  }
  io.stdout(
    parsed.values.json
      ? `${JSON.stringify({ path, ...report }, null, 2)}\n`
      : formatReport(path, report),
  );
  return report.allValid ? EXIT.valid : EXIT.notValid;
}

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary:
    'Check the digital signatures of a .docx: who signed, when, and whether it changed since.',
  usage: USAGE,
  run,
};

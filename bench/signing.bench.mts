/**
 * Signing and verifying a board's minutes: a 40-item .docx of about 5,000 words, made with the
 * docx library. Signing includes the check of the new signature that the signer always does.
 */
import { signDocument } from '../src/main/signing/signer';
import { createSelfSignedIdentity } from '../src/main/signing/signing-identity';
import { verifyDocument } from '../src/main/signing/verifier';
import { makeMinutesDocx } from '../tests/support/minutes-docx';
import { measure, type BenchResult } from './measure';

const TARGET_MS = 200;

export async function run(): Promise<BenchResult[]> {
  const minutes = await makeMinutesDocx({ items: 40, words: 5000 });
  const identity = await createSelfSignedIdentity({
    name: 'Alice Chair',
    role: 'Chair',
    organisation: 'NHS Python Community',
  });
  const signed = await signDocument(minutes, identity, { reason: 'Approved as a correct record' });
  const twice = await signDocument(signed.bytes, identity, {
    reason: 'Approved as a correct record',
  });
  const report = await verifyDocument(twice.bytes);
  if (!report.allValid) throw new Error('The benchmark document did not verify');

  return [
    await measure(
      'sign 40-item minutes (.docx, ~5,000 words)',
      () => signDocument(minutes, identity, { reason: 'Approved as a correct record' }),
      { target: TARGET_MS },
    ),
    await measure('verify 40-item minutes, one signature', () => verifyDocument(signed.bytes), {
      target: TARGET_MS,
    }),
    await measure('verify 40-item minutes, two signatures', () => verifyDocument(twice.bytes), {
      target: TARGET_MS,
    }),
  ];
}

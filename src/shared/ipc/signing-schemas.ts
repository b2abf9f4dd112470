import { z } from 'zod';

/**
 * Calls for digital signatures. Private keys never cross this boundary: identities are described
 * by their certificate (with its SHA-256 fingerprint), and files are chosen in main-process
 * dialogs or named by the token of a file the main process wrote, never by a path.
 */

export const DEFAULT_SIGNING_REASON = 'Approved as a correct record';

const cancelledSchema = z.object({ status: z.literal('cancelled') });
const isoTime = z.string();
const fingerprint = z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
const identityId = z.string().regex(/^[0-9a-f-]{36}$/);

export const signingIdentitySchema = z.object({
  id: identityId,
  name: z.string(),
  role: z.string(),
  organisation: z.string(),
  /** SHA-256 of the certificate, "AB:CD:…": what a signer reads out so others can check a signature is theirs. */
  fingerprintSha256: fingerprint,
  notBefore: isoTime,
  notAfter: isoTime,
  expired: z.boolean(),
  /** Signing with it asks for its passphrase (no system key store on this computer). */
  needsPassphrase: z.boolean(),
  origin: z.enum(['created', 'imported']),
});

export type SigningIdentity = z.infer<typeof signingIdentitySchema>;

export const listIdentitiesResponseSchema = z.object({
  identities: z.array(signingIdentitySchema),
  /** `passphrase` when this computer has no system key store: new identities then need one. */
  keyProtection: z.enum(['os', 'passphrase']),
});

const detail = z.string().trim().max(200);

export const createIdentityRequestSchema = z
  .object({
    name: detail.min(1),
    role: detail.default(''),
    organisation: detail.default(''),
    passphrase: z.string().max(1000).optional(),
  })
  .strict();

export const identityResponseSchema = z.object({ identity: signingIdentitySchema });

export const importIdentityRequestSchema = z.object({ passphrase: z.string().max(1000) }).strict();

export const importIdentityResponseSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('imported'), identity: signingIdentitySchema }),
  cancelledSchema,
]);

export const signDocumentRequestSchema = z
  .object({
    identityId,
    reason: z.string().trim().min(1).max(500).default(DEFAULT_SIGNING_REASON),
    passphrase: z.string().max(1000).optional(),
    /** Which document: one the user picks now, or one this app exported (by its token). */
    source: z
      .discriminatedUnion('kind', [
        z.object({ kind: z.literal('choose') }).strict(),
        z.object({ kind: z.literal('exported'), token: z.string().min(1).max(100) }).strict(),
      ])
      .default({ kind: 'choose' }),
  })
  .strict();

export const signDocumentResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('signed'),
    path: z.string(),
    fileName: z.string(),
    /** SHA-256 (hex) of the signed file as saved. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    /** How many signatures the file now carries, this one included. */
    signatureCount: z.number().int().min(1),
  }),
  cancelledSchema,
]);

export const signatureCheckSchema = z.object({
  part: z.string(),
  signer: z.object({
    commonName: z.string(),
    role: z.string(),
    organisation: z.string(),
    subjectName: z.string(),
  }),
  certificate: z
    .object({
      fingerprintSha256: fingerprint,
      issuerName: z.string(),
      serialNumber: z.string(),
      notBefore: isoTime,
      notAfter: isoTime,
      selfSigned: z.boolean(),
      expired: z.boolean(),
    })
    .nullable(),
  signingTime: isoTime.nullable(),
  /** How the signing time is known: the signer's own clock, or a trusted (RFC 3161) timestamp. */
  timeSource: z.enum(['signer-clock', 'timestamp']).nullable(),
  /** The signature's RFC 3161 timestamp, when it has one, and whether it can be trusted. */
  timestamp: z
    .object({
      status: z.enum(['trusted', 'untrusted-authority', 'not-verifiable']),
      authority: z.string().nullable(),
      time: isoTime.nullable(),
      statement: z.string(),
    })
    .nullable(),
  commitment: z.string().nullable(),
  /** `intact-expired`: nothing changed, signed while the certificate was valid, which has since expired. */
  verdict: z.enum(['valid', 'intact-expired', 'not-valid']),
  /** The verdict in one sentence, fit to show. */
  statement: z.string(),
  valid: z.boolean(),
  documentChanged: z.boolean(),
  changedParts: z.array(z.string()),
  /** Parts and relationships in the package that the signature does not cover. */
  addedContent: z.array(z.string()),
  problems: z.array(z.string()),
});

export const verificationReportSchema = z.object({
  fileSha256: z.string().regex(/^[0-9a-f]{64}$/),
  signatures: z.array(signatureCheckSchema),
  /** Why the package itself cannot be relied on (it is ambiguous); empty when it can. */
  packageProblems: z.array(z.string()),
  allValid: z.boolean(),
});

export type VerificationReport = z.infer<typeof verificationReportSchema>;

export const verifyDocumentResponseSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('verified'),
    path: z.string(),
    fileName: z.string(),
    report: verificationReportSchema,
  }),
  cancelledSchema,
]);

/** Namespaces, algorithm URIs, relationship types and content types of OOXML digital signatures. */

export const NS = {
  dsig: 'http://www.w3.org/2000/09/xmldsig#',
  xades: 'http://uri.etsi.org/01903/v1.3.2#',
  /** ECMA-376 Part 2 package digital signature namespace (SignatureTime, RelationshipReference). */
  mdssi: 'http://schemas.openxmlformats.org/package/2006/digital-signature',
  /** [MS-OFFCRYPTO] SignatureInfoV1: Word's own details, including the signer's comments. */
  officeDigsig: 'http://schemas.microsoft.com/office/2006/digsig',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

export const ALGORITHM = {
  c14n: 'http://www.w3.org/TR/2001/REC-xml-c14n-20010315',
  sha256: 'http://www.w3.org/2001/04/xmlenc#sha256',
  rsaSha256: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  relationshipTransform: 'http://schemas.openxmlformats.org/package/2006/RelationshipTransform',
} as const;

export const REFERENCE_TYPE = {
  object: 'http://www.w3.org/2000/09/xmldsig#Object',
  signedProperties: 'http://uri.etsi.org/01903#SignedProperties',
} as const;

/** ETSI commitment type for "approved this document", the closest to approving minutes. */
export const COMMITMENT_PROOF_OF_APPROVAL = 'http://uri.etsi.org/01903/v1.2.2#ProofOfApproval';

const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const RELATIONSHIP_TYPE = {
  signatureOrigin: `${PACKAGE_RELATIONSHIPS}/digital-signature/origin`,
  signature: `${PACKAGE_RELATIONSHIPS}/digital-signature/signature`,
  coreProperties: `${PACKAGE_RELATIONSHIPS}/metadata/core-properties`,
  thumbnail: `${PACKAGE_RELATIONSHIPS}/metadata/thumbnail`,
  extendedProperties: `${OFFICE_RELATIONSHIPS}/extended-properties`,
  customProperties: `${OFFICE_RELATIONSHIPS}/custom-properties`,
  officeDocument: `${OFFICE_RELATIONSHIPS}/officeDocument`,
} as const;

export const CONTENT_TYPE = {
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
  signatureOrigin: 'application/vnd.openxmlformats-package.digital-signature-origin',
  signatureXml: 'application/vnd.openxmlformats-package.digital-signature-xmlsignature+xml',
  wordDocument: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
} as const;

/**
 * Relationships a signature leaves out, as Word and LibreOffice do: document properties (which
 * Word updates without invalidating signatures), the thumbnail, and the signatures themselves,
 * so that adding a signature later does not break the earlier ones.
 */
export const UNSIGNED_RELATIONSHIP_TYPES: ReadonlySet<string> = new Set([
  RELATIONSHIP_TYPE.signatureOrigin,
  RELATIONSHIP_TYPE.coreProperties,
  RELATIONSHIP_TYPE.extendedProperties,
  RELATIONSHIP_TYPE.customProperties,
  RELATIONSHIP_TYPE.thumbnail,
]);

export const SIGNATURE_FOLDER = '/_xmlsignatures/';
export const ORIGIN_PART = '/_xmlsignatures/origin.sigs';

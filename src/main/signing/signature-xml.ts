/**
 * Builds the XML of an OOXML package signature (ECMA-376 Part 2 §13 with XAdES-BES), in the shape
 * Word's "Add a Digital Signature", Apache POI and LibreOffice write. Every function here is a
 * pure function of its inputs and returns a string; digests and the signature value are computed
 * elsewhere and passed in.
 */
import type { ManifestReference } from './manifest';
import { ALGORITHM, COMMITMENT_PROOF_OF_APPROVAL, NS, REFERENCE_TYPE } from './ooxml-names';
import { escapeAttribute as attr, escapeText as text } from './xml';

export const SIGNATURE_ID = 'idPackageSignature';
export const PACKAGE_OBJECT_ID = 'idPackageObject';
export const OFFICE_OBJECT_ID = 'idOfficeObject';
export const SIGNED_PROPERTIES_ID = 'idSignedProperties';

/** What the XAdES SigningCertificate says about the signer's certificate. */
export interface SigningCertificateDetails {
  /** DER, base64. */
  certificateBase64: string;
  /** SHA-256 of the DER, base64. */
  certificateDigest: string;
  /** RFC 4514 issuer name. */
  issuerName: string;
  serialNumberDecimal: string;
}

export interface SignedInfoReference {
  uri: string;
  type: string;
  digestValue: string;
  /** Whether the reference names C14N as a transform (Word does for the XAdES SignedProperties). */
  canonicalTransform: boolean;
}

/** Signing time as XAdES and the package SignatureTime write it: UTC, whole seconds. */
export function formatSigningTime(time: Date): string {
  return `${time.toISOString().slice(0, 19)}Z`;
}

const digestMethod = `<DigestMethod Algorithm="${ALGORITHM.sha256}"/>`;
const c14nTransform = `<Transform Algorithm="${ALGORITHM.c14n}"/>`;

function manifestReference(reference: ManifestReference): string {
  const transforms = reference.sourceIds
    ? `<Transforms><Transform Algorithm="${ALGORITHM.relationshipTransform}">${reference.sourceIds
        .map(
          (id) => `<mdssi:RelationshipReference xmlns:mdssi="${NS.mdssi}" SourceId="${attr(id)}"/>`,
        )
        .join('')}</Transform>${c14nTransform}</Transforms>`
    : '';
  return `<Reference URI="${attr(reference.uri)}">${transforms}${digestMethod}<DigestValue>${reference.digestValue}</DigestValue></Reference>`;
}

/** The package object: a Manifest with one Reference per signed part, and the signing time. */
export function buildPackageObject(
  manifest: readonly ManifestReference[],
  signingTime: Date,
): string {
  return (
    `<Object Id="${PACKAGE_OBJECT_ID}">` +
    `<Manifest>${manifest.map(manifestReference).join('')}</Manifest>` +
    `<SignatureProperties><SignatureProperty Id="idSignatureTime" Target="#${SIGNATURE_ID}">` +
    `<mdssi:SignatureTime xmlns:mdssi="${NS.mdssi}">` +
    `<mdssi:Format>YYYY-MM-DDThh:mm:ssTZD</mdssi:Format>` +
    `<mdssi:Value>${formatSigningTime(signingTime)}</mdssi:Value>` +
    `</mdssi:SignatureTime></SignatureProperty></SignatureProperties></Object>`
  );
}

/**
 * The Office object: [MS-OFFCRYPTO] SignatureInfoV1, where Word keeps the signer's comment
 * ("Purpose for signing this document"). The version and screen fields are required by the schema
 * and describe the signing application's surroundings; they carry the values LibreOffice writes.
 */
export function buildOfficeObject(comments: string): string {
  return (
    `<Object Id="${OFFICE_OBJECT_ID}"><SignatureProperties>` +
    `<SignatureProperty Id="idOfficeV1Details" Target="#${SIGNATURE_ID}">` +
    `<SignatureInfoV1 xmlns="${NS.officeDigsig}">` +
    `<SetupID></SetupID><SignatureText></SignatureText><SignatureImage></SignatureImage>` +
    `<SignatureComments>${text(comments)}</SignatureComments>` +
    `<WindowsVersion>10.0</WindowsVersion><OfficeVersion>16.0</OfficeVersion>` +
    `<ApplicationVersion>16.0</ApplicationVersion><Monitors>1</Monitors>` +
    `<HorizontalResolution>1920</HorizontalResolution><VerticalResolution>1080</VerticalResolution>` +
    `<ColorDepth>32</ColorDepth>` +
    `<SignatureProviderId>{00000000-0000-0000-0000-000000000000}</SignatureProviderId>` +
    `<SignatureProviderUrl></SignatureProviderUrl><SignatureProviderDetails>9</SignatureProviderDetails>` +
    `<SignatureType>1</SignatureType>` +
    `<ManifestHashAlgorithm>${ALGORITHM.sha256}</ManifestHashAlgorithm>` +
    `</SignatureInfoV1></SignatureProperty></SignatureProperties></Object>`
  );
}

/**
 * The XAdES-BES qualifying properties: signing time, the signing certificate (by digest and
 * issuer/serial, so swapping the certificate breaks the signature), the signer's claimed role, and
 * the commitment ("Approved as a correct record") as a ProofOfApproval commitment qualifier.
 */
export function buildXadesObject(
  certificate: SigningCertificateDetails,
  signingTime: Date,
  commitment: string,
  role: string,
): string {
  const signerRole = role
    ? `<xd:SignerRole><xd:ClaimedRoles><xd:ClaimedRole>${text(role)}</xd:ClaimedRole></xd:ClaimedRoles></xd:SignerRole>`
    : '';
  const qualifier = commitment
    ? `<xd:CommitmentTypeQualifiers><xd:CommitmentTypeQualifier>${text(commitment)}</xd:CommitmentTypeQualifier></xd:CommitmentTypeQualifiers>`
    : '';
  return (
    `<Object><xd:QualifyingProperties xmlns:xd="${NS.xades}" Target="#${SIGNATURE_ID}">` +
    `<xd:SignedProperties Id="${SIGNED_PROPERTIES_ID}"><xd:SignedSignatureProperties>` +
    `<xd:SigningTime>${formatSigningTime(signingTime)}</xd:SigningTime>` +
    `<xd:SigningCertificate><xd:Cert><xd:CertDigest>${digestMethod}` +
    `<DigestValue>${certificate.certificateDigest}</DigestValue></xd:CertDigest>` +
    `<xd:IssuerSerial><X509IssuerName>${text(certificate.issuerName)}</X509IssuerName>` +
    `<X509SerialNumber>${certificate.serialNumberDecimal}</X509SerialNumber></xd:IssuerSerial>` +
    `</xd:Cert></xd:SigningCertificate>` +
    `<xd:SignaturePolicyIdentifier><xd:SignaturePolicyImplied></xd:SignaturePolicyImplied></xd:SignaturePolicyIdentifier>` +
    signerRole +
    `</xd:SignedSignatureProperties>` +
    `<xd:SignedDataObjectProperties><xd:CommitmentTypeIndication>` +
    `<xd:CommitmentTypeId><xd:Identifier>${COMMITMENT_PROOF_OF_APPROVAL}</xd:Identifier>` +
    `<xd:Description>Approved this document</xd:Description></xd:CommitmentTypeId>` +
    `<xd:AllSignedDataObjects></xd:AllSignedDataObjects>${qualifier}` +
    `</xd:CommitmentTypeIndication></xd:SignedDataObjectProperties>` +
    `</xd:SignedProperties></xd:QualifyingProperties></Object>`
  );
}

/** The references the signature value covers, in Word's order: package, Office, XAdES. */
export function signedInfoReferences(digests: {
  packageObject: string;
  officeObject: string;
  signedProperties: string;
}): SignedInfoReference[] {
  return [
    {
      uri: `#${PACKAGE_OBJECT_ID}`,
      type: REFERENCE_TYPE.object,
      digestValue: digests.packageObject,
      canonicalTransform: false,
    },
    {
      uri: `#${OFFICE_OBJECT_ID}`,
      type: REFERENCE_TYPE.object,
      digestValue: digests.officeObject,
      canonicalTransform: false,
    },
    {
      uri: `#${SIGNED_PROPERTIES_ID}`,
      type: REFERENCE_TYPE.signedProperties,
      digestValue: digests.signedProperties,
      canonicalTransform: true,
    },
  ];
}

export function buildSignedInfo(references: readonly SignedInfoReference[]): string {
  return (
    `<SignedInfo><CanonicalizationMethod Algorithm="${ALGORITHM.c14n}"/>` +
    `<SignatureMethod Algorithm="${ALGORITHM.rsaSha256}"/>` +
    references
      .map(
        (reference) =>
          `<Reference Type="${attr(reference.type)}" URI="${attr(reference.uri)}">` +
          (reference.canonicalTransform ? `<Transforms>${c14nTransform}</Transforms>` : '') +
          `${digestMethod}<DigestValue>${reference.digestValue}</DigestValue></Reference>`,
      )
      .join('') +
    `</SignedInfo>`
  );
}

/** The whole signature part (`_xmlsignatures/sigN.xml`). */
export function buildSignatureXml(parts: {
  signedInfo: string;
  signatureValue: string;
  certificateBase64: string;
  objects: readonly string[];
}): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<Signature xmlns="${NS.dsig}" Id="${SIGNATURE_ID}">` +
    parts.signedInfo +
    `<SignatureValue>${parts.signatureValue}</SignatureValue>` +
    `<KeyInfo><X509Data><X509Certificate>${parts.certificateBase64}</X509Certificate></X509Data></KeyInfo>` +
    parts.objects.join('') +
    `</Signature>`
  );
}

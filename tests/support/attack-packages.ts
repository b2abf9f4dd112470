import JSZip from 'jszip';
import { signDocument } from '../../src/main/signing/signer';
import { makeMinutesDocx, makeTermsOfReferenceDocx } from './minutes-docx';
import { type RawZipEntry, rawZip } from './raw-zip';
import { testIdentity } from './signing';

/**
 * Hostile variants of signed minutes, each made the way an attacker would make it, for the
 * verifier's tests and for LibreOffice's verdict beside ours (tests/interop).
 */

const NUMBERING_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering';
const STYLES_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const NUMBERING_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml';
const STYLES_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

type Entries = { name: string; data: Uint8Array }[];

async function entriesOf(bytes: Uint8Array): Promise<Entries> {
  const zip = await JSZip.loadAsync(bytes);
  const entries: Entries = [];
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) entries.push({ name: entry.name, data: await entry.async('uint8array') });
  }
  return entries;
}

function text(entries: Entries, name: string): string {
  const found = entries.find((entry) => entry.name === name);
  if (!found) throw new Error(`No ${name}`);
  return Buffer.from(found.data).toString('utf8');
}

function withText(entries: Entries, name: string, change: (xml: string) => string): Entries {
  return entries.map((entry) =>
    entry.name === name
      ? { name, data: Buffer.from(change(Buffer.from(entry.data).toString('utf8')), 'utf8') }
      : entry,
  );
}

function zipOf(entries: readonly RawZipEntry[]): Buffer {
  return rawZip(entries.map((entry) => ({ ...entry, deflate: true })));
}

function addOverride(contentTypes: string, partName: string, contentType: string): string {
  return contentTypes.replace(
    '</Types>',
    `<Override PartName="${partName}" ContentType="${contentType}"/></Types>`,
  );
}

/** A relationship added to the document's relationships, first or last, pointing at a new part. */
function addedRelationship(
  entries: Entries,
  where: 'first' | 'last',
  type: string,
  partName: string,
  contentType: string,
  part: string,
): Buffer {
  const relationship = `<Relationship Id="rIdEvil" Type="${type}" Target="${partName.slice('/word/'.length)}"/>`;
  const changed = withText(
    withText(entries, 'word/_rels/document.xml.rels', (xml) =>
      where === 'first'
        ? xml.replace(/(<Relationships[^>]*>)/, `$1${relationship}`)
        : xml.replace('</Relationships>', `${relationship}</Relationships>`),
    ),
    '[Content_Types].xml',
    (xml) => addOverride(xml, partName, contentType),
  );
  return zipOf([...changed, { name: partName.slice(1), data: part }]);
}

/** Every "- " line of the numbering becomes "NOT PRESENT –", as LibreOffice showed. */
const HOSTILE_NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="NOT PRESENT –"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const HOSTILE_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="ListBullet"><w:rPr><w:vanish/></w:rPr></w:style></w:styles>`;

export interface AttackCorpus {
  /** The untouched minutes, signed by Alice (Chair) and then Siân (Secretary). */
  signedTwice: Buffer;
  attacks: Record<AttackName, Buffer>;
  /** Fingerprints of the genuine signers' certificates. */
  genuineFingerprints: { alice: string; sian: string };
}

export type AttackName =
  | 'addedPart'
  | 'addedRelationshipFirst'
  | 'addedRelationshipLast'
  | 'caseVariantNames'
  | 'duplicateNames'
  | 'backslashName'
  | 'dotDotName'
  | 'contentTypeRetargeted'
  | 'transplantedSignature'
  | 'swappedCertificate'
  | 'resignedUnderSameName'
  | 'listedTwice'
  | 'notYetValidCertificate'
  | 'deepNesting'
  | 'entityExpansion'
  | 'zipBombDeclared'
  | 'zipBombUndeclared';

function deeplyNested(depth: number): string {
  return `<?xml version="1.0"?>${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
}

const BILLION_LAUGHS = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">&lol9;</Types>`;

export async function makeAttackCorpus(): Promise<AttackCorpus> {
  const alice = await testIdentity();
  const sian = await testIdentity({
    name: "Siân O'Brien, Jr",
    role: 'Secretary',
    organisation: 'NHS England & Improvement',
  });
  const minutes = await makeMinutesDocx({ items: 4, words: 200 });
  const once = (await signDocument(minutes, alice, { reason: 'Approved as a correct record' }))
    .bytes;
  const signedTwice = (await signDocument(once, sian, { reason: 'Approved as a correct record' }))
    .bytes;
  const entries = await entriesOf(signedTwice);
  const documentXml = text(entries, 'word/document.xml');
  const tamperedDocument = documentXml.replace('Agenda item 1', 'Agenda item X');

  // Re-signed: the attacker changes the text, removes the signatures and signs as "Alice Chair".
  const impostor = await testIdentity(
    {
      name: 'Alice Chair',
      role: 'Chair',
      organisation: 'NHS Python Community',
    },
    { validFrom: new Date(Date.UTC(2020, 0, 1)) },
  );
  const unsignedTampered = zipOf(
    withText(await entriesOf(minutes), 'word/document.xml', (xml) =>
      xml.replace('Agenda item 1', 'Agenda item X'),
    ),
  );
  const resignedUnderSameName = (
    await signDocument(unsignedTampered, impostor, { reason: 'Approved as a correct record' })
  ).bytes;

  // Transplanted: Alice's signature of these minutes, put into terms of reference signed by Siân.
  const terms = (await signDocument(await makeTermsOfReferenceDocx(), sian, { reason: 'Agreed' }))
    .bytes;
  const aliceSignature = text(entries, '_xmlsignatures/sig1.xml');
  const transplantedSignature = zipOf(
    withText(await entriesOf(terms), '_xmlsignatures/sig1.xml', () => aliceSignature),
  );

  const sianCertificate = /<X509Certificate>([^<]+)<\/X509Certificate>/.exec(
    text(entries, '_xmlsignatures/sig2.xml'),
  )?.[1];
  if (!sianCertificate) throw new Error('No certificate in sig2.xml');

  const future = new Date(Date.now() + 400 * 86_400_000);
  const notYetValidKey = await testIdentity(
    { name: 'Alice Chair', role: 'Chair', organisation: 'NHS Python Community' },
    { validFrom: future, validUntil: new Date(future.getTime() + 365 * 86_400_000) },
  );
  const notYetValidCertificate = (
    await signDocument(minutes, notYetValidKey, {
      reason: 'Approved as a correct record',
      now: new Date(future.getTime() + 86_400_000),
    })
  ).bytes;

  const bomb = Buffer.alloc(20 * 1024 * 1024);
  const attacks: Record<AttackName, Buffer> = {
    addedPart: zipOf([
      ...withText(entries, '[Content_Types].xml', (xml) =>
        addOverride(xml, '/word/extra.xml', STYLES_CONTENT_TYPE),
      ),
      { name: 'word/extra.xml', data: Buffer.from(HOSTILE_STYLES) },
    ]),
    addedRelationshipFirst: addedRelationship(
      entries,
      'first',
      NUMBERING_TYPE,
      '/word/numbering2.xml',
      NUMBERING_CONTENT_TYPE,
      HOSTILE_NUMBERING,
    ),
    addedRelationshipLast: addedRelationship(
      entries,
      'last',
      STYLES_TYPE,
      '/word/styles2.xml',
      STYLES_CONTENT_TYPE,
      HOSTILE_STYLES,
    ),
    // The signed copy under an upper-case name, a tampered one under the usual name.
    caseVariantNames: zipOf([
      ...entries.map((entry) =>
        entry.name === 'word/document.xml' ? { ...entry, name: 'word/DOCUMENT.XML' } : entry,
      ),
      { name: 'word/document.xml', data: tamperedDocument },
    ]),
    duplicateNames: zipOf([...entries, { name: 'word/document.xml', data: tamperedDocument }]),
    backslashName: zipOf([...entries, { name: 'word\\document.xml', data: tamperedDocument }]),
    dotDotName: zipOf([...entries, { name: 'word/../word/document.xml', data: tamperedDocument }]),
    contentTypeRetargeted: zipOf(
      withText(entries, '[Content_Types].xml', (xml) =>
        xml.replace(
          /ContentType="[^"]+"( PartName="\/word\/document.xml")/,
          'ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"$1',
        ),
      ),
    ),
    transplantedSignature,
    swappedCertificate: zipOf(
      withText(entries, '_xmlsignatures/sig1.xml', (xml) =>
        xml.replace(
          /<X509Certificate>[^<]+<\/X509Certificate>/,
          `<X509Certificate>${sianCertificate}</X509Certificate>`,
        ),
      ),
    ),
    resignedUnderSameName,
    listedTwice: zipOf(
      withText(await entriesOf(once), '_xmlsignatures/_rels/origin.sigs.rels', (xml) =>
        xml.replace(
          '</Relationships>',
          '<Relationship Id="rIdAgain" Type="http://schemas.openxmlformats.org/package/2006/relationships/digital-signature/signature" Target="sig1.xml"/></Relationships>',
        ),
      ),
    ),
    notYetValidCertificate,
    deepNesting: zipOf(withText(entries, '_xmlsignatures/sig2.xml', () => deeplyNested(50_000))),
    entityExpansion: zipOf(withText(entries, '[Content_Types].xml', () => BILLION_LAUGHS)),
    zipBombDeclared: rawZip([
      ...entries.map((entry) => ({ ...entry, deflate: true })),
      {
        name: 'word/media/image1.png',
        data: Buffer.alloc(1024),
        deflate: true,
        declaredSize: 0xfffffff0,
      },
    ]),
    zipBombUndeclared: rawZip([
      ...entries.map((entry) => ({ ...entry, deflate: true })),
      { name: 'word/media/image1.png', data: bomb, deflate: true, declaredSize: 1024 },
    ]),
  };
  return {
    signedTwice,
    attacks,
    genuineFingerprints: {
      alice: await fingerprintOf(alice.certificatePem),
      sian: await fingerprintOf(sian.certificatePem),
    },
  };
}

async function fingerprintOf(certificatePem: string): Promise<string> {
  const { parseCertificate } = await import('../../src/main/signing/certificates');
  return parseCertificate(certificatePem).fingerprintSha256;
}

/**
 * Interoperability: LibreOffice, which verifies OOXML signatures with its own code and xmlsec,
 * must find every signature Minute Book makes valid, for one and for two signatures, and invalid
 * after any change to the document's text. CI installs LibreOffice with python3-uno (.ci/run); there
 * these tests fail when it is missing. On a developer's machine without it they are skipped.
 */
import { execFile, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentError } from '../../src/main/signing/errors';
import { signDocument } from '../../src/main/signing/signer';
import { verifyDocument } from '../../src/main/signing/verifier';
import { type AttackCorpus, type AttackName, makeAttackCorpus } from '../support/attack-packages';
import { makeMinutesDocx, makeTermsOfReferenceDocx } from '../support/minutes-docx';
import { changeZipEntry, testIdentity } from '../support/signing';
import { makeTempDataFolder } from '../support/temp-data-folder';

const PYTHON = process.env['UNO_PYTHON'] ?? '/usr/bin/python3';
const SOFFICE = process.env['SOFFICE'] ?? '/usr/bin/soffice';
const SCRIPT = join(__dirname, 'verify_signatures.py');

function libreOfficeMissing(): string | null {
  if (!existsSync(SOFFICE)) return `LibreOffice is not installed (${SOFFICE})`;
  const uno = spawnSync(PYTHON, ['-c', 'import uno'], { encoding: 'utf8' });
  if (uno.status !== 0) return `${PYTHON} cannot import uno (install python3-uno)`;
  return null;
}

interface LibreOfficeSignature {
  signer: string;
  valid: boolean;
  certificateStatus: number;
}
interface LibreOfficeReport {
  files: { path: string; error?: string; signatures: LibreOfficeSignature[] }[];
}

const missing = libreOfficeMissing();
const runIf = missing === null ? describe : process.env['CI'] ? describe : describe.skip;

runIf('LibreOffice verifies the signatures', () => {
  let folder: string;
  let remove: () => Promise<void>;
  const files: Record<string, string> = {};
  let report: LibreOfficeReport;

  beforeAll(async () => {
    if (missing !== null) throw new Error(`LibreOffice interop cannot run in CI: ${missing}`);
    ({ folder, remove } = await makeTempDataFolder());
    const alice = await testIdentity();
    const sian = await testIdentity({
      name: "Siân O'Brien, Jr",
      role: 'Secretary',
      organisation: 'NHS England & Improvement',
    });
    const minutes = await makeMinutesDocx();
    const once = (await signDocument(minutes, alice, { reason: 'Approved as a correct record' }))
      .bytes;
    const twice = (await signDocument(once, sian, { reason: 'Approved as a correct record' }))
      .bytes;
    const documents: Record<string, Uint8Array> = {
      once,
      twice,
      tamperedOnce: await changeZipEntry(once, 'word/document.xml', (xml) =>
        xml.replace('Agenda item 1', 'Agenda item X'),
      ),
      tamperedTwice: await changeZipEntry(twice, 'word/document.xml', (xml) =>
        xml.replace('</w:body>', '<w:p/></w:body>'),
      ),
      terms: (await signDocument(await makeTermsOfReferenceDocx(), sian, { reason: 'Agreed' }))
        .bytes,
      prettyRels: (
        await signDocument(
          await changeZipEntry(minutes, 'word/_rels/document.xml.rels', (xml) =>
            xml.replace(/><Relationship /g, '>\n  <Relationship '),
          ),
          alice,
          { reason: 'Approved' },
        )
      ).bytes,
    };
    for (const [name, bytes] of Object.entries(documents)) {
      files[name] = join(folder, `${name}.docx`);
      await writeFile(files[name] ?? '', bytes);
    }
    const { stdout } = await promisify(execFile)(PYTHON, [SCRIPT, ...Object.values(files)], {
      timeout: 150_000,
    });
    report = JSON.parse(stdout) as LibreOfficeReport;
  }, 180_000);
  afterAll(() => remove?.());

  const signaturesOf = (name: string): LibreOfficeSignature[] => {
    const found = report.files.find((file) => file.path === files[name]);
    expect(found?.error).toBeUndefined();
    return found?.signatures ?? [];
  };

  it('one signature is valid, and names its signer', () => {
    const signatures = signaturesOf('once');
    expect(signatures).toHaveLength(1);
    expect(signatures[0]).toMatchObject({ valid: true });
    expect(signatures[0]?.signer).toContain('CN=Alice Chair');
  });

  it('two signatures, added one after the other, are both valid', () => {
    const signatures = signaturesOf('twice');
    expect(signatures.map((signature) => signature.valid)).toEqual([true, true]);
    expect(signatures[1]?.signer).toContain('Siân');
  });

  it('any change to word/document.xml makes every signature invalid', () => {
    expect(signaturesOf('tamperedOnce').map((signature) => signature.valid)).toEqual([false]);
    expect(signaturesOf('tamperedTwice').map((signature) => signature.valid)).toEqual([
      false,
      false,
    ]);
  });

  it('any .docx can be signed, and a pretty-printed one too', () => {
    expect(signaturesOf('terms').map((signature) => signature.valid)).toEqual([true]);
    expect(signaturesOf('prettyRels').map((signature) => signature.valid)).toEqual([true]);
  });
});

/**
 * The attack corpus (tests/support/attack-packages.ts): LibreOffice 7.4's verdict recorded beside
 * Minute Book's for each attack, so a change in either shows up. `null`: LibreOffice cannot open
 * the file. Where LibreOffice says "valid" and Minute Book does not, LibreOffice is fooled:
 * it checks only the parts the signature lists, never what was added beside them.
 */
const VERDICTS: Record<AttackName, { libreOffice: boolean[] | null; minuteBook: string[] }> = {
  addedPart: { libreOffice: [true, true], minuteBook: ['not-valid', 'not-valid'] },
  addedRelationshipFirst: { libreOffice: [true, true], minuteBook: ['not-valid', 'not-valid'] },
  addedRelationshipLast: { libreOffice: [true, true], minuteBook: ['not-valid', 'not-valid'] },
  caseVariantNames: { libreOffice: [false, false], minuteBook: ['not-valid', 'not-valid'] },
  duplicateNames: { libreOffice: [false, false], minuteBook: ['not-valid', 'not-valid'] },
  backslashName: { libreOffice: null, minuteBook: ['not-valid', 'not-valid'] },
  dotDotName: { libreOffice: [true, true], minuteBook: ['not-valid', 'not-valid'] },
  contentTypeRetargeted: { libreOffice: [true, true], minuteBook: ['not-valid', 'not-valid'] },
  transplantedSignature: { libreOffice: [false], minuteBook: ['not-valid'] },
  swappedCertificate: { libreOffice: [false, true], minuteBook: ['not-valid', 'valid'] },
  // Both find the signature sound: only the fingerprint (shown by Minute Book) tells it apart.
  resignedUnderSameName: { libreOffice: [true], minuteBook: ['valid'] },
  listedTwice: { libreOffice: [true, true], minuteBook: ['valid'] },
  notYetValidCertificate: { libreOffice: [true], minuteBook: ['not-valid'] },
  // LibreOffice skips the signature it cannot parse; Minute Book lists it as not valid.
  deepNesting: { libreOffice: [true], minuteBook: ['valid', 'not-valid'] },
  // Minute Book refuses these files outright (DOCTYPE; zip bomb): no signature is listed.
  entityExpansion: { libreOffice: [true, true], minuteBook: [] },
  zipBombDeclared: { libreOffice: [true, true], minuteBook: [] },
  zipBombUndeclared: { libreOffice: [true, true], minuteBook: [] },
};

runIf('LibreOffice and Minute Book on the attack corpus', () => {
  let folder: string;
  let remove: () => Promise<void>;
  let corpus: AttackCorpus;
  let report: LibreOfficeReport;
  const pathOf = (name: string) => join(folder, `${name}.docx`);

  beforeAll(async () => {
    if (missing !== null) throw new Error(`LibreOffice interop cannot run in CI: ${missing}`);
    ({ folder, remove } = await makeTempDataFolder());
    corpus = await makeAttackCorpus();
    for (const [name, bytes] of Object.entries(corpus.attacks)) {
      await writeFile(pathOf(name), bytes);
    }
    const { stdout } = await promisify(execFile)(
      PYTHON,
      [SCRIPT, ...Object.keys(corpus.attacks).map(pathOf)],
      { timeout: 240_000 },
    );
    report = JSON.parse(stdout) as LibreOfficeReport;
  }, 300_000);
  afterAll(() => remove?.());

  it.each(Object.keys(VERDICTS) as AttackName[])('%s', async (name) => {
    const expected = VERDICTS[name];
    const found = report.files.find((file) => file.path === pathOf(name));
    if (expected.libreOffice === null) expect(found?.error).toBeDefined();
    else
      expect(found?.signatures.map((signature) => signature.valid)).toEqual(expected.libreOffice);
    const ours = await verifyDocument(corpus.attacks[name]).then(
      (checked) => checked.signatures.map((signature) => signature.verdict),
      (error: unknown) => {
        expect(error).toBeInstanceOf(DocumentError);
        return [];
      },
    );
    expect(ours).toEqual(expected.minuteBook);
  });
});

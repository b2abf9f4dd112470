import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError } from '@main/signing/errors';
import { verifyDocument } from '@main/signing/verifier';
import { type AttackCorpus, makeAttackCorpus } from '../../support/attack-packages';

/**
 * Each attack on twice-signed minutes, made by tests/support/attack-packages.ts, and the verdict
 * the verifier must give. LibreOffice's verdicts are recorded beside these in
 * tests/interop/libreoffice-signatures.test.ts.
 */

let corpus: AttackCorpus;

beforeAll(async () => {
  corpus = await makeAttackCorpus();
}, 120_000);

const verify = (name: keyof AttackCorpus['attacks']) => verifyDocument(corpus.attacks[name]);

describe('the verifier, tried as an attacker would', { timeout: 30_000 }, () => {
  it('finds the untouched minutes valid, both signatures', async () => {
    const report = await verifyDocument(corpus.signedTwice);
    expect(report.packageProblems).toEqual([]);
    expect(report.signatures.map((check) => check.verdict)).toEqual(['valid', 'valid']);
    expect(report.signatures.map((check) => check.addedContent)).toEqual([[], []]);
    expect(report.allValid).toBe(true);
  });

  it('reports a part added after signing', async () => {
    const report = await verify('addedPart');
    expect(report.allValid).toBe(false);
    for (const check of report.signatures) {
      expect(check.verdict).toBe('not-valid');
      expect(check.addedContent).toEqual(['part word/extra.xml']);
      expect(check.statement).toContain('changed after it was signed: added part word/extra.xml');
    }
  });

  it.each([
    ['addedRelationshipFirst', 'numbering', 'numbering2.xml'],
    ['addedRelationshipLast', 'styles', 'styles2.xml'],
  ] as const)('reports a relationship added to a signed part (%s)', async (name, type, part) => {
    const report = await verify(name);
    expect(report.allValid).toBe(false);
    for (const check of report.signatures) {
      expect(check.verdict).toBe('not-valid');
      expect(check.addedContent).toEqual(
        expect.arrayContaining([
          `relationship rIdEvil (${type} → word/${part}) in word/_rels/document.xml.rels`,
          `part word/${part}`,
        ]),
      );
    }
  });

  it.each([
    ['caseVariantNames', 'differ only in letter case'],
    ['duplicateNames', 'appears twice'],
    ['backslashName', 'backslash'],
    ['dotDotName', '“..” segment'],
  ] as const)('refuses an ambiguous package (%s)', async (name, reason) => {
    const report = await verify(name);
    expect(report.allValid).toBe(false);
    expect(report.packageProblems.join(' ')).toContain(reason);
    for (const check of report.signatures) {
      expect(check.verdict).toBe('not-valid');
      expect(check.problems[0]).toMatch(/^The package is ambiguous: /);
    }
  });

  it('reports a signed part whose content type was changed', async () => {
    const report = await verify('contentTypeRetargeted');
    for (const check of report.signatures) {
      expect(check.verdict).toBe('not-valid');
      expect(check.changedParts).toContain('/word/document.xml');
      expect(check.problems.join(' ')).toContain(
        'The content type of word/document.xml was changed after signing',
      );
    }
  });

  it('reports a signature transplanted from other minutes', async () => {
    const report = await verify('transplantedSignature');
    const [transplanted] = report.signatures;
    expect(transplanted?.verdict).toBe('not-valid');
    expect(transplanted?.changedParts).toContain('/word/document.xml');
  });

  it('reports a certificate swapped for another', async () => {
    const [first, second] = (await verify('swappedCertificate')).signatures;
    expect(first?.verdict).toBe('not-valid');
    expect(first?.problems.join(' ')).toContain('not the one the signer signed with');
    expect(second?.verdict).toBe('valid');
  });

  it('shows a re-signed copy with a certificate other than the genuine signer’s', async () => {
    const report = await verify('resignedUnderSameName');
    const [check] = report.signatures;
    // The signature itself is sound: only the certificate's fingerprint tells it apart.
    expect(check?.verdict).toBe('valid');
    expect(check?.signer.commonName).toBe('Alice Chair');
    expect(check?.certificate?.fingerprintSha256).not.toBe(corpus.genuineFingerprints.alice);
  });

  it('counts a signature listed twice once', async () => {
    const report = await verify('listedTwice');
    expect(report.signatures).toHaveLength(1);
    expect(report.allValid).toBe(true);
  });

  it('refuses a certificate not yet in force and a signing time in the future', async () => {
    const [check] = (await verify('notYetValidCertificate')).signatures;
    expect(check?.verdict).toBe('not-valid');
    expect(check?.problems.join(' ')).toContain('The certificate is not yet in force');
    expect(check?.problems.join(' ')).toContain('is in the future');
  });

  it('answers deep nesting with a damaged signature, not a crash', async () => {
    const [first, second] = (await verify('deepNesting')).signatures;
    expect(first?.verdict).toBe('valid');
    expect(second?.verdict).toBe('not-valid');
    expect(second?.problems).toEqual(['The signature cannot be read: its XML is damaged.']);
  });

  it('refuses entity expansion without expanding it', async () => {
    await expect(verify('entityExpansion')).rejects.toThrow(/DOCTYPE/);
    await expect(verify('entityExpansion')).rejects.toBeInstanceOf(DocumentError);
  });

  it.each(['zipBombDeclared', 'zipBombUndeclared'] as const)(
    'refuses a zip bomb (%s) before it fills memory',
    async (name) => {
      const before = process.memoryUsage().rss;
      const failure = verify(name);
      await expect(failure).rejects.toBeInstanceOf(DocumentError);
      await expect(failure).rejects.toThrow(/zip bomb/);
      expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    },
  );
});

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedVerifier } from '@main/signing/isolated-verifier';
import { verifyDocument } from '@main/signing/verifier';
import { type AttackCorpus, makeAttackCorpus } from '../../support/attack-packages';

/** The app bundles the worker with electron-vite; here tsx runs its TypeScript. */
const WORKER = resolve(__dirname, '../../../src/main/signing/verify-worker.ts');
const startWorker = (options: WorkerOptions) =>
  new Worker(WORKER, { ...options, execArgv: ['--import', 'tsx'] });
const poi = (name: string) => readFile(join(__dirname, '../../fixtures/poi-xmldsign', name));

const verifiers: { close: () => Promise<void> }[] = [];
afterAll(() => Promise.all(verifiers.map((each) => each.close())));

describe('verifying signatures in a worker thread', { timeout: 120_000 }, () => {
  let corpus: AttackCorpus;
  beforeAll(async () => {
    corpus = await makeAttackCorpus();
  }, 120_000);

  it('gives the same report as verifying here', async () => {
    const isolated = createIsolatedVerifier(startWorker, 60_000);
    verifiers.push(isolated);
    const bytes = await poi('hello-world-signed-twice.docx');
    expect(await isolated.verify(bytes)).toEqual(await verifyDocument(bytes));
    expect(await isolated.verify(corpus.signedTwice)).toMatchObject({ allValid: true });
  });

  it('answers hostile files with a clear verdict while the main thread keeps running', async () => {
    const isolated = createIsolatedVerifier(startWorker, 60_000);
    verifiers.push(isolated);
    let ticks = 0;
    const ticker = setInterval(() => (ticks += 1), 5);
    try {
      const bomb = await isolated.verify(corpus.attacks.zipBombUndeclared).then(
        (report) => report.signatures.map((check) => check.statement).join(' '),
        (error: Error) => error.message,
      );
      expect(bomb).toMatch(/zip bomb/);
      const deep = await isolated.verify(corpus.attacks.deepNesting);
      expect(deep.allValid).toBe(false);
      await expect(isolated.verify(Buffer.from('not a zip at all'))).rejects.toThrow(
        /not a Word document|cannot be read|not a zip/i,
      );
    } finally {
      clearInterval(ticker);
    }
    expect(ticks).toBeGreaterThan(0);
  });

  it('stops a check that takes too long, says so, and checks the next file with a new worker', async () => {
    // A limit no worker can meet stands in for a file built to keep the verifier busy.
    const impatient = createIsolatedVerifier(startWorker, 1);
    verifiers.push(impatient);
    await expect(impatient.verify(corpus.signedTwice)).rejects.toThrow(
      /^This document cannot be checked: Minute Book stopped after 0.001 seconds/,
    );
    const patient = createIsolatedVerifier(startWorker, 60_000);
    verifiers.push(patient);
    expect((await patient.verify(corpus.signedTwice)).allValid).toBe(true);
  });
});

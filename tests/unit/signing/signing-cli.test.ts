import { execFile } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli as runInFolder, type CliRun } from '../../support/run-cli';
import { exportPkcs12 } from '@main/signing/signing-identity';
import { makeMinutesDocx } from '../../support/minutes-docx';
import { testIdentity } from '../../support/signing';
import { makeTempDataFolder } from '../../support/temp-data-folder';

/** RSA key generation usually takes under a second, but can take several on a busy machine. */
const KEY_TIMEOUT = 30_000;

const PASSPHRASE = 'correct horse battery';

let folder: string;
let remove: () => Promise<void>;

function cli(
  args: string[],
  env: Record<string, string | undefined> = { MINUTE_BOOK_PASSPHRASE: PASSPHRASE },
): Promise<CliRun> {
  return runInFolder(args, folder, env);
}

beforeAll(async () => {
  ({ folder, remove } = await makeTempDataFolder());
  await writeFile(join(folder, 'minutes.docx'), await makeMinutesDocx({ items: 5, words: 300 }));
  await writeFile(
    join(folder, 'alice.p12'),
    exportPkcs12(await testIdentity(), PASSPHRASE, 'Alice Chair'),
  );
  await writeFile(join(folder, 'not-a-zip.docx'), 'plain text');
}, KEY_TIMEOUT);
afterAll(() => remove());

describe('npm run cli -- identity new', { timeout: KEY_TIMEOUT }, () => {
  it('needs the passphrase in MINUTE_BOOK_PASSPHRASE', async () => {
    const run = await cli(['identity', 'new', '--name', 'Bob', '--out', 'bob.p12'], {});
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('MINUTE_BOOK_PASSPHRASE environment variable');
    expect(await readdir(folder)).not.toContain('bob.p12');
  });

  it('writes a .p12 and shows the certificate fingerprint', async () => {
    const run = await cli([
      'identity',
      'new',
      '--name',
      'Bob Member',
      '--role',
      'Member',
      '--organisation',
      'NHS',
      '--out',
      'bob.p12',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Created a signing identity for Bob Member (Member, NHS)');
    expect(run.stdout).toMatch(/fingerprint ([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    const again = await cli(['identity', 'new', '--name', 'Bob Member', '--out', 'bob.p12']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  }, 20_000);
});

describe('npm run cli -- sign', { timeout: KEY_TIMEOUT }, () => {
  it("signs and says who signed, with the new file's SHA-256", async () => {
    const run = await cli([
      'sign',
      'minutes.docx',
      '--identity',
      'alice.p12',
      '--out',
      'signed.docx',
      '--reason',
      'Approved',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toContain('Signed by Alice Chair (Chair, NHS Python Community)');
    expect(run.stdout).toMatch(/sha256 [0-9a-f]{64}/);
    const second = await cli([
      'sign',
      'signed.docx',
      '--identity',
      'bob.p12',
      '--out',
      'signed-twice.docx',
    ]);
    expect(second.stdout).toContain('signature 2 of 2');
  }, 20_000);

  it('refuses a wrong passphrase and writes nothing', async () => {
    const run = await cli(
      ['sign', 'minutes.docx', '--identity', 'alice.p12', '--out', 'wrong.docx'],
      {
        MINUTE_BOOK_PASSPHRASE: 'not it',
      },
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('The passphrase for this .p12 file is not right.');
    expect(await readdir(folder)).not.toContain('wrong.docx');
  });

  it('refuses a damaged .p12 and a file that is not a .docx, leaving the input alone', async () => {
    await writeFile(join(folder, 'broken.p12'), 'not a p12');
    const broken = await cli([
      'sign',
      'minutes.docx',
      '--identity',
      'broken.p12',
      '--out',
      'x.docx',
    ]);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('not a PKCS#12');
    const notZip = await cli([
      'sign',
      'not-a-zip.docx',
      '--identity',
      'alice.p12',
      '--out',
      'x.docx',
    ]);
    expect(notZip.code).toBe(1);
    expect(notZip.stderr).toContain('not a Word document (.docx): it is not a zip package');
    expect(await readFile(join(folder, 'not-a-zip.docx'), 'utf8')).toBe('plain text');
    expect(await readdir(folder)).not.toContain('x.docx');
  });

  it('will not write over the document it signs', async () => {
    const run = await cli([
      'sign',
      'minutes.docx',
      '--identity',
      'alice.p12',
      '--out',
      'minutes.docx',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Choose a different --out');
  });
});

describe('npm run cli -- verify', { timeout: KEY_TIMEOUT }, () => {
  it('exits 0 and names the signers when every signature is valid', async () => {
    const run = await cli(['verify', 'signed-twice.docx']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('1. VALID   Alice Chair (Chair, NHS Python Community)');
    expect(run.stdout).toContain('2. VALID   Bob Member (Member, NHS)');
    expect(run.stdout).toContain('Result: all 2 signatures are valid.');
  });

  it('exits 1 for a document without signatures', async () => {
    const run = await cli(['verify', 'minutes.docx']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Result: the document has no digital signatures.');
  });

  it('gives the report as JSON', async () => {
    const run = await cli(['verify', 'signed.docx', '--json']);
    const report = JSON.parse(run.stdout) as {
      allValid: boolean;
      fileSha256: string;
      signatures: unknown[];
    };
    expect(report).toMatchObject({ allValid: true, signatures: [{ valid: true }] });
    expect(report.fileSha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exits 2 for a file that is missing or not a .docx', async () => {
    expect((await cli(['verify', 'missing.docx'])).code).toBe(2);
    const notZip = await cli(['verify', 'not-a-zip.docx']);
    expect(notZip.code).toBe(2);
    expect(notZip.stderr).toContain('not a zip package');
  });
});

describe('the real command line', () => {
  const execFileAsync = promisify(execFile);
  const root = resolve(__dirname, '../../..');

  async function spawnVerify(file: string): Promise<{ code: number; stdout: string }> {
    try {
      const { stdout } = await execFileAsync(
        'npx',
        ['tsx', 'src/main/cli/index.ts', 'verify', join(folder, file)],
        {
          cwd: root,
          env: { ...process.env, INIT_CWD: folder },
        },
      );
      return { code: 0, stdout };
    } catch (error) {
      const failed = error as { code?: number; stdout?: string };
      return { code: failed.code ?? -1, stdout: failed.stdout ?? '' };
    }
  }

  it('exits 0, 1 and 2 from a real process', async () => {
    const [valid, unsigned, unreadable] = await Promise.all([
      spawnVerify('signed.docx'),
      spawnVerify('minutes.docx'),
      spawnVerify('not-a-zip.docx'),
    ]);
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('VALID   Alice Chair');
    expect(unsigned.code).toBe(1);
    expect(unreadable.code).toBe(2);
  }, 60_000);
});

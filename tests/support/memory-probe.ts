/**
 * Run as a child process: `node --import tsx memory-probe.ts <path> <import|restore|verify>`.
 * Feeds one file to one of the app's entry points for untrusted files and prints, as JSON, the
 * message the user would see and the process's peak resident memory before and after.
 */
import { readFile } from 'node:fs/promises';
import { readBackupFile } from '../../src/main/backup/backup-file';
import { importFilesInOrder } from '../../src/main/import/import-files';
import { verifyDocument } from '../../src/main/signing/verifier';

const peakMb = () => process.resourceUsage().maxRSS / 1024;

async function message(path: string, entry: string): Promise<string> {
  try {
    if (entry === 'import') {
      const [result] = await importFilesInOrder([path]);
      return result?.error ?? `imported: ${result?.warnings.join(' ') ?? ''}`;
    }
    if (entry === 'restore') {
      await readBackupFile(path);
      return 'restored';
    }
    const report = await verifyDocument(await readFile(path));
    return report.signatures.map((check) => check.statement).join(' ') || 'no signatures';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

const [path = '', entry = ''] = process.argv.slice(2);
const baselineMb = peakMb();
void message(path, entry).then((text) =>
  process.stdout.write(JSON.stringify({ message: text, baselineMb, peakMb: peakMb() })),
);

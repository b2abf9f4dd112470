/**
 * Run as a child process: `node --import tsx memory-probe.ts <path> <import|restore|verify>`.
 * Feeds one file to one of the app's entry points for untrusted files and prints, as JSON, the
 * message the user would see, how long it took to answer, and the process's peak resident memory
 * before and after.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { readBackupFile } from '../../src/main/backup/backup-file';
import { importFilesInOrder } from '../../src/main/import/import-files';
import { verifyDocument } from '../../src/main/signing/verifier';

/**
 * This process's peak resident memory. On Linux it is read from VmHWM, which belongs to this
 * program's own address space: getrusage's maxRSS is carried across exec from the parent (the test
 * runner, which holds the hostile files it made), so it can start far above this process's own.
 */
function peakMb(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
    if (kilobytes) return Number(kilobytes) / 1024;
  } catch {
    // Not Linux: no /proc.
  }
  return process.resourceUsage().maxRSS / 1024;
}

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
const started = performance.now();
void message(path, entry).then((text) =>
  process.stdout.write(
    JSON.stringify({
      message: text,
      seconds: (performance.now() - started) / 1000,
      baselineMb,
      peakMb: peakMb(),
    }),
  ),
);

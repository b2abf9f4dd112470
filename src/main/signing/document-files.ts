import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { readFailure } from '../files/file-errors';
import { UserError } from '../user-error';

/** Far beyond any minutes or terms of reference; refusing larger files keeps a wrong choice from eating memory. */
export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

/** Reads a document to sign or verify; failures are UserErrors naming the file. */
export async function readDocumentFile(path: string): Promise<Buffer> {
  try {
    const { size } = await stat(path);
    if (size > MAX_DOCUMENT_BYTES)
      throw new UserError(`${path} is too large to be a Word document.`);
    return await readFile(path);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw readFailure(error, path);
  }
}

/** "Minutes 2024-05-01.docx" → "Minutes 2024-05-01 (signed).docx"; a file already so named keeps its name. */
export function signedFileName(inputPath: string): string {
  const extension = extname(inputPath) || '.docx';
  const stem = basename(inputPath, extname(inputPath));
  return stem.endsWith(' (signed)') ? `${stem}${extension}` : `${stem} (signed)${extension}`;
}

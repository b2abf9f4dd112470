import mammoth from 'mammoth';
import { errorMessage } from '../../shared/error-message';

/**
 * Converts a Word document to HTML with mammoth, which keeps what recognising minutes needs:
 * headings, Word's numbered and bulleted lists, tables, bold.
 */

/** Word's Title style is the board's name in many templates; mammoth leaves it a plain paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

export type DocxHtml =
  { ok: true; html: string; warnings: string[] } | { ok: false; message: string };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

export async function docxToHtml(bytes: Uint8Array): Promise<DocxHtml> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return {
      ok: false,
      message:
        'it is an older Word 97–2003 document (or password-protected); open it in Word or LibreOffice and save it as .docx',
    };
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    return {
      ok: false,
      message: 'it is not a Word document (.docx): the file is damaged or of another kind',
    };
  }
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP },
    );
    const warnings = result.messages
      .filter((message) => message.type === 'error')
      .map((message) => `Part of the document could not be read: ${message.message}`);
    return { ok: true, html: result.value, warnings };
  } catch (error) {
    const detail = errorMessage(error);
    return {
      ok: false,
      message: `it is not a Word document that can be read: the file is damaged (${detail})`,
    };
  }
}

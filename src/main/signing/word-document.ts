import { DocumentError } from './errors';
import { RELATIONSHIP_TYPE } from './ooxml-names';
import {
  NotAPackageError,
  type OpcPackage,
  PackageTooLargeError,
  openPackage,
} from './opc-package';
import { parseRelationships, resolveTarget } from './relationships';
import { MalformedXmlError } from './xml';
import { errorMessage } from '../../shared/error-message';

export interface WordDocument {
  pkg: OpcPackage;
  /** The main document part, usually `/word/document.xml`. */
  mainPart: string;
}

/** Word's main-part content types: documents, templates, with or without macros. */
function isWordMainContentType(contentType: string | undefined): boolean {
  return (
    contentType !== undefined &&
    (contentType.startsWith('application/vnd.openxmlformats-officedocument.wordprocessingml.') ||
      contentType.startsWith('application/vnd.ms-word.'))
  );
}

/** Opens a .docx for signing or verifying, or says plainly why it cannot be. */
export async function openWordDocument(bytes: Uint8Array): Promise<WordDocument> {
  let pkg: OpcPackage;
  try {
    pkg = await openPackage(bytes);
  } catch (error) {
    if (error instanceof PackageTooLargeError) {
      throw new DocumentError(
        'too-large',
        `This file cannot be checked or signed: ${error.message}.`,
      );
    }
    if (error instanceof NotAPackageError && error.message === 'not a zip file') {
      throw new DocumentError(
        'not-a-zip',
        'This file is not a Word document (.docx): it is not a zip package.',
      );
    }
    throw new DocumentError(
      'not-a-word-document',
      `This file is not a Word document (.docx): ${errorMessage(error)}.`,
    );
  }
  try {
    const relationships = pkg.has('/_rels/.rels')
      ? parseRelationships(await pkg.text('/_rels/.rels'), '/_rels/.rels')
      : [];
    const main = relationships.find(
      (relationship) => relationship.type === RELATIONSHIP_TYPE.officeDocument,
    );
    const mainPart = main ? resolveTarget('/', main.target) : null;
    if (!mainPart || !pkg.has(mainPart) || !isWordMainContentType(pkg.contentTypeOf(mainPart))) {
      throw new DocumentError(
        'not-a-word-document',
        'This file is not a Word document (.docx): it has no Word main document part.',
      );
    }
    return { pkg, mainPart };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    if (error instanceof MalformedXmlError || error instanceof NotAPackageError) {
      throw new DocumentError('damaged', `This Word document is damaged: ${error.message}.`);
    }
    throw error;
  }
}

import { DOMParser, onErrorStopParsing } from '@xmldom/xmldom';
import type {
  Document as XmlDocument,
  Element as XmlElement,
  Node as XmlNode,
} from '@xmldom/xmldom';
// Only xml-crypto's canonicaliser: its package entry also loads the signer, its algorithms and a
// second copy of xmldom, none of which verification uses.
import { C14nCanonicalization } from 'xml-crypto/lib/c14n-canonicalization';
import { errorMessage } from '../../shared/error-message';

export type { XmlDocument, XmlElement, XmlNode };

/** A part of the package whose XML could not be read. */
export class MalformedXmlError extends Error {
  override readonly name = 'MalformedXmlError';
}

const ELEMENT_NODE = 1;

/** Deeper than any signature, relationships or content types part; deep enough for tables in tables. */
export const MAX_XML_DEPTH = 256;

function skipPast(text: string, from: number, end: string): number {
  const found = text.indexOf(end, from);
  return found === -1 ? text.length : found + end.length;
}

/**
 * How deeply the elements of an XML text nest, found in one pass without parsing, so hostile
 * nesting is refused before a parser or a recursive walk over the tree can run out of stack.
 * Stops counting once past `limit`.
 */
export function nestingDepth(text: string, limit = MAX_XML_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  for (let index = text.indexOf('<'); index !== -1 && index < text.length;) {
    const next = text[index + 1];
    if (text.startsWith('<!--', index)) index = skipPast(text, index, '-->');
    else if (text.startsWith('<![CDATA[', index)) index = skipPast(text, index, ']]>');
    else if (next === '?' || next === '!') index = skipPast(text, index, '>');
    else if (next === '/') {
      depth -= 1;
      index = skipPast(text, index, '>');
    } else {
      // An element start tag: find its end outside quoted attribute values.
      let cursor = index + 1;
      let quote = '';
      for (; cursor < text.length; cursor++) {
        const char = text[cursor];
        if (quote) {
          if (char === quote) quote = '';
        } else if (char === '"' || char === "'") quote = char;
        else if (char === '>') break;
      }
      if (text[cursor - 1] !== '/') {
        depth += 1;
        deepest = Math.max(deepest, depth);
        if (deepest > limit) return deepest;
      }
      index = cursor + 1;
    }
    index = text.indexOf('<', index);
  }
  return deepest;
}

/**
 * Parses XML from inside a document. DOCTYPEs are refused: no part of a .docx needs one, and
 * refusing them rules out entity tricks in files that come from anywhere. So is nesting deeper
 * than MAX_XML_DEPTH, which no such part needs and which would exhaust the stack.
 */
export function parseXml(text: string, what: string): XmlDocument {
  if (/<!DOCTYPE/i.test(text)) throw new MalformedXmlError(`${what} contains a DOCTYPE`);
  if (nestingDepth(text) > MAX_XML_DEPTH) {
    throw new MalformedXmlError(`${what} nests its elements more than ${MAX_XML_DEPTH} deep`);
  }
  try {
    const document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(
      text,
      'text/xml',
    );
    if (!document.documentElement) throw new MalformedXmlError(`${what} has no root element`);
    return document;
  } catch (error) {
    if (error instanceof MalformedXmlError) throw error;
    throw new MalformedXmlError(`${what} is not well-formed XML: ${errorMessage(error)}`);
  }
}

export function rootElement(document: XmlDocument, what: string): XmlElement {
  const root = document.documentElement;
  if (!root) throw new MalformedXmlError(`${what} has no root element`);
  return root;
}

export function isElement(node: XmlNode | null | undefined): node is XmlElement {
  return node?.nodeType === ELEMENT_NODE;
}

export function childElements(
  parent: XmlNode,
  namespace?: string,
  localName?: string,
): XmlElement[] {
  const result: XmlElement[] = [];
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (!isElement(child)) continue;
    if (namespace !== undefined && child.namespaceURI !== namespace) continue;
    if (localName !== undefined && child.localName !== localName) continue;
    result.push(child);
  }
  return result;
}

export function firstChild(
  parent: XmlNode,
  namespace: string,
  localName: string,
): XmlElement | null {
  return childElements(parent, namespace, localName)[0] ?? null;
}

/** Every descendant element (in document order) with the given name. */
export function descendants(root: XmlNode, namespace: string, localName: string): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (node: XmlNode): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (!isElement(child)) continue;
      if (child.namespaceURI === namespace && child.localName === localName) found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

export function textContent(element: XmlElement | null): string {
  return element?.textContent ?? '';
}

/** Every element whose `Id` attribute is `id`, in document order. */
export function elementsWithId(root: XmlNode, id: string): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: XmlNode[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (isElement(node) && node.getAttribute('Id') === id) found.push(node);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return found;
}

/** Finds the element whose `Id` attribute is `id`, as XML-DSig same-document references do. */
export function elementById(root: XmlNode, id: string): XmlElement | null {
  return elementsWithId(root, id)[0] ?? null;
}

interface NamespaceBinding {
  prefix: string;
  namespaceURI: string;
}

/**
 * The namespaces declared on an element's ancestors, nearest first. Inclusive C14N of a part of a
 * document renders these on the apex element, so a digest does not depend on where it is taken.
 */
export function inheritedNamespaces(element: XmlElement): NamespaceBinding[] {
  const seen = new Set<string>();
  const bindings: NamespaceBinding[] = [];
  for (let node = element.parentNode; isElement(node); node = node.parentNode) {
    const attributes = node.attributes;
    for (let index = 0; index < attributes.length; index++) {
      const attribute = attributes.item(index);
      if (!attribute) continue;
      let prefix: string | null = null;
      if (attribute.name === 'xmlns') prefix = '';
      else if (attribute.name.startsWith('xmlns:')) prefix = attribute.name.slice('xmlns:'.length);
      if (prefix === null || seen.has(prefix)) continue;
      seen.add(prefix);
      // An empty value undeclares the default namespace: nothing to render.
      if (attribute.value !== '') bindings.push({ prefix, namespaceURI: attribute.value });
    }
  }
  return bindings;
}

const c14n = new C14nCanonicalization();
type C14nNode = Parameters<C14nCanonicalization['process']>[0];

/** Canonical XML 1.0 (without comments) of an element and its content, in its document's context. */
export function canonicalise(element: XmlElement): string {
  // xml-crypto already writes the default namespace of an unprefixed apex element itself; handing
  // it the inherited default as well would write xmlns="…" twice.
  const inherited = inheritedNamespaces(element).filter(
    (binding) => binding.prefix !== '' || Boolean(element.prefix),
  );
  const result = c14n.process(element as unknown as C14nNode, { ancestorNamespaces: inherited });
  return typeof result === 'string' ? result : String(result);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '"': '&quot;',
  '\t': '&#x9;',
  '\n': '&#xA;',
  '\r': '&#xD;',
};

/** Escapes text for element content, the way C14N writes it, so what we write is already canonical. */
export function escapeText(value: string): string {
  return value.replace(/\r/g, '&#xD;').replace(/[&<>]/g, (char) => TEXT_ESCAPES[char] ?? char);
}

export function escapeAttribute(value: string): string {
  return value.replace(/[&<"\t\n\r]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

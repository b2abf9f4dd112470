/**
 * The rules that make a package's part names unambiguous (ECMA-376 Part 2, "Part names" and
 * "Mapping part names to ZIP item names"). A verifier must refuse a package that breaks them:
 * when two entries can stand for one part, the verifier may check one copy while Word,
 * LibreOffice or the app's own importer reads the other. See docs/signatures.md.
 */

/** Why the zip entry names make the package ambiguous; empty when they do not. */
export function ambiguousNames(entryNames: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const name of entryNames) {
    if (name.includes('\\')) {
      problems.push(`the entry “${name}” has a backslash in its name`);
      continue;
    }
    if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) {
      problems.push(`the entry “${name}” has an absolute name`);
      continue;
    }
    const segments = name.split('/');
    if (segments.some((segment) => segment === '' || /^\.+$/.test(segment))) {
      problems.push(`the entry “${name}” has an empty, “.” or “..” segment in its name`);
      continue;
    }
    if (segments.some((segment) => segment.endsWith('.'))) {
      problems.push(`the entry “${name}” has a name segment ending with a dot`);
      continue;
    }
    const key = name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier === name) problems.push(`the entry “${name}” appears twice`);
    else if (earlier !== undefined)
      problems.push(`the entries “${earlier}” and “${name}” differ only in letter case`);
    else seen.set(key, name);
  }
  // A part name may not be another part's name with segments added ("/a.xml" and "/a.xml/b").
  const names = [...seen.keys()];
  const asFolders = new Set(names.map((name) => `${name}/`));
  for (const name of names) {
    for (let slash = name.indexOf('/'); slash !== -1; slash = name.indexOf('/', slash + 1)) {
      if (asFolders.has(name.slice(0, slash + 1))) {
        problems.push(`the entry “${name}” is inside another part “${name.slice(0, slash)}”`);
        break;
      }
    }
  }
  return problems;
}

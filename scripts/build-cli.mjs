#!/usr/bin/env node
// Bundles the command line into out/cli: the `minute-book` bin, out/cli/minute-book.cjs, a
// launcher of a few lines that turns on Node's compile cache first and then imports the entry,
// out/cli/minute-book.main.mjs; that entry, the commands and the libraries they share are split
// into ES module chunks in out/cli/chunks, each loaded only by the commands that need it.
//
// Why a bundle: a few files that Node loads without resolving hundreds of modules in node_modules
// or compiling TypeScript first (`npm run cli` does both, through tsx).
// Why split: most of a cold start is V8 reading and compiling code. One bundle of every command
// was 6 MB (3.5 MB of it wink-nlp's English model, for `transcript`), read and compiled by every
// start, even `--help`. Split, `--help` reads only the entry and `verify` only the signature
// checker's chunks; and a library a command loads lazily (the timestamp checker, pkijs) is its
// own chunk, read only when a document has a timestamp.
// Why the compile cache: with it, every start after the first reads V8's compiled code for each
// chunk from the system's temp folder instead of compiling it again.
// Why lazy commands: in the bundle the registry (src/main/cli/commands/index.ts) is replaced by
// one holding each command's name, summary and usage as plain text, read from the real registry
// at build time, and a `run` that imports the command's module on first use. `--help` then loads
// none of them. A test compares the bundle's help with the registry's, so the two cannot drift
// apart.
import { build } from 'esbuild';
import { chmod, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values } = parseArgs({
  options: { outfile: { type: 'string' }, metafile: { type: 'string' } },
});
const OUTFILE = values.outfile ?? 'out/cli/minute-book.cjs';
const OUTDIR = dirname(OUTFILE);
const ENTRY_NAME = basename(OUTFILE).replace(/\.cjs$/, '.main');
const CHUNKS = 'chunks';
const ENTRY = resolve('src/main/cli/index.ts');
const REGISTRY = resolve('src/main/cli/commands/index.ts');
const COMMANDS_DIR = dirname(REGISTRY);

/** Each command of the registry, in its order, with the module and export that define it. */
async function commandModules() {
  const { COMMANDS } = await tsImport(REGISTRY, import.meta.url);
  const found = new Map();
  const files = (await readdir(COMMANDS_DIR)).filter(
    (file) => file.endsWith('.ts') && join(COMMANDS_DIR, file) !== REGISTRY,
  );
  for (const file of files) {
    const module = await tsImport(join(COMMANDS_DIR, file), import.meta.url);
    for (const [exportName, value] of Object.entries(module)) {
      if (value && typeof value === 'object' && typeof value.run === 'function') {
        found.set(value.name, { file, exportName });
      }
    }
  }
  return COMMANDS.map((command) => {
    const source = found.get(command.name);
    if (!source)
      throw new Error(`No module in ${COMMANDS_DIR} exports the command ${command.name}`);
    return { ...source, name: command.name, summary: command.summary, usage: command.usage };
  });
}

function lazyRegistrySource(commands) {
  const entries = commands.map(
    ({ file, exportName, name, summary, usage }) =>
      `  {\n    name: ${JSON.stringify(name)},\n    summary: ${JSON.stringify(summary)},\n` +
      `    usage: ${JSON.stringify(usage)},\n` +
      `    run: (args, io) => import(${JSON.stringify(`./${file}`)}).then((module) => module.${exportName}.run(args, io)),\n  }`,
  );
  return `export const COMMANDS = [\n${entries.join(',\n')}\n];\n`;
}

/** Swaps the registry for its lazy twin, for the entry's import only. */
function lazyCommands(commands) {
  return {
    name: 'minute-book-lazy-commands',
    setup(builder) {
      builder.onResolve({ filter: /^\.\/commands$/ }, (args) =>
        args.importer === ENTRY ? { path: REGISTRY, namespace: 'lazy-commands' } : undefined,
      );
      builder.onLoad({ filter: /.*/, namespace: 'lazy-commands' }, () => ({
        contents: lazyRegistrySource(commands),
        loader: 'js',
        resolveDir: COMMANDS_DIR,
      }));
    },
  };
}

// What earlier builds wrote here (the single bundle of old, and chunks whose names have changed).
await rm(join(OUTDIR, CHUNKS), { recursive: true, force: true });
for (const stale of ['.bundle.cjs', '.bundle.cjs.LEGAL.txt', '.main.mjs', '.main.mjs.LEGAL.txt']) {
  await rm(OUTFILE.replace(/\.cjs$/, stale), { force: true });
}
const BUILTIN = new RegExp(
  `^(node:)?(${builtinModules.map((name) => name.replace(/[/\\]/g, '\\$&')).join('|')})$`,
);

/**
 * Node's own modules are loaded with require(), not import: importing one as an ES module makes
 * Node read every export of it, which runs lazy getters (node:fs loads its streams, node:crypto
 * WebCrypto), about 10 ms of each start for nothing.
 */
function builtinsThroughRequire() {
  return {
    name: 'minute-book-builtins-through-require',
    setup(builder) {
      builder.onResolve({ filter: BUILTIN }, (args) =>
        args.namespace === 'node-builtin'
          ? { path: args.path, external: true }
          : { path: args.path, namespace: 'node-builtin' },
      );
      builder.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({
        contents: `module.exports = require(${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

const XMLDOM_ENTITIES = /[\\/]@xmldom[\\/]xmldom[\\/]lib[\\/]entities\.js$/;

/**
 * xmldom builds its table of 2,200 HTML entities, a frozen copy of a frozen object, when it is
 * loaded: about 27 ms of every start that parses XML, for a table only HTML parsing reads (the
 * importer's). Here it is built the first time it is read. Fails the build if xmldom's source no
 * longer has the shape this expects.
 */
function lazyHtmlEntities() {
  return {
    name: 'minute-book-lazy-html-entities',
    setup(builder) {
      builder.onLoad({ filter: XMLDOM_ENTITIES }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        const table = 'exports.HTML_ENTITIES = ';
        const alias = 'exports.entityMap = exports.HTML_ENTITIES;';
        const start = source.indexOf(table);
        const aliasAt = source.indexOf(alias);
        const end = source.lastIndexOf('});', aliasAt);
        if (
          start === -1 ||
          aliasAt === -1 ||
          end < start ||
          source.indexOf(table, start + 1) !== -1
        ) {
          throw new Error(
            `${args.path} has changed: update lazyHtmlEntities in ${import.meta.url}`,
          );
        }
        const expression = source.slice(start + table.length, end + 2);
        const contents =
          source.slice(0, start) +
          `let htmlEntities;\nconst getHtmlEntities = () => (htmlEntities ??= ${expression});\n` +
          "Object.defineProperty(exports, 'HTML_ENTITIES', { enumerable: true, get: getHtmlEntities });" +
          source.slice(end + 3, aliasAt) +
          "Object.defineProperty(exports, 'entityMap', { enumerable: true, get: getHtmlEntities });" +
          source.slice(aliasAt + alias.length);
        return { contents, loader: 'js' };
      });
    },
  };
}

const ICAL_TIMEZONES = /[\\/]@touch4it[\\/]ical-timezones[\\/]index\.js$/;
/** The time zones whose VTIMEZONE blocks the command line writes: meetings are in London time. */
const BUNDLED_TIME_ZONES = ['Europe/London'];

/**
 * @touch4it/ical-timezones reads each zone's .ics from a folder beside its own source, which a
 * bundle does not have: the invitation would lose its VTIMEZONE block and calendars would guess
 * the meeting's time. The zones the command line writes are put into the bundle instead.
 */
function bundledTimeZones() {
  return {
    name: 'minute-book-bundled-time-zones',
    setup(builder) {
      builder.onLoad({ filter: ICAL_TIMEZONES }, async (args) => {
        const zones = {};
        for (const zone of BUNDLED_TIME_ZONES) {
          zones[zone] = await readFile(join(dirname(args.path), 'zones', `${zone}.ics`), 'utf8');
        }
        const contents = `const zones = ${JSON.stringify(zones)};
const extract = (ics) => ics.slice(ics.indexOf('BEGIN:VTIMEZONE'), ics.indexOf('END:VCALENDAR'));
exports.getVtimezone = (zone) => zones[zone] ?? null;
exports.getVtimezoneComponent = (zone) => (zones[zone] ? extract(zones[zone]) : null);
exports.timezoneExists = (zone) => zone in zones;
`;
        return { contents, loader: 'js' };
      });
    },
  };
}

const result = await build({
  entryPoints: { [ENTRY_NAME]: ENTRY },
  outdir: OUTDIR,
  chunkNames: `${CHUNKS}/[name]-[hash]`,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  // The CommonJS libraries in the chunks call require() for Node's own modules, and one reads
  // files next to itself through __dirname: an ES module has neither, so each chunk defines them.
  banner: {
    js: [
      "import { createRequire as __createRequire } from 'node:module';",
      "import { fileURLToPath as __fileURLToPath } from 'node:url';",
      'const require = __createRequire(import.meta.url);',
      'const __filename = __fileURLToPath(import.meta.url);',
      "const __dirname = __fileURLToPath(new URL('.', import.meta.url));",
    ].join('\n'),
  },
  minify: true,
  // Names stay readable in stack traces and in messages that quote a class name.
  keepNames: true,
  legalComments: 'linked',
  plugins: [
    lazyCommands(await commandModules()),
    builtinsThroughRequire(),
    lazyHtmlEntities(),
    bundledTimeZones(),
  ],
  logLevel: 'warning',
  // What each output file holds and imports, for tests (--metafile) to check the split.
  metafile: values.metafile !== undefined,
});
if (values.metafile) await writeFile(values.metafile, JSON.stringify(result.metafile));
await writeFile(
  OUTFILE,
  [
    '#!/usr/bin/env node',
    "'use strict';",
    "require('node:module').enableCompileCache?.();",
    `import('./${ENTRY_NAME}.mjs');`,
    '',
  ].join('\n'),
);
await chmod(OUTFILE, 0o755);

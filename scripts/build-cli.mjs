#!/usr/bin/env node
// Bundles the command line into one file, out/cli/minute-book.bundle.cjs, started by the
// `minute-book` bin, out/cli/minute-book.cjs: a launcher of three lines that turns on Node's
// compile cache first. Why: most of a cold start is V8 parsing the 6 MB bundle (most of it
// wink-nlp's English model); with the cache, every start after the first reads the compiled code
// from the system's temp folder instead, about 0.2 s rather than 0.45 s for --help here.
//
// Why a bundle: one file that Node loads without resolving hundreds of modules in node_modules or
// compiling TypeScript first (`npm run cli` does both, through tsx).
// Why lazy commands: evaluating every command's libraries (docx, mammoth, node-forge, xml-crypto,
// minisearch) costs far more than reading the file. So in the bundle the registry
// (src/main/cli/commands/index.ts) is replaced by one holding each command's name, summary and
// usage as plain text, read from the real registry at build time, and a `run` that loads the
// command's module on first use. `--help` then loads none of them, and `verify` only its own.
// A test compares the bundle's help with the registry's, so the two cannot drift apart.
import { build } from 'esbuild';
import { chmod, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const { values } = parseArgs({ options: { outfile: { type: 'string' } } });
const OUTFILE = values.outfile ?? 'out/cli/minute-book.cjs';
const BUNDLE = OUTFILE.replace(/\.cjs$/, '.bundle.cjs');
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

await build({
  entryPoints: [ENTRY],
  outfile: BUNDLE,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  minify: true,
  // Names stay readable in stack traces and in messages that quote a class name.
  keepNames: true,
  legalComments: 'linked',
  plugins: [lazyCommands(await commandModules())],
  logLevel: 'warning',
});
await writeFile(
  OUTFILE,
  [
    '#!/usr/bin/env node',
    "'use strict';",
    "require('node:module').enableCompileCache?.();",
    `require('./${basename(BUNDLE)}');`,
    '',
  ].join('\n'),
);
await chmod(OUTFILE, 0o755);

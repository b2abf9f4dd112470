import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnlyInShell = {
  name: 'electron',
  message:
    'Only src/main/index.ts, ipc.ts, security.ts and src/preload import electron; pass what you need in through ports.',
};

/**
 * Relative imports that climb more than two folders, where an alias (path-aliases.ts) reaches the
 * same file: `@shared/model`, not `../../../../shared/model`.
 */
export const deepRelativeImport = {
  regex: '^(\\.\\./){3,}(?!\\.\\./|(bench|tests|scripts|resources)/|path-aliases$)',
  message:
    'Import through an alias (@shared/…, @renderer/…, @main/…) rather than climbing more than two folders.',
};
const deepRelativeImports = [deepRelativeImport];

/** What no renderer file may import: the main process, the preload, Node's built-ins, electron. */
const rendererBase = {
  paths: [electronOnlyInShell],
  patterns: [
    { group: ['**/main/**', '@main/**', '**/preload/**', 'node:*'] },
    ...deepRelativeImports,
  ],
};

/** An import of one of the renderer's folders, relative or through the alias. */
function rendererFolder(folder, message) {
  return { regex: `(^|/)${folder}(/|$)`, message };
}

/** What each folder of src/renderer/src may not import, on top of rendererBase (docs/architecture.md). */
const rendererLayers = {
  features: [
    rendererFolder(
      '(db|bridge)',
      'A feature does not open the database or call the main process itself: use a workflow (workflows/) or a store action.',
    ),
    {
      // `../other-feature/File` or `…/features/other-feature/File`, but not `../other-feature` (its index.ts).
      regex: '(^\\.\\./|(^|/)features/)[^./][^/]*/(?!index$).+',
      message:
        "A feature uses another feature only through that feature's index.ts: import '../other-feature', not a file inside it.",
    },
  ],
  workflows: [
    rendererFolder('features', 'Workflows sit below the features: move what they share down here.'),
  ],
  stores: [
    rendererFolder(
      '(features|workflows)',
      'Stores sit below features and workflows: move what they share down to db/ or src/shared.',
    ),
  ],
  db: [
    rendererFolder(
      '(features|workflows|stores|components|bridge)',
      'The database layer uses only src/shared.',
    ),
  ],
  components: [
    rendererFolder(
      '(features|workflows|db|bridge)',
      'Shared components are small UI pieces: they read stores and take what they do as props.',
    ),
  ],
};

/** What no main-process logic may import: electron (its types only), the renderer. */
const mainBase = {
  paths: [{ ...electronOnlyInShell, allowTypeImports: true }],
  patterns: [{ group: ['**/renderer/**', '@renderer/**'] }, ...deepRelativeImports],
};

/**
 * handlers/ sits at the top of the main process, used only by the files beside it that register
 * and dispatch the handler map: what the folders below share (UserError, the ports) lives at the
 * top of src/main (user-error.ts, ports.ts), not in handlers/.
 */
const belowHandlers = {
  regex: '(^|/)handlers(/|$)',
  message:
    'handlers/ is used only by the files at the top of src/main; share code through src/main/user-error.ts, ports.ts or a folder below.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // One way to put a failure into words: errorMessage() in src/shared/error-message.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/shared/error-message.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "ConditionalExpression[test.operator='instanceof'][test.right.name='Error'][consequent.property.name='message']",
          message: 'Use errorMessage() (or errorWithName()) from src/shared/error-message.ts.',
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererBase],
    },
  },
  // The layers of the renderer: each folder may use the ones below it, never those above.
  ...Object.entries(rendererLayers).map(([folder, patterns]) => ({
    files: [`src/renderer/src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: rendererBase.paths, patterns: [...rendererBase.patterns, ...patterns] },
      ],
    },
  })),
  {
    // Shared code runs in every process: no electron, no DOM frameworks, no Node built-ins.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, 'react', 'dexie', 'zustand'],
          patterns: [
            { group: ['node:*', '**/main/**', '@main/**', '**/renderer/**', '@renderer/**'] },
            ...deepRelativeImports,
          ],
        },
      ],
    },
  },
  {
    // Main-process logic stays plain Node so tests and the command line run it as it is.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/ipc.ts', 'src/main/security.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', mainBase],
    },
  },
  {
    files: ['src/main/*/**/*.ts', 'src/main/user-error.ts', 'src/main/ports.ts'],
    ignores: ['src/main/handlers/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: mainBase.paths, patterns: [...mainBase.patterns, belowHandlers] },
      ],
    },
  },
  {
    // From electron 42 on, loading the package starts a download: tests and tools may only use its types.
    files: [
      'tests/**/*.{ts,tsx}',
      'scripts/**/*.{ts,mts}',
      'bench/**/*.{ts,mts}',
      '*.config.{ts,mts}',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ ...electronOnlyInShell, allowTypeImports: true }],
          patterns: deepRelativeImports,
        },
      ],
    },
  },
);

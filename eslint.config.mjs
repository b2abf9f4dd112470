import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const electronOnlyInShell = {
  name: 'electron',
  message:
    'Only src/main/index.ts, ipc.ts, security.ts and src/preload import electron; pass what you need in through ports.',
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
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: [electronOnlyInShell], patterns: ['**/main/**', '**/preload/**', 'node:*'] },
      ],
    },
  },
  {
    // Shared code runs in every process: no electron, no DOM frameworks, no Node built-ins.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, 'react', 'dexie', 'zustand'],
          patterns: ['node:*', '**/main/**', '**/renderer/**'],
        },
      ],
    },
  },
  {
    // Main-process logic stays plain Node so tests and the command line run it as it is.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/index.ts', 'src/main/ipc.ts', 'src/main/security.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ ...electronOnlyInShell, allowTypeImports: true }],
          patterns: ['**/renderer/**'],
        },
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
        { paths: [{ ...electronOnlyInShell, allowTypeImports: true }] },
      ],
    },
  },
);

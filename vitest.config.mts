import { defineConfig } from 'vitest/config';
import { pathAliases } from './path-aliases';

export default defineConfig({
  resolve: { alias: pathAliases(import.meta.dirname) },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/interop/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});

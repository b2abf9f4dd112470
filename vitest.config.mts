import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/interop/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const NAME = 'nhs-python-community-board-2021-06-21.md';

/**
 * The board's real meeting summary: the shared copy beside the repository when there is one, else the
 * copy kept in tests/fixtures, so the tests run in any clone.
 */
export const EXAMPLE_MINUTES_PATH =
  [
    resolve(__dirname, '../../../shared/examples', NAME),
    resolve(__dirname, '../fixtures/examples', NAME),
  ].find((path) => existsSync(path)) ?? resolve(__dirname, '../fixtures/examples', NAME);

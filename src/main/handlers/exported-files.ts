import { randomUUID } from 'node:crypto';
import type { ExportedFiles } from '../ports';

/** An in-memory register for this run of the app: tokens do not outlive the process. */
export function createExportedFiles(): ExportedFiles {
  const paths = new Map<string, string>();
  return {
    register: (path) => {
      const token = randomUUID();
      paths.set(token, path);
      return token;
    },
    resolve: (token) => paths.get(token),
  };
}

import { createHash } from 'node:crypto';

/** Hex SHA-256 of the bytes written, so the secretary can quote exactly which file was circulated. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

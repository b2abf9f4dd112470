import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS } from '@renderer/db/schema';

/**
 * The stores of every version that has shipped, as it shipped. A shipped version is never edited:
 * if this test fails, put the old entry back and add a new version with an upgrade instead.
 */
const SHIPPED: Record<number, Record<string, string | null>> = {
  1: { boards: 'id, name', members: 'id, boardId, [boardId+fullName]' },
  2: {
    meetings: 'id, boardId, [boardId+date]',
    agendaItems: 'id, meetingId, [meetingId+position]',
    attendance: 'id, meetingId, memberId',
    declarations: 'id, meetingId',
    decisions: 'id, meetingId, itemId',
    actions: 'id, boardId, meetingId, itemId, status',
  },
  3: { exports: 'id, meetingId' },
  4: {
    approvals: 'id, meetingId',
    auditTrail: 'id, meetingId',
    signatures: 'id, meetingId, fileSha256',
    meetingVersions: 'id, meetingId',
  },
  5: {
    searchIndex: 'key',
    meetings: 'id, boardId, [boardId+date], updatedAt',
    agendaItems: 'id, meetingId, [meetingId+position], updatedAt',
    attendance: 'id, meetingId, memberId, updatedAt',
    decisions: 'id, meetingId, itemId, createdAt',
    actions: 'id, boardId, meetingId, itemId, status, updatedAt',
  },
  6: { minutes: 'meetingId, boardId, updatedAt' },
  7: {
    agendaItems: null,
    attendance: null,
    declarations: null,
    decisions: null,
    actions: null,
  },
  8: {
    interests: 'id, boardId, memberId, updatedAt',
    interestConfirmations: 'id, boardId, memberId',
  },
};

describe('database schema', () => {
  it('lists versions in increasing order', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(LATEST_SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('leaves every shipped version exactly as it shipped', () => {
    for (const [version, stores] of Object.entries(SHIPPED)) {
      expect(SCHEMA_VERSIONS.find((entry) => entry.version === Number(version))?.stores).toEqual(
        stores,
      );
    }
  });

  it('has a migration test for every version', () => {
    for (const { version } of SCHEMA_VERSIONS) {
      expect(
        existsSync(join(__dirname, `migration-v${version}.test.ts`)),
        `migration-v${version}.test.ts`,
      ).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { countTables, emptyTables, type MergePlan } from '@shared/backup';
import { describeRestore } from '@renderer/features/backups/restore-report';

function planKeeping(meetingsAlreadyHere: number): MergePlan {
  const add = emptyTables();
  return { add, added: countTables(add), meetingsAlreadyHere, boardsMatched: 1, membersMatched: 0 };
}

describe('what a restore did, in words', () => {
  it('says one meeting in the singular, never "meeting(s)"', () => {
    expect(describeRestore('june.minutebook', planKeeping(1))).toMatch(
      / 1 meeting already here was kept as it was\.$/,
    );
    expect(describeRestore('june.minutebook', planKeeping(2))).toMatch(
      / 2 meetings already here were kept as they were\.$/,
    );
    expect(describeRestore('june.minutebook', planKeeping(0))).not.toContain('already here');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MEETING_FILE_FORMAT, meetingFileSchema } from '@shared/model';
import { readMeetingFile } from '@shared/model/read-meeting-file';

const docs = readFileSync(join(__dirname, '../../../docs/meeting-file.md'), 'utf8');

describe('docs/meeting-file.md', () => {
  it('gives an example that is a valid meeting file', () => {
    const examples = [...docs.matchAll(/```json\n([\s\S]*?)```/g)]
      .map(([, json]) => json ?? '')
      .filter((json) => json.includes('"board"'));
    expect(examples).toHaveLength(1);
    const result = readMeetingFile(examples[0] ?? '');
    expect(result.ok ? '' : result.message).toBe('');
  });

  it('describes every field of the meeting and of its parts', () => {
    const fields = [
      ...Object.keys(meetingFileSchema.shape),
      ...Object.keys(meetingFileSchema.shape.attendance.unwrap().element.shape),
      ...Object.keys(meetingFileSchema.shape.items.unwrap().element.shape),
      ...Object.keys(meetingFileSchema.shape.actionLog.unwrap().element.shape),
      ...Object.keys(meetingFileSchema.shape.declarations.unwrap().element.shape),
    ];
    for (const field of fields) expect(docs).toContain(`| \`${field}\``);
    expect(docs).toContain(MEETING_FILE_FORMAT);
  });
});

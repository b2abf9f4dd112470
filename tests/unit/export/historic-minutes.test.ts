import { describe, expect, it } from 'vitest';
import { buildMeetingDocument } from '@main/export/build-document';
import { packDocx } from '@main/export/pack';
import type { MeetingFile, MeetingStatus } from '@shared/model';
import { openDocx } from '../../support/docx-reader';
import { exampleMeeting } from '../../support/example-meeting';

/** Past minutes imported as the board's record, as the importer saves them. */
function imported(status: MeetingStatus): MeetingFile {
  return {
    ...exampleMeeting(),
    status,
    source: { kind: 'imported', fileName: 'minutes-2021-06-21.docx' },
  };
}

/**
 * Every part a reader sees: body, header, footer and properties. The styles part is left out: it
 * declares the "Draft Mark" style whether or not any text uses it.
 */
async function wholePackage(file: MeetingFile, layout: 'summary' | 'formal'): Promise<string> {
  const docx = await openDocx(
    await packDocx(buildMeetingDocument(file, { layout, audience: 'internal' })),
  );
  const names = Object.keys(docx.zip.files).filter(
    (name) => /\.(xml|rels)$/.test(name) && name !== 'word/styles.xml',
  );
  return (await Promise.all(names.map((name) => docx.part(name)))).join('\n');
}

describe.each(['summary', 'formal'] as const)('imported past minutes, %s layout', (layout) => {
  it('re-export without DRAFT anywhere when they were approved', async () => {
    const text = await wholePackage(imported('approved'), layout);
    expect(text).not.toMatch(/draft/i);
    expect(text).toContain('Approved');
  });

  it('still say DRAFT when they were never approved', async () => {
    const text = await wholePackage(imported('draft'), layout);
    expect(text).toContain('DRAFT – not yet approved');
    expect(text).toContain('Draft, not yet approved');
  });
});

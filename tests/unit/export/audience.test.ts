import { describe, expect, it } from 'vitest';
import { buildMeetingDocument, type DocxLayout } from '@main/export/build-document';
import { packDocx } from '@main/export/pack';
import type { MeetingFile } from '@shared/model';
import { openDocx } from '../../support/docx-reader';
import { meeting } from '../../support/example-meeting';

const withPrivateItem: MeetingFile = meeting({
  status: 'approved',
  attendance: [{ name: 'Zoë Núñez', organisation: 'Trust', status: 'present', chair: true }],
  declarations: [
    { name: 'Zoë Núñez', item: 2, interest: 'Partner works for the bidder' },
    { name: 'Zoë Núñez', interest: 'Trustee of a local charity' },
  ],
  items: [
    { number: 1, title: 'Public business', notes: 'Discussed in the open.' },
    {
      number: 2,
      title: 'Staffing changes',
      private: true,
      notes: 'Confidential discussion of named staff.',
      decisions: [{ text: 'Restructure agreed.' }],
      actions: [{ text: 'Consult the affected staff', owner: 'HR' }],
    },
    { number: 3, title: 'Finance report', notes: 'The £2m budget was noted.' },
  ],
});

async function texts(layout: DocxLayout, audience: 'internal' | 'public'): Promise<string[]> {
  const docx = await openDocx(
    await packDocx(buildMeetingDocument(withPrivateItem, { layout, audience })),
  );
  return docx.paragraphs.map((paragraph) => paragraph.text);
}

describe('the audience of an export', () => {
  for (const layout of ['summary', 'formal'] as const) {
    it(`leaves private items, their decisions, actions and declarations out of the public ${layout}`, async () => {
      const all = (await texts(layout, 'public')).join('\n');
      expect(all).not.toContain('Staffing changes');
      expect(all).not.toContain('Confidential discussion');
      expect(all).not.toContain('Restructure agreed');
      expect(all).not.toContain('Consult the affected staff');
      expect(all).not.toContain('Partner works for the bidder');
      expect(all).toContain('1.\tPublic business');
      expect(all).toContain('3.\tFinance report');
      expect(all).toContain('The £2m budget was noted.');
      expect(all).toContain(
        'This is the public version: one item taken in private is not included.',
      );
    });

    it(`keeps private items, marked as such, in the internal ${layout}`, async () => {
      const all = await texts(layout, 'internal');
      expect(all).toContain('2.\tStaffing changes');
      expect(all).toContain('Confidential discussion of named staff.');
      expect(all.some((text) => text.includes('Taken in private'))).toBe(true);
      expect(all.join('\n')).not.toContain('This is the public version');
    });
  }

  it('keeps declarations that concern no private item in the public minutes', async () => {
    expect(await texts('formal', 'public')).toContain('Zoë Núñez: Trustee of a local charity');
  });
});

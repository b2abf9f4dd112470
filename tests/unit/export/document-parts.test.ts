import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { buildMeetingDocument, type DocxExportOptions } from '@main/export/build-document';
import { packDocx } from '@main/export/pack';
import { MEETING_STATUSES, type MeetingFile } from '@shared/model';
import { headerAndFooterXml, openDocx, textOf, type OpenedDocx } from '../../support/docx-reader';
import { exampleMeeting } from '../../support/example-meeting';

async function exported(
  file: MeetingFile,
  options: DocxExportOptions = { layout: 'summary', audience: 'internal' },
): Promise<OpenedDocx> {
  return openDocx(await packDocx(buildMeetingDocument(file, options)));
}

function visibleText(xml: string): string {
  return textOf(
    new DOMParser().parseFromString(`<all>${xml.replace(/<\?xml[^>]*\?>/g, '')}</all>`, 'text/xml'),
  );
}

describe('page header and footer', () => {
  it('names the board and says the minutes are approved, with no DRAFT anywhere', async () => {
    for (const status of ['approved', 'signed'] as const) {
      const docx = await exported({ ...exampleMeeting(), status });
      const { header } = await headerAndFooterXml(docx);
      expect(visibleText(header)).toBe(
        `NHS Python Community Board\t${status === 'approved' ? 'Approved' : 'Approved and signed'}`,
      );
      expect(header).not.toMatch(/draft/i);
    }
  });

  it('marks every page of minutes not yet approved DRAFT, in words and as a watermark', async () => {
    const unapproved = MEETING_STATUSES.filter(
      (status) => status !== 'approved' && status !== 'signed' && status !== 'locked',
    );
    expect(unapproved).toEqual(['planned', 'in-progress', 'draft', 'circulated']);
    for (const layout of ['summary', 'formal'] as const) {
      for (const status of unapproved) {
        const docx = await exported(
          { ...exampleMeeting(), status },
          { layout, audience: 'internal' },
        );
        const { header } = await headerAndFooterXml(docx);
        expect(visibleText(header)).toMatch(/^NHS Python Community Board\tDRAFT – /);
        expect(header).toContain('<w:rStyle w:val="DraftMark"/>');
        expect(header).toMatch(/<v:textpath [^>]*string="DRAFT"/);
        // One section, one default header: it is on every page.
        const body = await docx.part('word/document.xml');
        expect(body.match(/<w:sectPr/g)).toHaveLength(1);
        expect(body).toMatch(/<w:headerReference w:type="default"/);
      }
    }
  });

  it('numbers the pages "Page X of Y" with Word fields', async () => {
    const { footer } = await headerAndFooterXml(await exported(exampleMeeting()));
    expect(visibleText(footer)).toBe('Page  of ');
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(footer.indexOf('>PAGE<')).toBeLessThan(footer.indexOf('>NUMPAGES<'));
  });

  it('says in the header when the copy is the public version', async () => {
    const { header } = await headerAndFooterXml(
      await exported(exampleMeeting(), { layout: 'summary', audience: 'public' }),
    );
    expect(visibleText(header)).toBe('NHS Python Community Board\tPublic version · Approved');
  });
});

describe('document properties', () => {
  it('gives the title, subject, author and creation time', async () => {
    const before = Date.now();
    const docx = await exported(exampleMeeting());
    const core = await docx.xml('docProps/core.xml');
    const field = (namespace: string, name: string) =>
      core.getElementsByTagNameNS(namespace, name)[0]?.textContent;
    const DC = 'http://purl.org/dc/elements/1.1/';
    const DCTERMS = 'http://purl.org/dc/terms/';
    expect(field(DC, 'title')).toBe('NHS Python Community Board: Meeting Summary, 21st June 2021');
    expect(field(DC, 'subject')).toBe('Meeting Summary of the meeting held on 21st June 2021');
    expect(field(DC, 'creator')).toBe('NHS Python Community Board secretariat');
    const created = Date.parse(field(DCTERMS, 'created') ?? '');
    expect(created).toBeGreaterThanOrEqual(before - 1000);
    expect(created).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('calls formal minutes Minutes', async () => {
    const docx = await exported(exampleMeeting(), { layout: 'formal', audience: 'internal' });
    expect(await docx.part('docProps/core.xml')).toContain(
      '<dc:title>NHS Python Community Board: Minutes, 21st June 2021</dc:title>',
    );
  });
});

describe('styles', () => {
  it('declares every style the text uses, once, with Word’s names for Word’s styles', async () => {
    for (const layout of ['summary', 'formal'] as const) {
      const docx = await exported(
        { ...exampleMeeting(), signatories: [{ name: 'Alex Cheung', role: 'Chair' }] },
        { layout, audience: 'internal' },
      );
      const styles = await docx.xml('word/styles.xml');
      const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
      const declared = Array.from(styles.getElementsByTagNameNS(W, 'style')).map((style) => ({
        id: style.getAttributeNS(W, 'styleId') ?? '',
        type: style.getAttributeNS(W, 'type') ?? '',
        name: style.getElementsByTagNameNS(W, 'name')[0]?.getAttributeNS(W, 'val') ?? '',
      }));
      const ids = declared.map((style) => style.id);
      expect(new Set(ids).size).toBe(ids.length);
      const byId = new Map(declared.map((style) => [style.id, style]));
      expect(byId.get('Title')?.name).toBe('Title');
      expect(byId.get('Heading1')?.name).toBe('heading 1');
      expect(byId.get('Heading2')?.name).toBe('heading 2');
      expect(byId.get('ListBullet')?.name).toBe('List Bullet');
      expect(byId.get('ListNumber')?.name).toBe('List Number');
      expect(byId.get('MinuteBookTable')?.type).toBe('table');

      const body = await docx.part('word/document.xml');
      const headerFooter = await headerAndFooterXml(docx);
      const used = [body, headerFooter.header, headerFooter.footer]
        .join('')
        .matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"\/>/g);
      for (const [, id] of used) expect(ids).toContain(id);
    }
  });

  it('puts no fonts, sizes, colours or spacing on the text itself', async () => {
    for (const layout of ['summary', 'formal'] as const) {
      const docx = await exported(exampleMeeting(), { layout, audience: 'internal' });
      const body = await docx.part('word/document.xml');
      expect(body).not.toMatch(/<w:(rFonts|sz|color|spacing|ind|jc|shd|highlight)\b/);
    }
  });
});

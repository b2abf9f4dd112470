import { describe, expect, it } from 'vitest';
import { attendanceRecordCsv } from '@main/export/attendance-csv';
import { buildAttendanceRecordDocument } from '@main/export/attendance-record-document';
import { packDocx } from '@main/export/pack';
import { contentWidth } from '@main/export/records-document';
import { formatShortDate, type BoardAttendanceRecord } from '@shared/model';
import { headerAndFooterXml, openDocx } from '../../support/docx-reader';
import { aYearOfAttendance } from './fixture';

describe('the attendance record in Word', () => {
  it('gives each member’s attendance in words, the matrix with its key, the cancelled meeting and the guests', async () => {
    const docx = await openDocx(await packDocx(buildAttendanceRecordDocument(aYearOfAttendance())));
    const outside = docx.paragraphs.filter((paragraph) => !paragraph.inTable);
    expect(outside.slice(0, 2)).toEqual([
      expect.objectContaining({ style: 'Title', text: 'NHS Python Community Board' }),
      expect.objectContaining({
        style: 'Subtitle',
        text: 'Attendance record | 1st January 2025 to 31st December 2025',
      }),
    ]);
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain(
      'The meeting planned for 21st July 2025 did not take place and is not counted.',
    );
    const body = await docx.xml('word/document.xml');
    const tables = Array.from(body.getElementsByTagName('w:tbl'));
    expect(tables).toHaveLength(2);
    const rows = (table: Element) =>
      Array.from(table.getElementsByTagName('w:tr')).map((row) =>
        Array.from(row.getElementsByTagName('w:tc')).map((cell) => cell.textContent ?? ''),
      );
    const [summary, matrix] = tables.map((table) => rows(table as unknown as Element));
    expect(summary?.[0]).toEqual(['Member', 'Role', 'Organisation', 'Attended', 'Share']);
    expect(summary).toContainEqual(['Alex Cheung', 'Chair', 'NHSX', '2 of 3 meetings', '67%']);
    expect(summary).toContainEqual(['Sam Lee', 'Member', 'NHS Digital', '1 of 2 meetings', '50%']);
    expect(matrix?.[0]).toEqual([
      'Member',
      '20 Jan 2025',
      '21 Apr 2025',
      '20 Oct 2025',
      'Attended',
      'Share',
    ]);
    expect(matrix).toContainEqual(['Alex Cheung', '✓', 'L', 'X', '2 of 3', '67%']);
    expect(matrix).toContainEqual(['Sam Lee', 'A', '✓', '–', '1 of 2', '50%']);
    // The header row repeats on every page, and uses the house table style.
    expect(body.getElementsByTagName('w:tblHeader').length).toBeGreaterThanOrEqual(2);
    const styles = Array.from(body.getElementsByTagName('w:tblStyle')).map((style) =>
      style.getAttribute('w:val'),
    );
    expect(styles).toEqual(['MinuteBookTable', 'MinuteBookTable']);
    expect(texts.find((text) => text.startsWith('Key:'))).toBe(
      'Key: ✓ present; L present, arrived late; A apologies; X absent; – not in office.',
    );
    expect(outside).toContainEqual(
      expect.objectContaining({
        style: 'ListBullet',
        text: 'Pat Guest – NHS England, Observer: 20th October 2025',
      }),
    );
    const { header, footer } = await headerAndFooterXml(docx);
    expect(header).toContain('Attendance record');
    expect(footer).toContain('PAGE');
  });

  it('puts a matrix of more than six meetings on landscape pages', async () => {
    const record = aYearOfAttendance();
    const many = Array.from({ length: 10 }, (_, index) => ({
      id: `x${index}`,
      date: `2025-0${Math.min(9, index + 1)}-0${(index % 9) + 1}`,
      title: 'Meeting Summary',
    }));
    const wide = {
      ...record,
      meetings: many,
      rows: record.rows.map((row) => ({ ...row, marks: many.map(() => 'present' as const) })),
    };
    const docx = await openDocx(await packDocx(buildAttendanceRecordDocument(wide)));
    const sections = Array.from(
      (await docx.xml('word/document.xml')).getElementsByTagName('w:pgSz'),
    ).map((size) => size.getAttribute('w:orient'));
    expect(sections).toEqual(['portrait', 'landscape']);
    // The landscape header's right-hand words sit at the landscape margin, not mid-page.
    const { header } = await headerAndFooterXml(docx);
    expect(header).toMatch(/<w:tab w:val="clear" w:pos="9638"\/>/);
    expect(header).toMatch(/<w:tab w:val="right" w:pos="14570"\/>/);
  });

  it('splits the matrix of a long period into tables of a year’s meetings, each inside the page', async () => {
    const dates = Array.from({ length: 20 }, (_, index) => {
      const month = index % 12;
      return `${2024 + Math.floor(index / 12)}-${String(month + 1).padStart(2, '0')}-15`;
    });
    const record: BoardAttendanceRecord = {
      board: 'NHS Python Community Board',
      from: '2024-01-01',
      to: '2025-12-31',
      meetings: dates.map((date) => ({ id: date, date, title: 'Board meeting' })),
      cancelled: [],
      rows: [
        {
          key: 'alex',
          name: 'Alex Cheung',
          role: 'Chair',
          organisation: 'NHSX',
          memberIds: ['alex'],
          terms: [{ start: '2024-01-01', end: '' }],
          marks: dates.map((_, index) => (index === 19 ? 'apologies' : 'present')),
          totals: {
            eligible: 20,
            attended: 19,
            late: 0,
            leftEarly: 0,
            apologies: 1,
            absent: 0,
            notRecorded: 0,
          },
          percentage: 95,
        },
      ],
      guests: [],
    };
    const docx = await openDocx(await packDocx(buildAttendanceRecordDocument(record)));
    const body = await docx.xml('word/document.xml');
    const tables = Array.from(body.getElementsByTagName('w:tbl')).slice(1);
    expect(tables).toHaveLength(2);
    const cells = (table: Element, row: number) =>
      Array.from(
        Array.from(table.getElementsByTagName('w:tr'))[row]?.getElementsByTagName('w:tc') ?? [],
      ).map((cell) => cell.textContent ?? '');
    const [first, second] = tables as unknown as Element[];
    if (first === undefined || second === undefined) throw new Error('two tables');
    expect(cells(first, 0)).toEqual([
      'Member',
      ...dates.slice(0, 12).map((date) => formatShortDate(date)),
    ]);
    expect(cells(second, 0)).toEqual([
      'Member',
      ...dates.slice(12).map((date) => formatShortDate(date)),
      'Attended',
      'Share',
    ]);
    expect(cells(second, 1)).toEqual([
      'Alex Cheung',
      ...Array(7).fill('✓'),
      'A',
      '19 of 20',
      '95%',
    ]);
    for (const table of [first, second]) {
      const width = Number(table.getElementsByTagName('w:tblW')[0]?.getAttribute('w:w'));
      expect(width).toBeLessThanOrEqual(contentWidth('landscape'));
    }
    const texts = docx.paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toContain('Meetings from 15th January 2024 to 15th December 2024');
    expect(texts).toContain('Meetings from 15th January 2025 to 15th August 2025');
  });
});

describe('the attendance record as CSV', () => {
  it('has a column per meeting held, the totals, guests after members, and no cell a spreadsheet would run', () => {
    const csv = attendanceRecordCsv(aYearOfAttendance());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Member,Role,Organisation,2025-01-20,2025-04-21,2025-10-20,Attended,Meetings while in office,Share (%),Apologies,Absent,Arrived late,Left early,Not recorded',
    );
    expect(lines).toContain(
      'Alex Cheung,Chair,NHSX,Present,"Present, arrived late",Absent,2,3,67,0,1,1,0,0',
    );
    expect(lines).toContain(
      `"'=Jo, ""the"" Bloggs",Member,NHSX,Not in office,Not in office,Present,1,1,100,0,0,0,0,0`,
    );
    expect(lines).toContain('Pat Guest,Guest (Observer),NHS England,,,In attendance,1');
    expect(lines.at(-1)).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { importFile } from '@main/import/import-files';
import { corpusFiles } from './corpus-facts';

/**
 * Minutes of committees the app had never seen, in the formats they use (Markdown, plain text,
 * Word made with the docx library and with LibreOffice): every fact written down for each file
 * must come out of the import.
 */
const files = corpusFiles();

describe('the import corpus', () => {
  it('holds at least twenty files of minutes in Markdown, text and Word', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    for (const extension of ['.md', '.txt', '.docx']) {
      expect(files.some(({ file }) => file.endsWith(extension))).toBe(true);
    }
  });
});

describe.each(files)('$file', ({ path, facts }) => {
  it('imports, with the header the file gives', async () => {
    const { meeting, error } = await importFile(path);
    expect(error).toBeUndefined();
    expect(meeting).toMatchObject({
      board: facts.board,
      date: facts.date,
      title: facts.title,
      visibility: facts.visibility ?? 'public',
      ...(facts.location !== undefined ? { location: facts.location } : {}),
      ...(facts.startTime !== undefined ? { startTime: facts.startTime } : {}),
      ...(facts.endTime !== undefined ? { endTime: facts.endTime } : {}),
      ...(facts.nextMeetingDate !== undefined ? { nextMeetingDate: facts.nextMeetingDate } : {}),
    });
  });

  it('puts every person in the right place, with the Chair, notes and items attended', async () => {
    const { meeting } = await importFile(path);
    const people = meeting?.attendance ?? [];
    expect(people.map((person) => person.name)).toEqual(facts.people.map((person) => person.name));
    facts.people.forEach((expected, index) => {
      const person = people[index];
      expect(person?.status, expected.name).toBe(expected.status);
      expect(person?.chair, `${expected.name} chaired`).toBe(expected.chair ?? false);
      if (expected.title !== undefined) expect(person?.title, expected.name).toBe(expected.title);
      if (expected.note !== undefined) expect(person?.note, expected.name).toBe(expected.note);
      if (expected.role !== undefined) expect(person?.role, expected.name).toBe(expected.role);
      expect(person?.items, expected.name).toEqual(expected.items ?? []);
    });
  });

  it('reads every item with its reference and privacy', async () => {
    const { meeting } = await importFile(path);
    expect(
      meeting?.items.map((item) => ({
        title: item.title,
        reference: item.reference,
        private: item.private,
      })),
    ).toEqual(
      facts.items.map((item) => ({
        title: item.title,
        reference: item.reference ?? '',
        private: item.private ?? false,
      })),
    );
  });

  it('records every decision, and every action with its owner and due date', async () => {
    const { meeting } = await importFile(path);
    const items = meeting?.items ?? [];
    const decisions = items.flatMap((item, index) =>
      item.decisions.map((decision) => ({ item: index + 1, text: decision.text })),
    );
    expect(decisions).toEqual(facts.decisions);
    const actions = items.flatMap((item, index) =>
      item.actions.map((action) => ({ item: index + 1, ...action })),
    );
    expect(actions).toHaveLength(facts.actions.length);
    facts.actions.forEach((expected, index) => {
      const action = actions[index];
      expect(action?.item, expected.text).toBe(expected.item);
      expect(action?.text, expected.text).toContain(expected.text);
      expect(action?.owner, expected.text).toBe(expected.owner);
      expect(action?.due, expected.text).toBe(expected.due);
      expect(action?.status, expected.text).toBe(expected.status ?? 'open');
    });
  });
});

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * The facts a correct import must recover from each file of the corpus in
 * tests/fixtures/import-corpus/, written by hand from what the file says (a `<file>.facts.json`
 * beside each file of minutes).
 */
export const CORPUS_FOLDER = join(__dirname, '../../fixtures/import-corpus');

const personFacts = z.object({
  name: z.string(),
  title: z.string().optional(),
  status: z.enum(['present', 'apologies', 'absent', 'in-attendance']),
  chair: z.boolean().optional(),
  note: z.string().optional(),
  items: z.array(z.number()).optional(),
  role: z.string().optional(),
});

export const corpusFactsSchema = z
  .object({
    board: z.string(),
    date: z.string(),
    title: z.string(),
    visibility: z.enum(['public', 'private']).optional(),
    location: z.string().optional(),
    startTime: z.string().optional(),
    endTime: z.string().optional(),
    nextMeetingDate: z.string().optional(),
    people: z.array(personFacts),
    items: z.array(
      z.object({
        title: z.string(),
        reference: z.string().optional(),
        private: z.boolean().optional(),
      }),
    ),
    decisions: z.array(z.object({ item: z.number(), text: z.string() })),
    actions: z.array(
      z.object({
        item: z.number(),
        text: z.string(),
        owner: z.string(),
        due: z.string(),
        status: z.string().optional(),
      }),
    ),
    /** The date of the earlier meeting whose minutes this one approved, if it says. */
    approves: z.string().optional(),
  })
  .strict();

export type CorpusFacts = z.infer<typeof corpusFactsSchema>;

export interface CorpusFile {
  file: string;
  path: string;
  facts: CorpusFacts;
}

export function corpusFiles(): CorpusFile[] {
  const names = readdirSync(CORPUS_FOLDER);
  return names
    .filter((name) => /\.(md|txt|docx)$/.test(name))
    .sort()
    .map((file) => {
      const factsName = `${file.replace(/\.(md|txt|docx)$/, '')}.facts.json`;
      if (!names.includes(factsName)) throw new Error(`${file} has no ${factsName}`);
      const facts = corpusFactsSchema.parse(
        JSON.parse(readFileSync(join(CORPUS_FOLDER, factsName), 'utf8')),
      );
      return { file, path: join(CORPUS_FOLDER, file), facts };
    });
}

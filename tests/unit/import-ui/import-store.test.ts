import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MinuteBookDatabase } from '@renderer/db/database';
import { createImportStore, READ_AHEAD, READ_BATCH } from '@renderer/stores/import-store';
import type { ImportedFile } from '@shared/ipc/import-schemas';
import { meeting } from '../../support/example-meeting';
import { freshDatabase } from '../db/migration-harness';

/** A main process holding `total` files, which answers each batch, in order, when the test lets it. */
function fakeMain(total: number) {
  const closed: string[] = [];
  const reads: number[] = [];
  const answers: (() => void)[] = [];
  const file = (index: number): ImportedFile =>
    index % 2 === 0
      ? {
          index,
          fileName: `m-${index}.md`,
          displayName: `m-${index}.md`,
          meeting: meeting({
            board: 'Audit Committee',
            date: `2024-01-${String((index % 28) + 1).padStart(2, '0')}`,
          }),
          warnings: [],
        }
      : {
          index,
          fileName: `m-${index}.md`,
          displayName: `m-${index}.md`,
          error: 'the file is empty',
          warnings: [],
        };
  return {
    closed,
    reads,
    next: () => answers.shift()?.(),
    deps: {
      chooseSources: () =>
        Promise.resolve({ status: 'chosen' as const, token: 't', total, label: 'old' }),
      readBatch: (_token: string, from: number, count: number) => {
        reads.push(from);
        return new Promise<{ files: ImportedFile[] }>((resolve) => {
          answers.push(() =>
            resolve({
              files: Array.from({ length: Math.min(count, total - from) }, (_, at) =>
                file(from + at),
              ),
            }),
          );
        });
      },
      closeImport: (token: string) => {
        closed.push(token);
        return Promise.resolve();
      },
      boards: () => [],
      afterSave: () => Promise.resolve(),
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Where the batches asked for at the start begin: READ_AHEAD of them, or all there are. */
const firstBatches = (total: number) =>
  Array.from(
    { length: Math.min(READ_AHEAD, Math.ceil(total / READ_BATCH)) },
    (_, at) => at * READ_BATCH,
  );

describe('the import store', () => {
  let db: MinuteBookDatabase;
  beforeEach(() => {
    db = freshDatabase();
  });
  afterEach(() => db.close());

  it('reads in batches with progress, then shows the preview and lets go of the files', async () => {
    const main = fakeMain(READ_BATCH + 10);
    const store = createImportStore({ db, ...main.deps });
    store.getState().reset();
    const reading = store.getState().choose('folder');
    await settle();
    expect(store.getState()).toMatchObject({ phase: 'reading', read: 0, total: READ_BATCH + 10 });
    // The second batch was asked for before the first arrived, so the main process can read it
    // while the first crosses to the page.
    expect(main.reads).toEqual([0, READ_BATCH]);
    main.next();
    await settle();
    expect(store.getState().read).toBe(READ_BATCH);
    main.next();
    await reading;
    expect(main.reads).toEqual([0, READ_BATCH]);
    expect(store.getState().phase).toBe('preview');
    expect(store.getState().entries.filter((entry) => entry.include)).toHaveLength(55);
    expect(main.closed).toEqual(['t']);
  });

  it('stops reading when cancelled, saves nothing and says so', async () => {
    const main = fakeMain(READ_BATCH * (READ_AHEAD + 2));
    const store = createImportStore({ db, ...main.deps });
    store.getState().reset();
    const reading = store.getState().choose('folder');
    await settle();
    store.getState().cancel();
    main.next();
    await reading;
    // Nothing more is asked for once cancelled.
    expect(main.reads).toEqual(firstBatches(READ_BATCH * (READ_AHEAD + 2)));
    expect(store.getState()).toMatchObject({
      phase: 'choosing',
      notice: { error: false, text: 'Import cancelled. Nothing was saved.' },
    });
    expect(main.closed).toEqual(['t']);
    expect(await db.meetings.count()).toBe(0);
  });

  it('says why reading failed, and lets go of the batches still on their way', async () => {
    const main = fakeMain(READ_BATCH * 3);
    const store = createImportStore({
      db,
      ...main.deps,
      // Every batch fails: the second, asked for before the first failed, must not go unhandled.
      readBatch: (_token, from) => {
        main.reads.push(from);
        return Promise.reject(new Error('The disk was removed.'));
      },
    });
    store.getState().reset();
    await store.getState().choose('folder');
    await settle();
    expect(main.reads).toEqual(firstBatches(READ_BATCH * 3));
    expect(store.getState()).toMatchObject({
      phase: 'choosing',
      entries: [],
      notice: { error: true, text: 'The disk was removed.' },
    });
    expect(main.closed).toEqual(['t']);
  });

  it('saves the ticked meetings and reports the files it could not read', async () => {
    const main = fakeMain(4);
    const search = { events: [] as string[] };
    const store = createImportStore({
      db,
      ...main.deps,
      holdSearchUpdates: () => {
        search.events.push('held');
        return () => search.events.push('released');
      },
    });
    store.getState().reset();
    const reading = store.getState().choose('files');
    await settle();
    main.next();
    await reading;
    store.getState().setIncluded(2, false);
    await store.getState().save();
    // The search was kept from re-indexing while saving, and let go once done.
    expect(search.events).toEqual(['held', 'released']);
    expect(store.getState().phase).toBe('done');
    expect(store.getState().outcome).toMatchObject({
      saved: 1,
      failed: [
        { displayName: 'm-1.md', error: 'the file is empty' },
        { displayName: 'm-3.md', error: 'the file is empty' },
      ],
    });
    expect((await db.meetings.toArray()).map((each) => each.source?.fileName)).toEqual(['m-0.md']);
  });
});

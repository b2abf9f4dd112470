/**
 * Runs in the page: stores records straight into the app's IndexedDB tables, one transaction per
 * call. Plain IndexedDB, since the page exposes no Dexie.
 */
export async function putRecordsInPage(tables: Record<string, unknown[]>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('minute-book');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(new Error('The app database did not open'));
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(Object.keys(tables), 'readwrite');
      for (const [name, records] of Object.entries(tables)) {
        const store = transaction.objectStore(name);
        for (const record of records) store.put(record);
      }
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(new Error('Seeding the app database failed'));
    });
  } finally {
    db.close();
  }
}

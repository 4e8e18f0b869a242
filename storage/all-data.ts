import { database } from './db';

/**
 * 「すべてのデータを削除」: every table of the extension's database, in one transaction — so
 * a table added by a later version is cleared too, and a failure leaves everything as it was.
 */
export async function deleteAllData(): Promise<void> {
  const db = await database();
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

import type { Page } from 'playwright-core';

/**
 * Fills the extension's IndexedDB (through one of its pages) with many captures and history
 * rows, shaped as storage/schema.ts stores them, and times the newest-first reads the UI makes.
 */
export async function seedStorage(extensionPage: Page, counts: { captures: number; history: number }): Promise<void> {
  await extensionPage.evaluate(async ({ captures, history }) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('support-ticket-helper');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const now = Date.now();
    // 20 KB per image: the rows' size, not the pixels, is what the reads pay for.
    const image = new Blob([new Uint8Array(20 * 1024).map((_, i) => i % 251)], { type: 'image/png' });
    const body = 'Boxへのシングルサインオンで「SAML Response が無効です」と表示されます。\n'.repeat(12);
    const tx = db.transaction(['captures', 'history'], 'readwrite');
    for (let i = 0; i < captures; i++) {
      // Within the last hours, so retention leaves them alone.
      const createdAt = new Date(now - (captures - i) * 10_000).toISOString();
      tx.objectStore('captures').put({
        id: `bench-${i}`,
        createdAt,
        pageUrl: `https://example.jp/page/${i}`,
        title: `エラー画面 ${i}`,
        image,
        mimeType: 'image/png',
        width: 1280,
        height: 800,
        bytes: image.size,
        stamped: true,
        redacted: false,
      });
    }
    for (let i = 0; i < history; i++) {
      tx.objectStore('history').add({
        at: new Date(now - (history - i) * 60_000).toISOString(),
        formId: 'pentio-request',
        action: 'copy',
        targetUrl: 'https://support.onelogin.jp/hc/ja/requests/new',
        subject: `件名 ${i}`,
        text: body,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, counts);
}

/** ms to read the newest `limit` rows of a table through its time index, as Dexie's orderBy().reverse().limit() does. */
export function timeNewest(extensionPage: Page, store: 'captures' | 'history', limit: number): Promise<number> {
  return extensionPage.evaluate(
    ({ store, limit }) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        const open = indexedDB.open('support-ticket-helper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const rows: unknown[] = [];
          const cursor = open.result
            .transaction(store)
            .objectStore(store)
            .index(store === 'captures' ? 'createdAt' : 'at')
            .openCursor(null, 'prev');
          cursor.onerror = () => reject(cursor.error);
          cursor.onsuccess = () => {
            if (cursor.result && rows.length < limit) {
              rows.push(cursor.result.value);
              cursor.result.continue();
              return;
            }
            open.result.close();
            if (rows.length < limit) reject(new Error(`only ${rows.length} ${store} rows`));
            else resolve(performance.now() - start);
          };
        };
      }),
    { store, limit },
  );
}

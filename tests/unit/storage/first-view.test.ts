import { describe, expect, it } from 'vitest';
import { DATABASE_NAME, database, openDatabase } from '@/storage/db';
import { saveDraft } from '@/storage/drafts';
import { readFirstView } from '@/storage/first-view';
import { capturesOfIncident, currentIncident, draftsOfIncident, startIncident } from '@/storage/incidents';
import { listProfiles, saveProfile } from '@/storage/profiles';
import type { CaptureRow } from '@/storage/schema';
import { setSetting } from '@/storage/settings';
import { fujitsuProfile, iijProfile } from './sample-profiles';

const capture = (id: string, createdAt: string, incidentId: string): CaptureRow => ({
  id,
  createdAt,
  pageUrl: 'https://app.example.jp/login',
  title: 'ログインエラー',
  mimeType: 'image/png',
  width: 1,
  height: 1,
  bytes: 1,
  stamped: true,
  redacted: false,
  image: new Blob(['x']),
  incidentId,
});

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

describe('the popup’s first read, without Dexie', () => {
  it('on a fresh install answers nothing and creates nothing: Dexie then creates the database', async () => {
    expect(await readFirstView()).toBeUndefined();
    expect((await indexedDB.databases()).map((db) => db.name)).not.toContain(DATABASE_NAME);
    const db = await database();
    await db.open();
    expect(db.tables.map((table) => table.name)).toContain('incidents');
  });

  it('reads what the Dexie queries read: the current incident, its drafts and captures, the profiles, the first-run setting', async () => {
    await saveProfile({ ...iijProfile, name: 'Z 情報システム部' });
    await saveProfile({ ...fujitsuProfile, name: 'A 基盤チーム' });
    const earlier = await startIncident();
    const incident = await startIncident({ occurredAt: '2026-11-22T01:15:00.000Z', selectionText: 'AADSTS50105' });
    await saveDraft({ formId: 'pentio-request', incidentId: incident.id, values: { subject: 'b' }, captureIds: [] });
    await saveDraft({ formId: 'iij-login-inquiry', incidentId: incident.id, values: { subject: 'a' }, captureIds: [] });
    await saveDraft({ formId: 'iij-login-inquiry', incidentId: earlier.id, values: {}, captureIds: [] });
    const db = await database();
    await db.captures.bulkAdd([
      capture('late', '2026-11-22T01:20:00.000Z', incident.id),
      capture('early', '2026-11-22T01:15:00.000Z', incident.id),
      capture('other', '2026-11-22T01:00:00.000Z', earlier.id),
    ]);
    await setSetting('firstRun.dismissed', true);

    const read = await readFirstView();
    expect(read?.incident).toEqual(await currentIncident());
    expect(read?.drafts).toEqual(await draftsOfIncident(incident.id));
    expect(read?.drafts.map((d) => d.formId)).toEqual(['iij-login-inquiry', 'pentio-request']);
    expect(ids(read?.captures ?? [])).toEqual(ids(await capturesOfIncident(incident.id)));
    expect(ids(read?.captures ?? [])).toEqual(['early', 'late']);
    expect(read?.profiles).toEqual(await listProfiles());
    expect(read?.profiles.map((p) => p.name)).toEqual(['A 基盤チーム', 'Z 情報システム部']);
    expect(read?.firstRunDismissed).toBe(true);
  });

  it('leaves the incident to Dexie when none is current, and reads a setting of another type as its default', async () => {
    const db = await database();
    await db.settings.put({ key: 'firstRun.dismissed', value: 'yes' });
    const read = await readFirstView();
    expect(read).toEqual({ incident: undefined, drafts: [], captures: [], profiles: [], firstRunDismissed: false });
  });

  it('answers nothing for a database at an older version: Dexie must upgrade it first', async () => {
    const old = await openDatabase(DATABASE_NAME, 5);
    await old.open();
    old.close();
    expect(await readFirstView()).toBeUndefined();
  });
});

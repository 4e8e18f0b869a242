import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/storage/db';
import { schemaVersions } from '@/storage/schema';

/**
 * The migration pattern: for every schema version N, rows written by a database opened at N
 * are all still there, unchanged, after the same database is opened at the newest version.
 * A new version (new table, new index, upgrade function) is covered by adding nothing here.
 */
const sampleRows: Record<string, unknown[]> = {
  profiles: [
    {
      id: 'p1',
      vendor: 'fujitsu',
      name: '富士通',
      serviceAdminId: '53175710',
      registeredEmail: 'a@example.jp',
      ccEmails: [],
      supportDeskEmail: 'sd@example.com',
      isDefault: true,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    },
  ],
  drafts: [
    {
      id: 'iij-login-inquiry',
      formId: 'iij-login-inquiry',
      values: { inquiry: 'ログインできない' },
      captureIds: ['c1'],
      updatedAt: '2026-11-01T00:00:00.000Z',
    },
  ],
  captures: [
    {
      id: 'c1',
      createdAt: '2026-11-01T00:00:00.000Z',
      pageUrl: 'https://example.jp/',
      title: 't',
      image: 'blob-placeholder',
      mimeType: 'image/png',
      width: 1,
      height: 1,
      bytes: 1,
      stamped: true,
      redacted: false,
    },
  ],
  history: [{ id: 1, at: '2026-11-01T00:00:00.000Z', formId: 'iij-login-inquiry', action: 'copy', text: '本文' }],
  settings: [{ key: 'retentionDays', value: 30 }],
  incidents: [{ id: 'i1', startedAt: '2026-11-01T00:00:00.000Z', occurredAt: '2026-11-01T00:00:00.000Z' }],
  pageFields: [
    { page: 'https://help.iij.ad.jp/inquiry', field: 'body', selector: '#body', savedAt: '2026-11-01T00:00:00.000Z' },
  ],
  zendeskForms: [
    {
      origin: 'https://support.onelogin.jp',
      ticketFormId: '360001',
      form: {
        ticketForm: { id: '360001', name: '技術サポートリクエスト' },
        fields: [
          {
            name: 'request[custom_fields][1]',
            label: 'カテゴリ',
            kind: 'tagger',
            required: true,
            description: '',
            options: [{ label: 'その他', value: 'misc', path: ['その他'] }],
          },
        ],
      },
      learnedAt: '2026-11-01T00:00:00.000Z',
    },
  ],
  ssoTraces: [
    {
      id: 't1',
      startedAt: '2026-11-01T00:00:00.000Z',
      stoppedAt: '2026-11-01T00:01:00.000Z',
      origins: ['https://sp.example.co.jp/*'],
      events: [],
    },
  ],
};

const newest = schemaVersions.at(-1)!.version;

describe('database migrations', () => {
  for (const { version } of schemaVersions.slice(0, -1)) {
    it(`keeps every row written at version ${version} after opening at version ${newest}`, async () => {
      const name = `migration-${version}`;
      const old = await openDatabase(name, version);
      await old.open();
      const tables = old.tables.map((t) => t.name);
      for (const table of tables) await old.table(table).bulkAdd(sampleRows[table] ?? []);
      old.close();

      const current = await openDatabase(name);
      await current.open();
      expect(current.verno).toBe(newest);
      // Every field written is still there; an upgrade may add fields (the v5 incident link).
      for (const table of tables) expect(await current.table(table).toArray()).toMatchObject(sampleRows[table]!);
      current.close();
    });
  }

  it('puts drafts and captures from before incidents into one incident of their own (version 5)', async () => {
    const old = await openDatabase('migration-incidents', 4);
    await old.open();
    await old.table('drafts').bulkAdd(sampleRows.drafts!);
    await old.table('captures').add({ ...(sampleRows.captures![0] as object), draftId: 'iij-login-inquiry' });
    old.close();

    const current = await openDatabase('migration-incidents');
    await current.open();
    const [incident] = await current.incidents.toArray();
    const [draft] = await current.drafts.toArray();
    const [capture] = await current.captures.toArray();
    expect(draft).toMatchObject({ id: 'iij-login-inquiry', incidentId: incident!.id, captureIds: ['c1'] });
    expect(capture).toMatchObject({ id: 'c1', incidentId: incident!.id });
    expect(capture).not.toHaveProperty('draftId');
    expect(incident).not.toHaveProperty('occurredAt'); // nobody knows when those happened
    current.close();
  });

  it('links earlier history rows to the incident they were made in, without inventing an answer (version 6)', async () => {
    const old = await openDatabase('migration-history', 5);
    await old.open();
    await old.table('incidents').bulkAdd([
      { id: 'first', startedAt: '2026-11-01T00:00:00.000Z' },
      { id: 'second', startedAt: '2026-11-10T00:00:00.000Z' },
    ]);
    await old.table('drafts').bulkAdd([
      { id: 'd1', formId: 'iij-login-inquiry', incidentId: 'first', values: {}, captureIds: [], updatedAt: '' },
      { id: 'd2', formId: 'pentio-request', incidentId: 'second', values: {}, captureIds: [], updatedAt: '' },
    ]);
    await old.table('history').bulkAdd([
      // After the second incident started, but that incident has no IIJ draft: the first one's.
      { id: 1, at: '2026-11-12T00:00:00.000Z', formId: 'iij-login-inquiry', action: 'fill', text: 'a' },
      { id: 2, at: '2026-11-12T00:00:00.000Z', formId: 'pentio-request', action: 'fill', text: 'b' },
      // Before any incident of its form: stays unlinked.
      { id: 3, at: '2026-10-01T00:00:00.000Z', formId: 'iij-login-inquiry', action: 'copy', text: 'c' },
    ]);
    old.close();

    const current = await openDatabase('migration-history');
    await current.open();
    const rows = await current.history.orderBy('id').toArray();
    expect(rows.map((r) => [r.id, r.incidentId])).toEqual([
      [1, 'first'],
      [2, 'second'],
      [3, undefined],
    ]);
    expect(rows.every((r) => r.status === undefined)).toBe(true);
    expect(await current.history.where('incidentId').equals('second').count()).toBe(1);
    current.close();
  });

  it('has sample rows for every table, so a new table cannot skip this test', async () => {
    const db = await openDatabase('tables-check');
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual(Object.keys(sampleRows).sort());
    db.close();
  });
});

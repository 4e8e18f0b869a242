import type { Dexie, EntityTable, Table } from 'dexie';
import {
  schemaVersions,
  type CaptureRow,
  type DraftRow,
  type HistoryRow,
  type IncidentRow,
  type PageFieldRow,
  type ProfileRow,
  type SettingRow,
  type ZendeskFormRow,
  type SsoTraceRow,
} from './schema';

export const DATABASE_NAME = 'support-ticket-helper';

export type Database = Dexie & {
  profiles: EntityTable<ProfileRow, 'id'>;
  incidents: EntityTable<IncidentRow, 'id'>;
  drafts: EntityTable<DraftRow, 'id'>;
  captures: EntityTable<CaptureRow, 'id'>;
  history: EntityTable<HistoryRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  pageFields: Table<PageFieldRow, [string, string]>;
  zendeskForms: Table<ZendeskFormRow, [string, string]>;
  ssoTraces: EntityTable<SsoTraceRow, 'id'>;
};

/**
 * Opens the database at its newest version, or at `upTo` (migration tests open older ones).
 * Dexie is its own chunk: a page loads it on its first use of the database, so the popup's first
 * view (storage/first-view.ts reads without it) does not wait for it.
 */
export async function openDatabase(name = DATABASE_NAME, upTo = Infinity): Promise<Database> {
  const { Dexie } = await import('dexie');
  const db = new Dexie(name) as Database;
  for (const { version, stores, upgrade } of schemaVersions) {
    if (version > upTo) break;
    const v = db.version(version).stores(stores);
    if (upgrade) v.upgrade(upgrade);
  }
  return db;
}

let loading: Promise<Database> | undefined;
let shared: Database | undefined;

/**
 * The one database of this extension context. Once loaded it answers with a Dexie promise: a
 * live query (storage/live.ts) awaiting it keeps observing what it reads after, where awaiting a
 * native promise would drop Dexie's zone and with it the query's updates.
 */
export function database(): Promise<Database> {
  if (shared) return (shared.constructor as typeof Dexie).Promise.resolve(shared);
  loading ??= openDatabase().then((db) => (shared = db));
  return loading;
}

/** Tests replace the shared database with a fresh one. */
export function useDatabaseForTests(db: Database): void {
  shared = db;
}

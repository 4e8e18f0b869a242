import Dexie, { type EntityTable } from 'dexie';
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
  pageFields: Dexie.Table<PageFieldRow, [string, string]>;
  zendeskForms: Dexie.Table<ZendeskFormRow, [string, string]>;
  ssoTraces: EntityTable<SsoTraceRow, 'id'>;
};

/** Opens the database at its newest version, or at `upTo` (migration tests open older ones). */
export function openDatabase(name = DATABASE_NAME, upTo = Infinity): Database {
  const db = new Dexie(name) as Database;
  for (const { version, stores, upgrade } of schemaVersions) {
    if (version > upTo) break;
    const v = db.version(version).stores(stores);
    if (upgrade) v.upgrade(upgrade);
  }
  return db;
}

let shared: Database | undefined;

/** The one database of this extension context. */
export function database(): Database {
  shared ??= openDatabase();
  return shared;
}

/** Tests replace the shared database with a fresh one. */
export function useDatabaseForTests(db: Database): void {
  shared = db;
}

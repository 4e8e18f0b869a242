import { DATABASE_NAME } from './db';
import { schemaVersions, type CaptureRow, type DraftRow, type IncidentRow, type ProfileRow } from './schema';

/** What the popup's first view shows from the database: the current incident with its drafts and captures, the user's profiles. */
export interface FirstViewRows {
  /** Undefined when no incident is current yet: starting one is a write, left to Dexie. */
  incident?: IncidentRow;
  /** The incident's drafts, newest first. */
  drafts: DraftRow[];
  /** The incident's captures, oldest first. */
  captures: CaptureRow[];
  /** The user's own profiles, by name. */
  profiles: ProfileRow[];
  firstRunDismissed: boolean;
}

// Dexie stores version n as IndexedDB version n × 10.
const DEXIE_VERSION = schemaVersions[schemaVersions.length - 1]!.version * 10;

const byName = (a: ProfileRow, b: ProfileRow) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * Reads the first view's rows with IndexedDB itself, in one read-only transaction: Dexie (its
 * code and its open) would cost the popup's first view more than the reads do. Answers undefined
 * (the caller then reads through Dexie) when there is no database yet, when it is at another
 * version than this code knows (Dexie upgrades it), or on any error. Writes nothing: opening a
 * database that does not exist is aborted rather than creating an empty one.
 */
export function readFirstView(): Promise<FirstViewRows | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DATABASE_NAME);
    } catch {
      return resolve(undefined);
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      if (db.version !== DEXIE_VERSION) {
        db.close();
        return resolve(undefined);
      }
      readRows(db)
        .then(resolve, () => resolve(undefined))
        .finally(() => db.close());
    };
  });
}

function readRows(db: IDBDatabase): Promise<FirstViewRows> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['settings', 'incidents', 'drafts', 'captures', 'profiles'], 'readonly');
    const rows: FirstViewRows = { drafts: [], captures: [], profiles: [], firstRunDismissed: false };
    const get = <T>(request: IDBRequest, then: (value: T) => void) => {
      request.onsuccess = () => then(request.result as T);
    };
    // The settings' own defaults (storage/setting-schemas.ts): a value of another type reads as the default.
    get<{ value?: unknown } | undefined>(tx.objectStore('settings').get('firstRun.dismissed'), (row) => {
      rows.firstRunDismissed = row?.value === true;
    });
    get<ProfileRow[]>(tx.objectStore('profiles').getAll(), (profiles) => {
      rows.profiles = profiles.sort(byName);
    });
    get<{ value?: unknown } | undefined>(tx.objectStore('settings').get('incident.current'), (row) => {
      const id = typeof row?.value === 'string' ? row.value : '';
      if (!id) return;
      get<IncidentRow | undefined>(tx.objectStore('incidents').get(id), (incident) => {
        rows.incident = incident;
      });
      get<DraftRow[]>(tx.objectStore('drafts').index('incidentId').getAll(id), (drafts) => {
        rows.drafts = drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      });
      get<CaptureRow[]>(tx.objectStore('captures').index('incidentId').getAll(id), (captures) => {
        rows.captures = captures.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      });
    });
    tx.oncomplete = () => resolve(rows);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

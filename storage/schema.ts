import type { Profile } from '@/schemas/profile';
import type { Environment } from '@/schemas/environment';
import type { CaptureSummary } from '@/schemas/capture';

/** Rows as stored. Shapes are validated by zod where they enter (forms, import, messages). */
export interface DraftRow {
  /** One draft per form: the form id. */
  id: string;
  formId: string;
  profileId?: string;
  values: Record<string, unknown>;
  captureIds: string[];
  /** The tab the draft was written for. */
  targetUrl?: string;
  updatedAt: string;
}

/** A capture as stored: what the pages see of it (CaptureSummary), plus the image and environment. */
export interface CaptureRow extends CaptureSummary {
  image: Blob;
  environment?: Partial<Environment>;
}

export interface HistoryRow {
  id?: number;
  at: string;
  formId: string;
  action: 'copy' | 'fill' | 'mailto' | 'eml';
  targetUrl?: string;
  subject?: string;
  text: string;
  recipients?: string[];
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** A field the user pointed at on a page we could not read by label (IIJ Service Online). */
export interface PageFieldRow {
  /** origin + pathname */
  page: string;
  field: string;
  selector: string;
  savedAt: string;
}

export type ProfileRow = Profile;

/**
 * Every schema version the database has had, oldest first. Never edit a released entry:
 * add a new one (with an upgrade when rows must change). tests/unit/storage/migrations.test.ts
 * opens each version, writes, reopens with the next, and checks nothing is lost.
 */
export const schemaVersions: {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: import('dexie').Transaction) => Promise<void> | void;
}[] = [
  {
    version: 1,
    stores: {
      profiles: 'id, vendor, name, updatedAt',
      drafts: 'id, formId, updatedAt',
      captures: 'id, createdAt, draftId',
      history: '++id, at, formId',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      pageFields: '[page+field], page',
    },
  },
];

import type { Profile } from '@/schemas/profile';
import type { Environment } from '@/schemas/environment';
import type { CaptureSummary } from '@/schemas/capture';
import type { SsoTraceRow } from '@/sso-trace/types';

/** Rows as stored. Shapes are validated by zod where they enter (forms, import, messages). */
export interface DraftRow {
  /** One draft per form and incident (drafts from before incidents keep their form id). */
  id: string;
  formId: string;
  /** The incident this ticket reports (see IncidentRow). */
  incidentId: string;
  profileId?: string;
  values: Record<string, unknown>;
  /** The captures this ticket sends, in order. */
  captureIds: string[];
  /** The incident's captures the user took off this ticket: they do not come back on their own. */
  detachedCaptureIds?: string[];
  /** The tab the draft was written for. */
  targetUrl?: string;
  updatedAt: string;
}

/**
 * What happened, once, however many vendors hear of it: when (the first capture's moment), where
 * (the page) and what (the selected error text). Every draft hangs off one incident and is
 * prefilled from it, never from the moment the popup opened.
 */
export interface IncidentRow {
  id: string;
  /** When the incident was started (a capture, 「新しい問い合わせ」, or the first popup). */
  startedAt: string;
  /** When the problem was seen: the first capture's moment; unknown until one exists. */
  occurredAt?: string;
  pageUrl?: string;
  title?: string;
  selectionText?: string;
}

/** A capture as stored: what the pages see of it (CaptureSummary), plus the image and environment. */
export interface CaptureRow extends CaptureSummary {
  image: Blob;
  environment?: Partial<Environment>;
}

/**
 * After a fill or a mail the popup asks 「送信しましたか?」: `unanswered` until the user answers,
 * then `sent` or `not-sent`. A copy is not a send and has no status (neither have rows from
 * before the question existed).
 */
export type HistoryStatus = 'unanswered' | 'sent' | 'not-sent';

export interface HistoryRow {
  id?: number;
  at: string;
  formId: string;
  /** The incident the ticket was for (rows from before version 6 are linked by time when possible). */
  incidentId?: string;
  action: 'copy' | 'fill' | 'mailto' | 'eml';
  status?: HistoryStatus;
  /** When the user said it was sent. */
  sentAt?: string;
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

/** A Zendesk help center's request form as its page described it (schemas/zendesk-form.ts), per origin and ticket form. */
export interface ZendeskFormRow {
  /** https://support.onelogin.jp */
  origin: string;
  /** The ticket form's id on that help center; '' when the page has no ticket-form selector. */
  ticketFormId: string;
  form: import('@/schemas/zendesk-form').ZendeskFormDescription;
  /** When the page was read (ISO time). */
  learnedAt: string;
}

export type ProfileRow = Profile;

/** A recorded SSO sign-in: only its SAML/OIDC messages (sso-trace/extract.ts). */
export type { SsoTraceRow };

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
  {
    version: 3,
    stores: {
      zendeskForms: '[origin+ticketFormId], origin, learnedAt',
    },
  },
  {
    version: 4,
    stores: {
      ssoTraces: 'id, startedAt',
    },
  },
  {
    version: 5,
    stores: {
      incidents: 'id, startedAt',
      drafts: 'id, formId, incidentId, updatedAt',
      captures: 'id, createdAt, incidentId',
    },
    // Drafts and captures from before incidents become one incident of their own; a capture that
    // was attached to a draft stays in that draft's list.
    async upgrade(tx) {
      const drafts = tx.table('drafts');
      const captures = tx.table('captures');
      if ((await drafts.count()) + (await captures.count()) === 0) return;
      const id = crypto.randomUUID();
      await tx.table('incidents').add({ id, startedAt: new Date().toISOString() });
      await drafts.toCollection().modify((draft: { incidentId?: string }) => {
        draft.incidentId = id;
      });
      await captures.toCollection().modify((capture: { incidentId?: string; draftId?: string }) => {
        capture.incidentId = id;
        delete capture.draftId;
      });
    },
  },
  {
    version: 6,
    stores: {
      history: '++id, at, formId, incidentId',
    },
    // Earlier rows get the incident they were made in: the newest one started before the row
    // that has a draft of the row's form. Their status stays unknown (the question was never asked).
    async upgrade(tx) {
      const incidents = (await tx.table('incidents').orderBy('startedAt').reverse().toArray()) as IncidentRow[];
      if (incidents.length === 0) return;
      const drafts = (await tx.table('drafts').toArray()) as DraftRow[];
      const hasDraft = (incidentId: string, formId: string) =>
        drafts.some((d) => d.incidentId === incidentId && d.formId === formId);
      await tx
        .table('history')
        .toCollection()
        .modify((row: HistoryRow) => {
          const incident = incidents.find((i) => i.startedAt <= row.at && hasDraft(i.id, row.formId));
          if (incident) row.incidentId = incident.id;
        });
    },
  },
];

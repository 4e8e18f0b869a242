import * as z from './zod-mini';
import { message } from './messages';

/** What the popup and options see of a capture: everything but the image and environment. */
export interface CaptureSummary {
  id: string;
  /** ISO instant. */
  createdAt: string;
  pageUrl: string;
  frameUrl?: string;
  title: string;
  /** Text the user had selected: usually the error message. */
  selectionText?: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
  stamped: boolean;
  redacted: boolean;
  /** The incident it shows (see storage/schema.ts IncidentRow); drafts choose which captures they send. */
  incidentId?: string;
}

/** The popup's screenshot button: capture the tab it was opened over, for the popup's incident. */
export const captureVisibleTabMessage = message('capture/visible-tab', {
  tabId: z.int().check(z.nonnegative()),
  incidentId: z.optional(z.string().check(z.minLength(1))),
});

/** Sent after a page changed captures (attach, delete, redact) so the toolbar badge follows. */
export const capturesChangedMessage = message('captures/changed', {});

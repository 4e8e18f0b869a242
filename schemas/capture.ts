import { z } from 'zod';
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
  /** The draft (form id) it is attached to; unattached captures count on the toolbar badge. */
  draftId?: string;
}

/** The popup's screenshot button: capture the tab it was opened over, attached to the draft. */
export const captureVisibleTabMessage = message('capture/visible-tab', {
  tabId: z.number().int().nonnegative(),
  draftId: z.string().min(1).optional(),
});

/** Sent after a page changed captures (attach, delete, redact) so the toolbar badge follows. */
export const capturesChangedMessage = message('captures/changed', {});

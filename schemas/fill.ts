// zod/mini: this file is bundled into the content scripts, which must stay small.
import * as z from './zod-mini';
import { message } from './messages';

/**
 * Filling a vendor page, after the user's own click in the popup or the in-page panel (an
 * extension page in an iframe on the vendor page, entrypoints/fill-panel). That page validates
 * the draft against its form and renders the plan (channels/prepare-plan.ts), then asks the
 * background to fill: the popup names the tab (`fill/start`), the panel fills its own tab
 * (`panel/fill`). The background judges the sender and the tab, injects the fill script into the
 * tab's top frame and sends it the plan (`fill/apply`); the content script fills, reads every
 * field back and answers a FillReport. The panel lists its tab's drafts with `panel/drafts`.
 * Content scripts never receive draft text except inside a plan the user's own click started.
 */

export const adapterIds = ['zendesk', 'iij'] as const;

export type AdapterId = (typeof adapterIds)[number];

/** A file as it travels in a message (runtime messages carry JSON, not Blobs). */
export const fillFile = z.object({ name: z.string(), type: z.string(), base64: z.string() });
export type FillFile = z.infer<typeof fillFile>;

export const zendeskPlan = z.object({
  adapter: z.literal('zendesk'),
  subject: z.string(),
  description: z.string(),
  cc: z.array(z.string()),
  /**
   * Dropdowns by their visible label (the page's label may add words around it). `value` is the
   * page's option value (as the page's own form data lists it) and wins over `option`, the
   * visible option label; `required`: the form cannot go without it, so the fill stops when the page lacks it.
   */
  dropdowns: z.array(
    z.object({ label: z.string(), option: z.string(), value: z.optional(z.string()), required: z.boolean() }),
  ),
  ticketForm: z.optional(z.string()),
  files: z.array(fillFile),
});
export type ZendeskPlan = z.infer<typeof zendeskPlan>;

export const iijPlan = z.object({
  adapter: z.literal('iij'),
  subject: z.string(),
  body: z.string(),
  files: z.array(fillFile),
  /**
   * Selectors the user pointed at on this page before, by field ('body', 'subject'): the
   * background puts them in for the tab it fills, whatever the plan's sender wrote here.
   */
  rememberedFields: z.record(z.string(), z.string()),
});
export type IijPlan = z.infer<typeof iijPlan>;

export const fillPlan = z.discriminatedUnion('adapter', [zendeskPlan, iijPlan]);
export type FillPlan = z.infer<typeof fillPlan>;

export const fillReport = z.object({
  complete: z.boolean(),
  fields: z.array(
    z.object({
      label: z.string(),
      status: z.enum(['filled', 'not-found', 'differs']),
      required: z.boolean(),
      expected: z.optional(z.string()),
      actual: z.optional(z.string()),
      /** Why the field is not filled, in the user's language (e.g. the page lacks it, names its nearest labels). */
      note: z.optional(z.string()),
    }),
  ),
});
export type FillReport = z.infer<typeof fillReport>;
export type FieldReport = FillReport['fields'][number];

/** What a content script answers to `fill/apply`. */
export const applyAnswer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('report'), report: fillReport, notice: z.optional(z.string()) }),
  /** The page holds text the user typed; nothing was changed. Ask, then resend with overwrite. */
  z.object({ kind: z.literal('confirm-overwrite'), field: z.string() }),
]);
export type ApplyAnswer = z.infer<typeof applyAnswer>;

/** What `fill/start` answers the popup. `clipboard` is the text to offer when the fill is incomplete. */
export type FillOutcome =
  | { kind: 'report'; report: FillReport; clipboard: string; notice?: string }
  | { kind: 'confirm-overwrite'; field: string }
  | { kind: 'invalid'; errors: string[] };

/** The text to offer for copying when a fill is incomplete: the plan's body. */
export const planText = (plan: FillPlan): string => (plan.adapter === 'zendesk' ? plan.description : plan.body);

/**
 * From the popup, after the user's click on 「このページに入力」: fill tab `tabId` with the plan of
 * form `formId` (rendered from the values on screen, even when saving them failed). The
 * background fills only a tab the form's channel accepts, with a plan of that channel's adapter.
 */
export const fillStart = message('fill/start', {
  tabId: z.int().check(z.nonnegative()),
  formId: z.string().check(z.minLength(1)),
  overwrite: z.optional(z.boolean()),
  plan: fillPlan,
});

/**
 * `origin`: the page the background judged. The tab may navigate between that check and this
 * message arriving; the fill script then finds another origin and fills nothing.
 */
export const fillApply = message('fill/apply', { plan: fillPlan, overwrite: z.boolean(), origin: z.string() });

/** From the in-page panel: the drafts its tab may be filled with (judged from the sender's tab URL). */
export const panelDrafts = message('panel/drafts', {});
export interface DraftChoice {
  formId: string;
  title: { ja: string; en: string };
  updatedAt: string;
}

/** From the in-page panel, after the user's own click on a draft: fill the panel's own tab with its plan. */
export const panelFill = message('panel/fill', {
  formId: z.string().check(z.minLength(1)),
  overwrite: z.optional(z.boolean()),
  plan: fillPlan,
});

/** A draft's plan, or the form's errors (channels/prepare-plan.ts). */
export type PlanAnswer = { kind: 'plan'; plan: FillPlan } | { kind: 'invalid'; errors: string[] };

/** From pick-the-field mode: remember which element is this page's field. */
export const rememberField = message('fill/remember-field', {
  field: z.string().check(z.minLength(1), z.maxLength(40)),
  selector: z.string().check(z.minLength(1), z.maxLength(500)),
});

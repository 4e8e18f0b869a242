import type { z } from 'zod';
import type { Environment } from './environment';
import type { Text } from './i18n';
import type { Profile } from './profile';
import type { VendorId } from './vendors';
import type { SsoTraceSummary } from '@/sso-trace/summary';

/**
 * What a vendor form IS. Each form lives in its own folder under schemas/forms/ and exports one
 * FormDefinition; schemas/index.ts lists them. Everything else (popup, page adapters, mail,
 * the render CLI) reads these definitions and never switches on a form id.
 */

/** Input kinds the popup knows how to draw (components/form/fields/). */
export type FieldKind =
  | 'text'
  | 'multiline'
  | 'email'
  | 'mailList' // one address per line / comma separated, value: string[]
  | 'datetimeJst' // 'YYYY-MM-DDTHH:mm' in JST
  | 'date' // 'YYYY-MM-DD'
  | 'checkbox' // value: boolean
  | 'checkboxGroup' // value: string[] of option values, rendered ■/□
  | 'radio' // value: one option value, rendered ■/□
  | 'select' // value: one option value
  | 'captures'; // value: string[] of capture ids (attachments)

export interface FieldOption {
  value: string;
  label: Text;
  /** Guidance shown beside the option (e.g. Pentio's priority levels). */
  help?: Text;
}

export interface FieldDef {
  /** Dot path into the form's values, e.g. 'occurredAt' or 'tasks.reissuePassword.reason'. */
  path: string;
  kind: FieldKind;
  label: Text;
  /** From the seed's "お知らせいただきたい内容" column. */
  help?: Text;
  placeholder?: Text;
  options?: FieldOption[];
  required?: boolean;
  /** Section heading the field belongs to (e.g. '(6)利用環境の詳細情報'). */
  section?: Text;
  /**
   * A select whose options are the vendor page's own (a Zendesk help center's dropdown with one of
   * these labels, as its request page described it): the popup offers those, never a list of ours.
   */
  pageOptions?: { labels: string[] };
  /** The field only matters when this holds (conditional items). */
  visibleWhen?: (values: Record<string, unknown>) => boolean;
  /**
   * A follow-up the vendor asks for: while the field is visible and blank, the draft is refused
   * with this message (the seed's own wording). See schemas/required-fields.ts.
   */
  requiredMessage?: Text;
  /**
   * A date the vendor accepts only from some day on (IIJ: one business day after sending): the
   * picker starts at that day and says why.
   */
  earliestDate?: (now: Date) => { date: string; why: Text };
}

/** What a form is filled from by default. */
export interface PrefillContext {
  profile?: Profile;
  environment?: Partial<Environment>;
  /** Capture ids attached to the draft, and the selected text of the newest (an error message). */
  captureIds?: string[];
  /** The incident's selected text (usually the error message), moment and page. */
  selectedText?: string;
  /** When the problem was seen; unknown (left for the user) until a capture or the user says. */
  occurredAt?: Date;
  pageUrl?: string;
  now: Date;
}

/** A non-blocking message, or a blocking cross-field error the schema could not express. */
export interface RuleMessage {
  level: 'error' | 'warning' | 'hint';
  /** The field it concerns, as a dot path; absent for the form as a whole. */
  path?: string;
  message: Text;
  /** An offer the popup can act on, e.g. "also request task 3". */
  fix?: { label: Text; apply: (values: Record<string, unknown>) => Record<string, unknown> };
}

/** The exact vendor text and the values that go beside it. */
export interface RenderedTicket {
  /** 件名 / タイトル / mail Subject. */
  subject: string;
  /** The exact vendor text (本文 / 詳細 / mail body). */
  body: string;
  /** Capture ids to attach. */
  attachments: string[];
}

/** A request as a Zendesk help center's "submit a request" page takes it. */
export interface ZendeskRequest {
  subject: string;
  description: string;
  cc: string[];
  /**
   * Dropdowns keyed by the field's visible label: the option's value on the page (learned from the
   * page, see FieldDef.pageOptions) and/or its visible label, e.g. 優先度 → '高'. `required`: the
   * fill stops when the page lacks the field.
   */
  dropdowns: { label: string; option: string; value?: string; required: boolean }[];
  attachments: string[];
  /** The ticket form to pick when the help center has a form selector. */
  ticketForm?: string;
}

export interface MailMessage {
  from?: string;
  to: string[];
  cc: string[];
  subject: string;
  body: string;
  attachments: string[];
}

/**
 * How the recipient will take a mail, shown before sending: a decision table with the row this
 * mail falls in marked (e.g. Fujitsu SupportDesk's acceptance matrix).
 */
export interface MailAcceptance {
  title: Text;
  outcome: { tone: 'accepted' | 'pending' | 'rejected'; decision: Text; behaviour: Text };
  warning?: Text;
  columns: Text[];
  rows: { cells: Text[]; current: boolean }[];
}

export type Delivery<Values> =
  | { kind: 'zendesk'; toRequest: (values: Values, rendered: RenderedTicket) => ZendeskRequest }
  | { kind: 'iij-service-online' }
  | {
      kind: 'mail';
      toMail: (values: Values, rendered: RenderedTicket, profile?: Profile) => MailMessage;
      acceptance?: (values: Values) => MailAcceptance;
      /** Where the user finds the address when the form cannot know it (To left empty). */
      whereToFindTo?: Text;
    };

export interface FormDefinition<S extends z.ZodType = z.ZodType> {
  id: string;
  vendor: VendorId;
  title: Text;
  description?: Text;
  schema: S;
  fields: FieldDef[];
  /** Starting values from profile, environment and captures. */
  defaults: (ctx: PrefillContext) => z.input<S>;
  /** Cross-field guidance (vendor rules, seed-003 hints). Errors here block like schema errors. */
  rules?: (values: z.input<S>, ctx: { now: Date }) => RuleMessage[];
  render: (values: z.output<S>) => RenderedTicket;
  delivery: Delivery<z.output<S>>[];
  /** A filled example that renders (npm run render, docs, demo). */
  example: z.input<S>;
  /** The vendor reads a body of text (false: an empty mail, so 「本文をコピー」 has nothing to copy). */
  takesText?: boolean;
  /**
   * Items this form can fill from a diagnosed SSO trace (「SSOの動作を記録」): dot path → value.
   * The popup writes them into the draft and marks them as detected; the user can edit them.
   */
  fromSsoTrace?: (trace: SsoTraceSummary) => Record<string, unknown>;
}

/** What lists and headers show of a form: enough to offer it without loading it. */
export interface FormMeta {
  id: string;
  vendor: VendorId;
  title: Text;
  description?: Text;
}

/**
 * A form as its vendor's site lists it (schemas/forms/<form>/entry.ts): its meta and the channels
 * its delivery uses (the manifest's hosts and content scripts derive from them). Data only, so
 * the background can judge pages by it without bundling any form.
 */
export interface FormListing extends FormMeta {
  channels: readonly Delivery<unknown>['kind'][];
}

/**
 * A form as the registry lists it: its listing and how to load the definition, which pages load
 * only when the form is opened (its own chunk).
 */
export interface FormEntry extends FormListing {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- erasing each form's values type is the point
  load(): Promise<FormDefinition<any>>;
}

/** Helper that keeps the schema's types flowing through a definition. */
export function defineForm<S extends z.ZodType>(form: FormDefinition<S>): FormDefinition<S> {
  return form;
}

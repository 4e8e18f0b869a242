import type { PublicPath } from 'wxt/browser';
import type { AdapterId, FillFile, FillPlan } from '../schemas/fill';
import type { Delivery, RenderedTicket } from '../schemas/form-definition';

/** Where a page channel may fill: the form's vendor's own hosts and the help centers the user granted. */
export interface PageScope {
  hosts: readonly string[];
  /** Granted origins as `https://host/*` (permissions.getAll, without the manifest's own). */
  grants: readonly string[];
}

/**
 * What a plan carries besides the ticket: the files to attach. (The fields the user pointed at
 * belong to the page, not the draft: the background adds them for the tab it fills.)
 */
export interface PlanExtras {
  files: FillFile[];
}

/**
 * A vendor page the extension fills (a Zendesk request page, IIJ Service Online). The same
 * `accepts` decides for the popup ("このページに入力") and for the background (may it fill).
 */
export interface PageChannel<K extends Delivery<unknown>['kind'] = Delivery<unknown>['kind']> {
  /** The `Delivery.kind` forms use to name this channel. */
  kind: K;
  /** The content-script entrypoint (entrypoints/<name>.content) that places the in-page panel. */
  contentScript: string;
  /** The page adapter its plans are for (`FillPlan.adapter`): the background sends it no other plan. */
  adapter: AdapterId;
  /** The fill code (an unlisted script, entrypoints/<name>.ts) the background injects on the user's fill. */
  fillScript: Extract<PublicPath, `${string}.js`>;
  /** Manifest content-script match patterns for one of a vendor's hosts. */
  matches(host: string): string[];
  accepts(url: string | undefined, scope: PageScope): boolean;
  plan(
    delivery: Extract<Delivery<unknown>, { kind: K }>,
    values: unknown,
    rendered: RenderedTicket,
    extras: PlanExtras,
  ): FillPlan;
}

/** https only, and a parsed URL, or undefined. */
export function httpsUrl(url: string | undefined): URL | undefined {
  try {
    const parsed = new URL(url ?? '');
    return parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

import type { Delivery, FormDefinition, FormListing } from '../schemas/form-definition';
import type { VendorSite } from '../schemas/vendors/define';
import type { PageChannel } from './define';
import { iijServiceOnline } from './iij-service-online';
import { zendeskRequestPage } from './zendesk-request-page';

/**
 * The channel registry: the vendor pages the extension fills. Forms name a channel by its
 * `kind` in `delivery`; this is the only place that turns a kind into behaviour. Mail and the
 * clipboard need no page (channels/mail).
 */
const pageChannels: readonly PageChannel[] = [zendeskRequestPage, iijServiceOnline] as unknown as PageChannel[];

export interface PageDelivery {
  channel: PageChannel;
  delivery: Delivery<unknown>;
}

/** The page a form is filled into, if any (its first delivery that is a page). */
export function pageDeliveryOf(form: FormDefinition): PageDelivery | undefined {
  for (const delivery of form.delivery as Delivery<unknown>[]) {
    const channel = pageChannels.find((c) => c.kind === delivery.kind);
    if (channel) return { channel, delivery };
  }
  return undefined;
}

/** The page channel a form's entry names (its first channel that is a page), if any. */
export function pageChannelOf(entry: FormListing): PageChannel | undefined {
  for (const kind of entry.channels) {
    const channel = pageChannels.find((c) => c.kind === kind);
    if (channel) return channel;
  }
  return undefined;
}

/** Manifest content-script matches per content script, from every vendor's forms and hosts. */
export function contentScriptMatches(vendors: readonly VendorSite[]): Record<string, string[]> {
  const matches: Record<string, string[]> = {};
  for (const vendor of vendors) {
    for (const form of vendor.forms) {
      const channel = pageChannelOf(form);
      if (!channel) continue;
      const list = (matches[channel.contentScript] ??= []);
      for (const pattern of vendor.hosts.flatMap((host) => channel.matches(host)))
        if (!list.includes(pattern)) list.push(pattern);
    }
  }
  return matches;
}

/** Manifest host permissions: the hosts of every vendor whose forms fill a page. */
export function hostPermissions(vendors: readonly VendorSite[]): string[] {
  return vendors
    .filter((vendor) => vendor.forms.some((form) => pageChannelOf(form)))
    .flatMap((vendor) => vendor.hosts.map((host) => `https://${host}/*`));
}

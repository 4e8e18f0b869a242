import { browser } from 'wxt/browser';
import { pageChannelOf } from '@/channels';
import { acceptsPage } from '@/channels/fillable';
import { grantedHelpCenterOrigins } from '@/channels/grants';
import { zendeskFormLearned } from '@/schemas/zendesk-form';
import { database } from '@/storage/db';
import { vendorSites } from '@/schemas/vendors/sites';
import { handle } from './router';

/**
 * What Zendesk request pages say about their own forms (read by the Zendesk content script),
 * kept per help-center origin and ticket form so the popup can offer each help center's own
 * options. The origin is the sender tab's, never what the message claims; only pages the
 * Zendesk channel fills (a vendor's help center or one the user granted) are kept.
 */
async function mayDescribe(url: string | undefined): Promise<boolean> {
  const { origins = [] } = await browser.permissions.getAll();
  const grants = grantedHelpCenterOrigins(origins);
  return vendorSites
    .flatMap((site) => site.forms)
    .some((entry) => pageChannelOf(entry)?.kind === 'zendesk' && acceptsPage(entry, url, grants));
}

export function registerZendeskForms(): void {
  handle(zendeskFormLearned, 'content', async ({ form }, sender) => {
    if (!(await mayDescribe(sender.url))) return false;
    const db = await database();
    await db.zendeskForms.put({
      origin: new URL(sender.url!).origin,
      ticketFormId: form.ticketForm?.id ?? '',
      form,
      learnedAt: new Date().toISOString(),
    });
    return true;
  });
}

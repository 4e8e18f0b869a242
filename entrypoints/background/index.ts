import { browser } from 'wxt/browser';
import { localeFor, setLocale } from '@/schemas/i18n';
import { startRouter } from './router';
import { startCapture } from './capture';
import { registerFill } from './fill';
import { registerDraftSave } from './drafts';
import { startHistoryRetention } from './history-retention';
import { registerZendeskForms } from './zendesk-forms';
import { startSsoRecorder } from './sso-recorder';

export default defineBackground(() => {
  // Messages the background writes (capture notices, fill errors) follow the browser's language.
  setLocale(localeFor(browser.i18n.getUILanguage()));
  // Each feature registers its handlers and listeners here, one line per feature.
  startRouter();
  startCapture();
  registerFill();
  registerDraftSave();
  startHistoryRetention();
  registerZendeskForms();
  startSsoRecorder();
});

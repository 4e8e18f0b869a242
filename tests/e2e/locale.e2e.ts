import { afterEach, describe, expect, inject, it } from 'vitest';
import { launchWithExtension, type ExtensionSession } from './browser';

/**
 * The UI follows the browser's UI language: Japanese in a Japanese browser (Firefox needs its
 * language pack, firefox-esr-l10n-ja, for that), English in an English one. Pages, manifest
 * strings (_locales) and the popup all switch together.
 */
let session: ExtensionSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const cases = [
  {
    locale: 'ja',
    uiLanguage: /^ja/,
    name: 'サポート問い合わせ支援',
    heading: 'サポート問い合わせ支援 — 設定',
    formPicker: '問い合わせフォーム',
  },
  {
    locale: 'en-US',
    uiLanguage: /^en/,
    name: 'Support Ticket Helper',
    heading: 'Support Ticket Helper — Settings',
    formPicker: 'Support form',
  },
];

describe('the UI language follows the browser', () => {
  for (const expected of cases) {
    it(`in a ${expected.locale} browser`, async () => {
      session = await launchWithExtension(inject('extensionDir'), { locale: expected.locale });
      const options = await session.openExtensionPage('options.html');
      expect(await options.evaluate(() => chrome.i18n.getUILanguage())).toMatch(expected.uiLanguage);
      expect(await options.evaluate(() => chrome.runtime.getManifest().name)).toBe(expected.name);
      expect(await options.getByRole('heading', { level: 1 }).textContent()).toBe(expected.heading);
      const popup = await session.openExtensionPage('popup.html');
      await popup.getByLabel(expected.formPicker).waitFor();
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe(expected.locale.slice(0, 2));
    });
  }
});

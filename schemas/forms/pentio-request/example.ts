import type { PentioRequestInput } from './schema';

/** A filled troubleshooting request from a shared login (npm run render, docs, demo). */
export const pentioRequestExample: PentioRequestInput = {
  accountType: 'shared',
  cc: ['taro.yamada@example.jp'],
  // A value of the help center's own category list (the popup offers the page's options).
  category: 'other',
  priority: 'high',
  title: 'Boxへのシングルサインオンで「SAML Response が無効です」と表示される',
  inquiryType: 'troubleshoot',
  trouble: {
    symptom:
      '一部のユーザーがOneLoginポータルからBoxを開くと「SAML Response が無効です」と表示されログインできません。\n2026-11-18の証明書更新後から発生しています。',
    entities: 'アプリケーション名: Box (SAML2.0)\nアプリケーションID: 1234567\n対象ユーザー: hanako.sato@example.jp',
    occurredAt: '2026-11-19T09:41',
  },
  env: {
    osName: 'Windows 11',
    osVersion: '24H2',
    browserName: 'Microsoft Edge',
    browserVersion: '131.0.2903.63',
    pageUrl: 'https://example.onelogin.com/portal',
  },
  attachments: ['capture-1', 'saml-trace.txt'],
};

import type { IijOtherInquiryInput } from './schema';

/** A filled inquiry about something other than logging in (npm run render, docs, demo). */
export const iijOtherInquiryExample: IijOtherInquiryInput = {
  masterId: 'IIJ0001234',
  requesterName: '山田 太郎',
  serviceCode: 'iid00012345',
  subject: 'CSVでのユーザ一括登録がエラーになる',
  description:
    'IIJ IDコンソールでユーザをCSV一括登録すると「ファイルの形式が正しくありません」と表示されます。\n文字コードはUTF-8(BOMなし)です。',
  scope: 'all',
  userIds: ['admin@example.jp'],
  occurredAt: '2026-11-19T16:05',
  onset: 'firstTime',
  env: {
    osName: 'macOS',
    osVersion: '15.1',
    browserName: 'Firefox',
    browserVersion: '132.0.2',
    appName: '',
    appVersion: '',
  },
  sourceIp: '2001:240:1234::10',
  m365: { concerned: false },
  gateway: { kind: 'none' },
  screenshots: { pageUrl: 'https://console.iij.jp/users/import', attachments: ['capture-1'] },
};

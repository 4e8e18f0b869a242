import type { IijLoginInquiryInput } from './schema';

/** A filled login inquiry (npm run render, docs, demo). */
export const iijLoginInquiryExample: IijLoginInquiryInput = {
  masterId: 'IIJ0001234',
  requesterName: '山田 太郎',
  serviceCode: 'iid00012345',
  subject: '',
  description:
    'Microsoft 365へのSSOで「AADSTS50107」が表示されログインできません。\n手順: portal.office.com を開く → IIJ IDでログイン → エラー',
  scope: 'some',
  userIds: ['iij-taro@example.jp', 'iij-hanako@example.jp'],
  occurredAt: '2026-11-19T09:41',
  onset: 'sudden',
  unavailableSince: '2026-11-19T09:30',
  envChange: 'yes',
  envChangeDetails: '2026-11-18にドメインの証明書を更新',
  env: {
    osName: 'Windows 11',
    osVersion: '24H2',
    browserName: 'Google Chrome',
    browserVersion: '131.0.6778.86',
    appName: '',
    appVersion: '',
  },
  sourceIp: '203.0.114.10',
  externalService: 'Microsoft 365',
  federationScope: 'specific',
  sso: { spInitiated: 'ログインできない', idpInitiated: 'ログインできる' },
  m365: { concerned: true, usage: 'web', version: '' },
  gateway: { kind: 'proxy', product: 'Squid 6.10' },
  failurePoint: 'federatedService',
  consoleLogin: 'can',
  screenshots: { pageUrl: 'https://login.microsoftonline.com/', attachments: ['capture-1', 'capture-2'] },
  directorySync: '',
};

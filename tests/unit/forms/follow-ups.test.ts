import { afterEach, describe, expect, it } from 'vitest';
import { checkDraft } from '@/schemas/check-draft';
import { setLocale } from '@/schemas/i18n';
import { formById } from '@/schemas/index';
import { withValueAt, type Values } from '@/schemas/paths';

/**
 * Seed 000's 「…の場合は…も記載してください」: when the condition holds and the follow-up is
 * blank, the draft is refused at that field in the seed's words; filled, or the condition not
 * holding, it goes through.
 */
const now = new Date('2026-11-20T03:00:00Z');
const both = ['iij-login-inquiry', 'iij-other-inquiry'] as const;

interface FollowUp {
  forms: readonly string[];
  name: string;
  /** Values that make the follow-up apply. */
  when: Record<string, unknown>;
  /** Values for which it does not apply. */
  otherwise: Record<string, unknown>;
  path: string;
  filled: unknown;
  message: string;
}

const followUps: FollowUp[] = [
  {
    forms: both,
    name: '(5) 突然発生 → 利用できなくなった日時',
    when: { onset: 'sudden', envChange: 'no' },
    otherwise: { onset: 'firstTime' },
    path: 'unavailableSince',
    filled: '2026-11-19T09:00',
    message: '突然発生の場合は、利用できなくなった日時も記載してください',
  },
  {
    forms: both,
    name: '(5) 突然発生 → 設定または環境の変更',
    when: { onset: 'sudden', unavailableSince: '2026-11-19T09:00' },
    otherwise: { onset: 'firstTime' },
    path: 'envChange',
    filled: 'no',
    message: '突然発生の場合は、設定または環境の変更(あり・なし)も記載してください',
  },
  {
    forms: both,
    name: '(5) 変更あり → 詳細',
    when: { onset: 'sudden', unavailableSince: '2026-11-19T09:00', envChange: 'yes' },
    otherwise: { onset: 'sudden', unavailableSince: '2026-11-19T09:00', envChange: 'no' },
    path: 'envChangeDetails',
    filled: '証明書を更新',
    message: '設定または環境の変更が「あり」の場合は詳細を記入してください',
  },
  {
    forms: both,
    name: 'Microsoft 365 → WEB/アプリ/両方',
    when: { m365: { concerned: true, version: '' } },
    otherwise: { m365: { concerned: false } },
    path: 'm365.usage',
    filled: 'web',
    message: 'WEB版とネイティブアプリのどちらでの利用か(WEB・アプリ・両方)を選んでください',
  },
  {
    forms: both,
    name: 'Microsoft 365 アプリ → バージョン',
    when: { m365: { concerned: true, usage: 'app' } },
    otherwise: { m365: { concerned: true, usage: 'web' } },
    path: 'm365.version',
    filled: '16.0.17928',
    message: 'Microsoft 365のアプリを利用している場合は、バージョンも記載してください',
  },
  {
    forms: both,
    name: 'Webゲートウェイ/プロキシ → 製品名',
    when: { gateway: { kind: 'webGateway' } },
    otherwise: { gateway: { kind: 'none' } },
    path: 'gateway.product',
    filled: 'Zscaler Internet Access',
    message: 'どの製品を利用しているかを記載してください',
  },
  {
    forms: ['iij-login-inquiry'],
    name: '(13) 連携サービス → IIJ IDコンソールへのログインの可否',
    when: { failurePoint: 'federatedService' },
    otherwise: { failurePoint: 'iijId' },
    path: 'consoleLogin',
    filled: 'cannot',
    message: 'IIJ IDコンソールへのログインの可否も記載してください',
  },
];

const apply = (base: Values, changes: Record<string, unknown>) =>
  Object.entries(changes).reduce((draft, [key, value]) => withValueAt(draft, key, value), base);

const errorsAt = (formId: string, values: Values, path: string) =>
  checkDraft(formById(formId)!, values, now).issues.filter((i) => i.level === 'error' && i.path === path);

afterEach(() => setLocale('ja'));

describe.each(followUps.flatMap((f) => f.forms.map((formId) => [formId, f.name, f] as const)))(
  '%s: %s',
  (formId, _name, followUp) => {
    const base = formById(formId)!.example as Values;
    const applying = apply(apply(base, followUp.when), { [followUp.path]: '' });

    it('blank while it applies: refused in the seed’s words, and nothing is sendable', () => {
      const errors = errorsAt(formId, applying, followUp.path);
      expect(errors.map((e) => e.message)).toEqual([expect.stringContaining(followUp.message)]);
      expect(checkDraft(formById(formId)!, applying, now).blocking).toBe(true);
    });

    it('filled: accepted', () => {
      expect(errorsAt(formId, withValueAt(applying, followUp.path, followUp.filled), followUp.path)).toEqual([]);
    });

    it('not applying: no follow-up asked', () => {
      expect(errorsAt(formId, apply(applying, followUp.otherwise), followUp.path)).toEqual([]);
    });

    it('in English when the UI is English', () => {
      setLocale('en');
      const [error] = errorsAt(formId, applying, followUp.path);
      expect(error?.message).toMatch(/^[\x20-\x7E’…]+$/);
    });
  },
);

import { describe, expect, it } from 'vitest';
import type { PentioProfile } from '../../vendors/pentio/profile';
import { pentioRequest } from '.';
import type { PentioRequestInput } from './schema';

const now = new Date('2026-11-20T03:00:00Z'); // 2026-11-20 12:00 JST

const render = (input: PentioRequestInput) => pentioRequest.render(pentioRequest.schema.parse(input));
const errorsOf = (input: unknown) =>
  (pentioRequest.schema.safeParse(input).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );
const rulesOf = (input: PentioRequestInput) => pentioRequest.rules!(input, { now });

const question: PentioRequestInput = {
  accountType: 'personal',
  category: 'other',
  title: 'ログ保存期間について',
  inquiryType: 'question',
  question: { content: 'イベントログの保存期間を教えてください。' },
};
const connectorRequest: PentioRequestInput = {
  accountType: 'personal',
  cc: ['it-team@example.jp'],
  category: 'page_value_connector',
  connectorInquiry: true,
  priority: 'low',
  title: '社内勤怠システムのForm-based認証コネクタを追加したい',
  inquiryType: 'question',
  question: {
    content: '社内勤怠システム(https://kintai.example.jp/login)のForm-based認証コネクタ追加を依頼したいです。',
    premise: '利用者は約300名、全員OneLoginポータルから利用予定です。',
    references: 'https://kintai.example.jp/docs/sso',
  },
  trouble: { symptom: 'hidden' }, // a troubleshooting field left over from switching the kind
  connectorRequest: 'page_value_free',
};

/** Goldens: Pentio has no fixed format; the text follows seed 002's 「お問い合わせ内容の書き方(おすすめ)」. */
const exampleGoldenSubject = 'Boxへのシングルサインオンで「SAML Response が無効です」と表示される';
const exampleGolden = `【お問い合わせの種類】
トラブルシュート

【発生しているトラブル・エラー】
一部のユーザーがOneLoginポータルからBoxを開くと「SAML Response が無効です」と表示されログインできません。
2026-11-18の証明書更新後から発生しています。

【対象のディレクトリ、アプリケーション、ユーザーなど】
アプリケーション名: Box (SAML2.0)
アプリケーションID: 1234567
対象ユーザー: hanako.sato@example.jp

【発生日時】
2026年11月19日 09時41分(日本時間)

【利用環境】
OS: Windows 11 24H2
ブラウザ: Microsoft Edge 131.0.2903.63
画面のURL: https://example.onelogin.com/portal`;

const connectorGoldenSubject = '社内勤怠システムのForm-based認証コネクタを追加したい';
const connectorGolden = `【お問い合わせの種類】
ご相談・ご質問

【ご質問・ご相談内容】
社内勤怠システム(https://kintai.example.jp/login)のForm-based認証コネクタ追加を依頼したいです。

【前提となる情報・条件、ご利用スタイル】
利用者は約300名、全員OneLoginポータルから利用予定です。

【参考URL】
https://kintai.example.jp/docs/sso`;

const emptyOptionalGoldenSubject = 'ログ保存期間について';
const emptyOptionalGolden = `【お問い合わせの種類】
ご相談・ご質問

【ご質問・ご相談内容】
イベントログの保存期間を教えてください。`;

const profile = (fields: Partial<PentioProfile>): PentioProfile => ({
  id: 'p',
  name: 'Pentio',
  isDefault: true,
  createdAt: '',
  updatedAt: '',
  vendor: 'pentio',
  accountType: 'personal',
  ...fields,
});

describe('pentio-request render', () => {
  it('renders the troubleshooting example exactly', () => {
    const rendered = render(pentioRequest.example);
    expect(rendered).toEqual({
      subject: exampleGoldenSubject,
      body: exampleGolden,
      attachments: ['capture-1', 'saml-trace.txt'],
    });
  });

  it('renders a connector question exactly, without the troubleshooting fields', () => {
    expect(render(connectorRequest)).toEqual({
      subject: connectorGoldenSubject,
      body: connectorGolden,
      attachments: [],
    });
  });

  it('leaves empty optional sections out', () => {
    expect(render(question)).toEqual({
      subject: emptyOptionalGoldenSubject,
      body: emptyOptionalGolden,
      attachments: [],
    });
  });
});

describe('pentio-request rules', () => {
  it('a shared (group) login needs a personal address in CC', () => {
    expect(errorsOf({ ...question, accountType: 'shared', cc: [] })).toEqual([
      'cc: グループアドレスなど共有アカウントでログインされている場合は、お問い合わせ頂いているご担当者様個人のメールアドレスをCCに必ずご入力ください',
    ]);
    expect(errorsOf({ ...question, accountType: 'shared', cc: ['taro@example.jp'] })).toEqual([]);
  });

  it('a personal login is only hinted to CC the group address', () => {
    expect(rulesOf(question).map((m) => [m.level, m.path])).toEqual([['hint', 'cc']]);
  });

  it('priority options carry the seed’s guidance; 高/緊急 hint that priority does not buy speed', () => {
    const priority = pentioRequest.fields.find((f) => f.path === 'priority')!;
    expect(priority.options!.map((o) => [o.label.ja, o.help!.ja])).toEqual([
      ['低', '機能リクエスト、ドキュメントに関する質問、仕様の確認'],
      ['普通', '設定等に関する不明点のお問い合わせ、業務影響が軽微なトラブルシュート'],
      ['高', '一部のユーザーのご利用に影響があり解決が必要なトラブルシュートなど'],
      ['緊急', 'OneLogin 全利用者に多大な影響があるシステム障害など'],
    ]);
    expect(priority.help!.ja).toContain('優先度はあくまで目安');
    expect(rulesOf({ ...question, cc: ['a@example.jp'], priority: 'urgent' }).map((m) => [m.level, m.path])).toEqual([
      ['hint', 'priority'],
    ]);
  });

  it('the connector option is only valid for an inquiry that asks for a connector (a question, not a category value)', () => {
    expect(errorsOf({ ...connectorRequest, connectorInquiry: false })).toEqual([
      'connectorRequest: コネクタ追加リクエストはコネクタ追加に関するご相談の場合のみ選択します。コネクタ追加ではない通常のお問い合わせの場合には未指定のまま送信してください',
    ]);
    expect(errorsOf(connectorRequest)).toEqual([]);
    expect(rulesOf({ ...connectorRequest, connectorRequest: '' }).map((m) => [m.level, m.path])).toEqual([
      ['hint', 'connectorRequest'],
    ]);
  });

  it('takes the category and connector options from the page: no list of ours, any page value', () => {
    const fields = pentioRequest.fields;
    for (const path of ['category', 'connectorRequest']) {
      const field = fields.find((f) => f.path === path)!;
      expect(field.options).toBeUndefined();
      expect(field.pageOptions?.labels.length).toBeGreaterThan(0);
    }
    expect(errorsOf({ ...question, category: '' })).toEqual(['category: お問い合わせカテゴリを選択してください']);
    expect(errorsOf({ ...question, category: 'ol_misc' })).toEqual([]);
  });

  it('ZIP attachments are refused with the seed’s explanation, whatever the case', () => {
    const [message] = errorsOf({ ...question, attachments: ['capture-1', 'logs.ZIP'] });
    expect(message).toMatch(/^attachments\.1: 添付ファイルではZIPデータはお取り扱い出来ませんので/);
    expect(message).toContain('ZIPを解除して');
    expect(errorsOf({ ...question, attachments: ['zip-notes.txt'] })).toEqual([]);
  });

  it('the kind of inquiry decides which description is required', () => {
    expect(errorsOf({ ...question, question: {} })).toEqual(['question.content: ご質問・ご相談内容を入力してください']);
    expect(errorsOf({ ...question, inquiryType: 'troubleshoot' })).toEqual([
      'trouble.symptom: 発生しているトラブル・エラーを入力してください',
    ]);
  });

  it('the time it happened cannot be in the future', () => {
    const errors = rulesOf({
      ...pentioRequest.example,
      trouble: { symptom: 'x', occurredAt: '2026-11-20T12:30' },
    }).filter((m) => m.level === 'error');
    expect(errors.map((e) => e.path)).toEqual(['trouble.occurredAt']);
  });
});

describe('pentio-request defaults and delivery', () => {
  it('a shared login puts the personal address in CC; a personal login the group address', () => {
    expect(
      pentioRequest.defaults({
        now,
        profile: profile({ accountType: 'shared', personalEmail: 'taro@example.jp', groupEmail: 'it@example.jp' }),
      }),
    ).toMatchObject({
      accountType: 'shared',
      cc: ['taro@example.jp'],
    });
    expect(
      pentioRequest.defaults({ now, profile: profile({ accountType: 'personal', groupEmail: 'it@example.jp' }) }),
    ).toMatchObject({ cc: ['it@example.jp'] });
  });

  it('fills the environment, captures and the selected error message', () => {
    const defaults = pentioRequest.defaults({
      now,
      environment: {
        osName: 'Windows 11',
        osVersion: '24H2',
        browserName: 'Edge',
        browserVersion: '131',
        pageUrl: 'https://support.onelogin.jp/hc/ja/requests/new',
        nowJst: '2026-11-20T11:59',
      },
      captureIds: ['c1'],
      selectedText: 'SAML Response が無効です',
      occurredAt: new Date('2026-11-20T01:15:00Z'),
      pageUrl: 'https://example.onelogin.com/',
    });
    expect(defaults).toMatchObject({
      inquiryType: 'troubleshoot',
      trouble: { symptom: 'SAML Response が無効です', occurredAt: '2026-11-20T10:15' },
      env: {
        osName: 'Windows 11',
        osVersion: '24H2',
        browserName: 'Edge',
        browserVersion: '131',
        pageUrl: 'https://example.onelogin.com/',
      },
      attachments: ['c1'],
    });
  });

  it('becomes a Zendesk request with dropdowns keyed by the page’s labels', () => {
    const [delivery] = pentioRequest.delivery;
    const values = pentioRequest.schema.parse(connectorRequest);
    const rendered = pentioRequest.render(values);
    expect(delivery!.kind === 'zendesk' && delivery!.toRequest(values, rendered)).toEqual({
      subject: '社内勤怠システムのForm-based認証コネクタを追加したい',
      description: connectorGolden,
      cc: ['it-team@example.jp'],
      dropdowns: [
        { label: 'お問い合わせカテゴリ', option: '', value: 'page_value_connector', required: true },
        { label: '優先度', option: '低', value: 'low', required: false },
        { label: 'コネクタ追加リクエスト', option: '', value: 'page_value_free', required: false },
      ],
      attachments: [],
      ticketForm: '技術サポートリクエスト',
    });
  });
});

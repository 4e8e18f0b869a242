import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { say, setLocale } from '../../i18n';
import { fujitsuProfileSchema } from '../../vendors/fujitsu/profile';
import { fujitsuEmptyMail } from './index';
import { acceptanceOutcome } from './rules';

const mailDelivery = fujitsuEmptyMail.delivery.find((d) => d.kind === 'mail')!;

/** Validates a draft, renders it and builds the mail, as the popup does before sending. */
function produce(input: unknown) {
  const values = fujitsuEmptyMail.schema.parse(input);
  const rendered = fujitsuEmptyMail.render(values);
  if (mailDelivery.kind !== 'mail') throw new Error('Fujitsu is delivered by mail');
  return { rendered, mail: mailDelivery.toMail(values, rendered) };
}

const errorsOf = (input: unknown) =>
  fujitsuEmptyMail.schema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ??
  [];

const profile = fujitsuProfileSchema.parse({
  id: 'p1',
  name: '基幹系 SupportDesk',
  vendor: 'fujitsu',
  serviceAdminId: '53175710',
  registeredEmail: 'yamada.taro@example.co.jp',
  ccEmails: ['sato.hanako@example.co.jp'],
  supportDeskEmail: 'supportdesk@example.fujitsu.com',
});

describe('fujitsu-empty-mail golden mails', () => {
  it('the shipped example: a full-width reception number becomes the subject, the body stays empty, CC and From as given', () => {
    expect(produce(fujitsuEmptyMail.example)).toEqual({
      rendered: { subject: '20261121-042', body: '', attachments: [] },
      mail: {
        from: 'yamada.taro@example.co.jp',
        to: ['supportdesk@example.fujitsu.com'],
        cc: ['sato.hanako@example.co.jp', 'infra-team@example.co.jp'],
        subject: '20261121-042',
        body: '',
        attachments: [],
      },
    });
  });

  it('a draft filled from the profile with a typed reception number: the service admin ID is not in the mail', () => {
    const draft = {
      ...fujitsuEmptyMail.defaults({ profile, now: new Date('2026-11-21T05:00:00Z') }),
      receptionNumber: '  A0123456 ',
    };
    const { rendered, mail } = produce(draft);
    expect(rendered).toEqual({ subject: 'A0123456', body: '', attachments: [] });
    expect(mail).toEqual({
      from: 'yamada.taro@example.co.jp',
      to: ['supportdesk@example.fujitsu.com'],
      cc: ['sato.hanako@example.co.jp'],
      subject: 'A0123456',
      body: '',
      attachments: [],
    });
    expect(JSON.stringify(mail)).not.toContain('53175710');
  });
});

describe('fujitsu-empty-mail validation', () => {
  it('requires the reception number and says it becomes the subject', () => {
    expect(errorsOf({ ...fujitsuEmptyMail.example, receptionNumber: '   ' })).toEqual([
      'receptionNumber: 電話でお知らせした受付番号を入力してください(件名になります)',
    ]);
  });

  it('accepts letters, digits and hyphens only', () => {
    expect(errorsOf({ ...fujitsuEmptyMail.example, receptionNumber: 'A-1 2' })).toEqual([
      'receptionNumber: 受付番号は半角英数字とハイフンで入力してください',
    ]);
    expect(errorsOf({ ...fujitsuEmptyMail.example, receptionNumber: '<b>1</b>' })).toHaveLength(1);
  });

  it('requires an 8-digit service admin ID and a full sender address, in English too', () => {
    setLocale('en');
    expect(errorsOf({ ...fujitsuEmptyMail.example, serviceAdminId: '1234567', sender: 'yamada' })).toEqual([
      'sender: Enter a full mail address (e.g. iij-taro@example.jp)',
      'serviceAdminId: The service admin ID is exactly 8 digits',
    ]);
  });

  it('survives hostile text in every value without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ maxLength: 300 }), (a, b) => {
        const draft = {
          receptionNumber: a,
          supportDeskEmail: b,
          sender: a,
          cc: [b],
          serviceAdminId: a,
          registeredEmail: b,
        };
        const parsed = fujitsuEmptyMail.schema.safeParse(draft);
        if (parsed.success) expect(fujitsuEmptyMail.render(parsed.data).body).toBe('');
        expect(Array.isArray(fujitsuEmptyMail.rules!(draft, { now: new Date() }))).toBe(true);
      }),
    );
  });
});

describe('acceptanceOutcome: seed 004 6.2 matrix', () => {
  const row = (senderRegistered: boolean, adminIdKnown: boolean) => {
    const outcome = acceptanceOutcome({ senderRegistered, adminIdKnown });
    return [outcome.result, say(outcome.decision), say(outcome.behaviour)];
  };

  it('1: registered sender, known admin ID → 受付成立', () => {
    expect(row(true, true)).toEqual([
      'accepted',
      '受付成立',
      'プロセス通り実行されます(このメールに全返信で回答が届きます)',
    ]);
  });
  it('2: unregistered sender, known admin ID → 受付拒否 (サービスアクセス権無し)', () => {
    expect(row(false, true)).toEqual([
      'rejected',
      '受付拒否',
      '“サービスアクセス権無し”のため対応されません(メールにてご通知いたします)',
    ]);
  });
  it('3: registered sender, unknown admin ID → 受付保留 (対象不明, re-check the ID)', () => {
    expect(row(true, false)).toEqual([
      'pending',
      '受付保留',
      '“対象不明”につきサービス管理者IDの再確認の連絡が来ます(メールにてご通知いたします)',
    ]);
  });
  it('4: unregistered sender, unknown admin ID → 受付拒否 (なりすまし)', () => {
    expect(row(false, false)).toEqual([
      'rejected',
      '受付拒否',
      '“なりすまし”と判断され対応されません(メールにてご通知いたします)',
    ]);
  });
  it('speaks English when the browser does', () => {
    setLocale('en');
    expect(row(false, false)).toEqual([
      'rejected',
      'Refused',
      'Judged as “impersonation”: SupportDesk does not handle it (SupportDesk notifies you by mail)',
    ]);
  });
});

describe('fujitsu-empty-mail rules', () => {
  const messagesFor = (changes: Record<string, unknown>) =>
    fujitsuEmptyMail.rules!({ ...fujitsuEmptyMail.example, ...changes }, { now: new Date() }).map((m) => [
      m.level,
      m.path ?? '',
      say(m.message),
    ]);

  it('a registered sender (any letter case) with the admin ID: 受付成立, nothing blocks', () => {
    expect(messagesFor({ sender: 'Yamada.Taro@example.co.jp' })).toEqual([
      ['hint', '', 'SupportDesk の判断: 受付成立 — プロセス通り実行されます(このメールに全返信で回答が届きます)'],
    ]);
  });

  it('a sender other than the registered address is an error that offers the registered address', () => {
    const messages = fujitsuEmptyMail.rules!(
      { ...fujitsuEmptyMail.example, sender: 'taro@gmail.example' },
      { now: new Date() },
    );
    const senderError = messages.find((m) => m.path === 'sender')!;
    expect(senderError.level).toBe('error');
    expect(say(senderError.message)).toBe(
      '送信元は登録済み利用者のアドレス(yamada.taro@example.co.jp)にしてください。未登録者からのメールは全て破棄されます',
    );
    expect(senderError.fix!.apply({ sender: 'taro@gmail.example' })).toEqual({ sender: 'yamada.taro@example.co.jp' });
    expect(messages.map((m) => say(m.message))).toContain(
      'SupportDesk の判断: 受付拒否 — “サービスアクセス権無し”のため対応されません(メールにてご通知いたします)',
    );
  });

  it('a malformed admin ID puts the mail on hold', () => {
    expect(messagesFor({ serviceAdminId: '5317571' })[0]).toEqual([
      'warning',
      '',
      'SupportDesk の判断: 受付保留 — “対象不明”につきサービス管理者IDの再確認の連絡が来ます(メールにてご通知いたします)',
    ]);
  });

  it('an empty CC list gets the seed’s advice to CC everyone who needs the answers', () => {
    expect(messagesFor({ cc: [] })).toContainEqual([
      'hint',
      'cc',
      'サポートからのメール受信が必要な方を CC に入れてください(回答はこのメールへの全返信で届きます)',
    ]);
  });

  it('no 受付成立 while the mail cannot be sent (an empty reception number)', () => {
    const messages = messagesFor({ receptionNumber: '' });
    expect(messages.map(([, , message]) => message).join('\n')).not.toContain('受付成立');
    expect(errorsOf({ ...fujitsuEmptyMail.example, receptionNumber: '' })).toEqual([
      'receptionNumber: 電話でお知らせした受付番号を入力してください(件名になります)',
    ]);
  });
});

describe('fujitsu-empty-mail: what the user typed, folded and explained', () => {
  it('full-width addresses and digits are folded to what SupportDesk compares', () => {
    const values = fujitsuEmptyMail.schema.parse({
      ...fujitsuEmptyMail.example,
      sender: 'ｙａｍａｄａ．ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ',
      serviceAdminId: '５３１７５７１０',
    });
    expect(values).toMatchObject({ sender: 'yamada.taro@example.co.jp', serviceAdminId: '53175710' });
    const messages = fujitsuEmptyMail.rules!(
      {
        ...fujitsuEmptyMail.example,
        sender: 'ｙａｍａｄａ．ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏ．ｊｐ',
        serviceAdminId: '５３１７５７１０',
      },
      { now: new Date() },
    );
    expect(messages.filter((m) => m.level === 'error')).toEqual([]);
    expect(messages.map((m) => m.message.ja)).toContainEqual(expect.stringContaining('受付成立'));
  });

  it('a missing registered address or SupportDesk address says what it is and where it comes from', () => {
    const { registeredEmail: _r, supportDeskEmail: _s, ...rest } = fujitsuEmptyMail.example;
    expect(errorsOf(rest)).toEqual([
      expect.stringMatching(
        /^supportDeskEmail: 宛先\(SupportDesk のメールアドレス\)がありません。.*https:\/\/eservice\.fujitsu\.com\/supportdesk-web\/.*空メール/,
      ),
      'registeredEmail: SupportDesk に利用者登録したメールアドレスを入力してください(富士通のプロファイルに登録しておくと毎回入ります)',
    ]);
  });

  it('no address is invented: without a profile the recipient is empty', () => {
    expect(fujitsuEmptyMail.defaults({ now: new Date() })).toMatchObject({ supportDeskEmail: '', sender: '' });
  });
});

import { describe, expect, it } from 'vitest';
import { SEED_001_WORK_REQUEST_FORMAT } from '../iij-shared/seed-formats.fixture';
import { iijWorkRequest } from '.';
import type { IijWorkRequestInput } from './schema';

const now = new Date('2026-11-20T03:00:00Z'); // Fri 2026-11-20 12:00 JST; next business day is Tue 11-24 (11-23 is 勤労感謝の日)

const render = (input: IijWorkRequestInput) => iijWorkRequest.render(iijWorkRequest.schema.parse(input));
const errorsOf = (input: unknown) =>
  (iijWorkRequest.schema.safeParse(input).error?.issues ?? []).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`,
  );
const rulesOf = (input: IijWorkRequestInput) => iijWorkRequest.rules!(input, { now });

const header = { masterId: 'IIJ0001234', requesterName: '山田 太郎', serviceCode: 'iid00012345' };
const t4 = {
  requested: true,
  reason: 'ログインできる管理者がいない',
  date: '2026-11-24',
  account: 'iij-hanako@example.jp',
  canLogin: true,
  noOtherAdmin: true,
};
const t5 = {
  requested: true,
  reason: 'ポリシー変更後ログイン不可',
  date: '2026-11-24',
  noOtherAdmin: true,
  defaultPolicyAdminExists: true,
};

/** Goldens: reviewed line by line against seed 001's 依頼フォーマット. */
const exampleGoldenSubject = '1.初期管理者パスワード通知メールの再送、3.管理者の通知先メールアドレスの変更';
const exampleGolden = `マスターID:IIJ0001234(下記サービスコードの運用管理担当者からのご依頼のみ受付できます)
ご依頼者様氏名:山田 太郎(上記マスターIDで登録いただいている運用管理担当者からのご依頼のみ受付できます)
サービスコード:iid00012345

以下の該当する選択肢の□を■に変更し、必要事項をご記入ください。
※■のチェック及び必要な情報が不足していると依頼を受けられない場合があります。

・希望する作業:
   ■ 1.初期管理者パスワード通知メールの再送
   □ 2.ドメイン所有権確認メールの再送
   ■ 3.管理者の通知先メールアドレスの変更
   □ 4.ユーザアカウントへの管理者権限の付与
   □ 5.ログインポリシー「デフォルト(Default)」の初期化
   □ 6.管理者アカウントの新規登録

・ご申告事項:  ※依頼対象の作業ごとに、以下情報をお知らせください

   ・1.初期管理者パスワード通知メールの再送
      - 再送が必要な理由(IIJ IDサービスを契約した直後に届く該当メールを受信できていないため)
      - 作業希望日(2026年11月25日)
      - 対象管理者のアカウント名(admin@example.jp)
      - 以下を確認済みであること
            □契約時に指定した初期管理者の通知先メールアドレスでメールの受信が可能であること

   ・2.ドメイン所有権確認メールの再送
      - 再送が必要な理由(          )
      - 作業希望日(          )
      - 初期管理者のアカウント名(          )
      - 以下を確認済みであること
            □契約時に指定した初期管理者の通知先メールアドレスでメールの受信が可能であること

   ・3.管理者の通知先メールアドレスの変更
      - 変更が必要な理由(契約の申込時に指定した通知先メールアドレスの綴りが間違っていたため、現在IIJ IDサービスからのメールが受信できず、初回ログインもできない状況である)
      - 作業希望日(2026年11月25日)
      - 対象管理者のアカウント名(admin@example.jp)
      - 変更後の通知先メールアドレス(it-admin@example.jp)
      - 以下を確認済みであること
           ■変更後の通知先メールアドレスでメールの受信が可能であること

  ・4.ユーザアカウントへの管理者権限の付与
      - 既存の管理者が該当ユーザに権限を付与できない理由(          )
      - 作業希望日(          )
      - 対象ユーザのアカウント名(          )
      - 以下を確認済みであること
            □ A:上記のユーザアカウントで現在ログインが可能であること
            □ B:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在しないこと
            □ C:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在するが、直近でログインが可能な管理者がいないこと

  ・5.ログインポリシー「デフォルト(Default)」の初期化
      - 初期化が必要な理由(          )
      - 作業希望日(          )
      - 以下を確認済みであること
            □ A:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在しないこと
            □ B:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在するが、直近でログイン可能な管理者がいないこと
            □ C:ログインポリシー「デフォルト(Default)」が適用されている管理者権限のアカウントが存在していること

  ・6.管理者アカウントの新規登録
      - 新管理者の登録を既存の管理者にて実施できない理由(          )
      - 作業希望日(          )
      - 新規で作成する初期管理者のアカウント名(          )
      - 新規で作成する初期管理者の通知先メールアドレス(          )`;

const adminGoldenSubject = '管理者権限の付与とデフォルトポリシーの初期化';
const adminGolden = `マスターID:IIJ0001234(下記サービスコードの運用管理担当者からのご依頼のみ受付できます)
ご依頼者様氏名:山田 太郎(上記マスターIDで登録いただいている運用管理担当者からのご依頼のみ受付できます)
サービスコード:iid00012345

以下の該当する選択肢の□を■に変更し、必要事項をご記入ください。
※■のチェック及び必要な情報が不足していると依頼を受けられない場合があります。

・希望する作業:
   □ 1.初期管理者パスワード通知メールの再送
   □ 2.ドメイン所有権確認メールの再送
   □ 3.管理者の通知先メールアドレスの変更
   ■ 4.ユーザアカウントへの管理者権限の付与
   ■ 5.ログインポリシー「デフォルト(Default)」の初期化
   □ 6.管理者アカウントの新規登録

・ご申告事項:  ※依頼対象の作業ごとに、以下情報をお知らせください

   ・1.初期管理者パスワード通知メールの再送
      - 再送が必要な理由(          )
      - 作業希望日(          )
      - 対象管理者のアカウント名(          )
      - 以下を確認済みであること
            □契約時に指定した初期管理者の通知先メールアドレスでメールの受信が可能であること

   ・2.ドメイン所有権確認メールの再送
      - 再送が必要な理由(          )
      - 作業希望日(          )
      - 初期管理者のアカウント名(          )
      - 以下を確認済みであること
            □契約時に指定した初期管理者の通知先メールアドレスでメールの受信が可能であること

   ・3.管理者の通知先メールアドレスの変更
      - 変更が必要な理由(          )
      - 作業希望日(          )
      - 対象管理者のアカウント名(          )
      - 変更後の通知先メールアドレス(          )
      - 以下を確認済みであること
           □変更後の通知先メールアドレスでメールの受信が可能であること

  ・4.ユーザアカウントへの管理者権限の付与
      - 既存の管理者が該当ユーザに権限を付与できない理由(該当管理者や他の管理者が誰も、IIJ IDコンソールにログインして変更操作を行えない状況である)
      - 作業希望日(2026年11月24日)
      - 対象ユーザのアカウント名(iij-hanako@example.jp)
      - 以下を確認済みであること
            ■ A:上記のユーザアカウントで現在ログインが可能であること
            □ B:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在しないこと
            ■ C:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在するが、直近でログインが可能な管理者がいないこと

  ・5.ログインポリシー「デフォルト(Default)」の初期化
      - 初期化が必要な理由(「デフォルト(Default)」ログインポリシーを変更後、該当管理者や他の管理者が誰も、IIJ IDコンソールにログインできなくなった)
      - 作業希望日(2026年11月24日)
      - 以下を確認済みであること
            □ A:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在しないこと
            ■ B:IIJ IDの契約内に、他に管理者権限を持つアカウントが存在するが、直近でログイン可能な管理者がいないこと
            ■ C:ログインポリシー「デフォルト(Default)」が適用されている管理者権限のアカウントが存在していること

  ・6.管理者アカウントの新規登録
      - 新管理者の登録を既存の管理者にて実施できない理由(          )
      - 作業希望日(          )
      - 新規で作成する初期管理者のアカウント名(          )
      - 新規で作成する初期管理者の通知先メールアドレス(          )`;

describe('iij-work-request render', () => {
  it('renders the example (tasks 1 and 3) exactly', () => {
    const rendered = render(iijWorkRequest.example);
    expect(rendered.subject).toBe(exampleGoldenSubject);
    expect(rendered.body).toBe(exampleGolden);
  });

  it('renders tasks 4 and 5 exactly; an unticked task keeps its empty block even with leftover values', () => {
    const rendered = render({
      ...header,
      subject: '管理者権限の付与とデフォルトポリシーの初期化',
      tasks: {
        t4: {
          ...t4,
          reason: '該当管理者や他の管理者が誰も、IIJ IDコンソールにログインして変更操作を行えない状況である',
          noOtherAdmin: false,
          noRecentAdmin: true,
        },
        t5: {
          ...t5,
          reason:
            '「デフォルト(Default)」ログインポリシーを変更後、該当管理者や他の管理者が誰も、IIJ IDコンソールにログインできなくなった',
          noOtherAdmin: false,
          noRecentAdmin: true,
        },
        t6: { requested: false, reason: 'left over', account: 'x@example.jp' },
      },
    });
    expect(rendered.subject).toBe(adminGoldenSubject);
    expect(rendered.body).toBe(adminGolden);
  });

  it('an empty form is seed 001’s format line by line (empty brackets, all □)', () => {
    const values = iijWorkRequest.schema.parse({
      ...header,
      tasks: {
        t6: {
          requested: true,
          reason: 'r',
          date: '2026-11-24',
          account: 'a@example.jp',
          notificationAddress: 'b@example.jp',
        },
      },
    });
    const empty = {
      ...values,
      masterId: '',
      requesterName: '',
      serviceCode: '',
      tasks: { ...values.tasks, t6: { ...values.tasks.t6, requested: false } },
    };
    expect(iijWorkRequest.render(empty).body).toBe(SEED_001_WORK_REQUEST_FORMAT);
  });
});

describe('iij-work-request rules', () => {
  it('needs at least one task', () => {
    expect(errorsOf({ ...header, tasks: {} })).toEqual(['tasks: 希望する作業を1つ以上選んでください']);
  });

  it('account names of requested tasks are full mail addresses', () => {
    expect(errorsOf({ ...header, tasks: { t4: { ...t4, account: 'iij-hanako' } } })).toEqual([
      'tasks.t4.account: ローカルパート部のみではなく、メールアドレス形式(例:iij-taro@example.jp)で入力してください',
    ]);
    expect(errorsOf({ ...header, tasks: { t4: { ...t4, reason: ' ', date: '' } } })).toEqual([
      'tasks.t4.reason: 既存の管理者が該当ユーザに権限を付与できない理由を入力してください',
      'tasks.t4.date: 作業希望日を入力してください',
    ]);
  });

  it('作業希望日 is on or after the first business day after sending: the holiday Monday is skipped', () => {
    const dateErrors = (date: string) =>
      rulesOf({ ...header, tasks: { t4: { ...t4, date } } }).filter((m) => m.path === 'tasks.t4.date');
    expect(dateErrors('2026-11-24')).toEqual([]);
    expect(dateErrors('2026-11-23')).toHaveLength(1);
    expect(dateErrors('2026-11-23')[0]!.message.ja).toContain('2026年11月24日以降');
    expect(dateErrors('2026-11-21')).toHaveLength(1);
  });

  it('year end: sent on 2026-12-31, 元日 and the weekend are skipped', () => {
    const newYearsEve = new Date('2026-12-31T01:00:00Z');
    const errors = (date: string) =>
      iijWorkRequest.rules!({ ...header, tasks: { t4: { ...t4, date } } }, { now: newYearsEve }).filter(
        (m) => m.path === 'tasks.t4.date',
      );
    expect(errors('2027-01-01')).toHaveLength(1);
    expect(errors('2027-01-04')).toEqual([]);
  });

  it('tasks 1/2: an address that cannot receive mail asks for task 3 too, with a fix that adds it', () => {
    const values = {
      ...header,
      tasks: { t1: { requested: true, reason: 'r', date: '2026-11-24', account: 'a@example.jp', receivable: false } },
    };
    const [message] = rulesOf(values).filter((m) => m.path === 'tasks.t1.receivable');
    expect(message).toMatchObject({
      level: 'error',
      message: {
        ja: expect.stringContaining('「3.管理者の通知先メールアドレスの変更」の作業も併せて依頼してください'),
      },
    });
    const fixed = message!.fix!.apply(values);
    expect(fixed).toMatchObject({ tasks: { t1: { requested: true }, t3: { requested: true } } });
    expect(rulesOf(fixed as IijWorkRequestInput).filter((m) => m.path === 'tasks.t1.receivable')).toEqual([]);
  });

  it('task 4: A is required; the fix requests task 6 instead, carrying reason, date and account', () => {
    const draft = { ...header, tasks: { t4: { ...t4, canLogin: false } } };
    const [message] = rulesOf(draft).filter((m) => m.level === 'error');
    expect(message).toMatchObject({
      path: 'tasks.t4.canLogin',
      message: { ja: expect.stringContaining('本作業は依頼できません') },
      fix: {
        label: { ja: '「4.ユーザアカウントへの管理者権限の付与」をやめ、「6.管理者アカウントの新規登録」を依頼する' },
      },
    });
    const fixed = message!.fix!.apply(draft) as IijWorkRequestInput;
    expect(fixed.tasks).toMatchObject({
      t4: { requested: false },
      t6: { requested: true, reason: t4.reason, date: t4.date, account: t4.account },
    });
    expect(rulesOf(fixed).filter((m) => m.level === 'error')).toEqual([]);
    // Task 6 still needs its own notification address; then the request validates and renders ■ 6 only.
    const complete = {
      ...fixed,
      tasks: { ...fixed.tasks, t6: { ...fixed.tasks!.t6, notificationAddress: 'new@example.jp' } },
    };
    expect(errorsOf(complete)).toEqual([]);
    expect(render(complete).body).toContain('   □ 4.ユーザアカウントへの管理者権限の付与\n   □ 5.');
    expect(render(complete).body).toContain('   ■ 6.管理者アカウントの新規登録');
  });

  it('task 4 → 6 keeps what task 6 already has', () => {
    const draft = { ...header, tasks: { t4: { ...t4, canLogin: false }, t6: { reason: '既存の理由', account: '' } } };
    const fixed = rulesOf(draft)
      .find((m) => m.path === 'tasks.t4.canLogin')!
      .fix!.apply(draft) as IijWorkRequestInput;
    expect(fixed.tasks?.t6).toMatchObject({ requested: true, reason: '既存の理由', account: t4.account });
  });

  it('task 4: B or C must hold (else an existing administrator should grant it)', () => {
    const errors = rulesOf({ ...header, tasks: { t4: { ...t4, noOtherAdmin: false, noRecentAdmin: false } } }).filter(
      (m) => m.level === 'error',
    );
    expect(errors.map((e) => e.path)).toEqual(['tasks.t4.noOtherAdmin']);
    expect(errors[0]!.message.ja).toContain(
      '権限付与の対応が可能な管理者に該当ユーザアカウントへの管理者権限付与を依頼してください',
    );
    expect(
      rulesOf({ ...header, tasks: { t4: { ...t4, noOtherAdmin: false, noRecentAdmin: true } } }).filter(
        (m) => m.level === 'error',
      ),
    ).toEqual([]);
  });

  it('task 5: table A (format A or B) is required', () => {
    const errors = rulesOf({ ...header, tasks: { t5: { ...t5, noOtherAdmin: false, noRecentAdmin: false } } }).filter(
      (m) => m.level === 'error',
    );
    expect(errors.map((e) => e.path)).toEqual(['tasks.t5.noOtherAdmin']);
    expect(rulesOf({ ...header, tasks: { t5: { ...t5, noOtherAdmin: false, noRecentAdmin: true } } })).toEqual([]);
  });

  it('task 5: without table B (format C) also request task 6, with a fix', () => {
    const values = { ...header, tasks: { t5: { ...t5, defaultPolicyAdminExists: false } } };
    const [message] = rulesOf(values);
    expect(message).toMatchObject({ level: 'warning', path: 'tasks.t5.defaultPolicyAdminExists' });
    expect(message!.fix!.apply(values)).toMatchObject({ tasks: { t5: { requested: true }, t6: { requested: true } } });
  });

  it('task 6: nobody can log in after changing the Default login policy → suggest task 5', () => {
    const values = {
      ...header,
      tasks: {
        t6: {
          requested: true,
          reason: '「デフォルト(Default)」のログインポリシーを変更後、誰もログインできなくなった',
          date: '2026-11-24',
          account: 'a@example.jp',
          notificationAddress: 'b@example.jp',
        },
      },
    };
    const [message] = rulesOf(values);
    expect(message).toMatchObject({ level: 'warning', path: 'tasks.t6.reason' });
    expect(message!.fix!.apply(values)).toMatchObject({ tasks: { t5: { requested: true } } });
  });
});

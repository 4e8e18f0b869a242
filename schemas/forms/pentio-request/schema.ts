import { z } from '../../zod';
import { mailAddress } from '../../mail-address';
import { tr } from '../../i18n';
import { oneLoginAccountId } from './account-id';
import { optionalChoice, optionalJstMinute, optionalText, requiredChoice } from '../../common';

/** Attachments are capture ids or file names; a name ending in .zip (any case) is a ZIP file. */
export const isZipName = (name: string) => /\.zip$/i.test(name.trim());

const shortText = () => optionalText(1000);

export const pentioRequestSchema = z
  .object({
    oneLoginAccountId,
    accountType: requiredChoice(
      ['shared', 'personal'],
      'ヘルプセンターにログインしているアカウントの種類',
      'the account type you sign in with',
    ),
    cc: z
      .array(mailAddress)
      .max(48, { error: tr('CCは48件までです', 'At most 48 CC addresses') })
      .default([]),
    // The help center's own option value (its request page lists them): any non-empty value.
    category: z
      .string({ error: tr('お問い合わせカテゴリを選択してください', 'Choose a category') })
      .max(500)
      .refine((value) => value.trim() !== '', {
        error: tr('お問い合わせカテゴリを選択してください', 'Choose a category'),
      })
      .prefault(''),
    priority: optionalChoice(['low', 'normal', 'high', 'urgent']),
    title: z
      .string({ error: tr('タイトルを入力してください', 'Enter a title') })
      .max(150, { error: tr('タイトルは150文字以内で入力してください', 'The title must be at most 150 characters') })
      .refine((value) => value.trim() !== '', { error: tr('タイトルを入力してください', 'Enter a title') })
      .refine((value) => !/[\r\n]/.test(value), {
        error: tr('タイトルは1行で入力してください', 'The title is one line'),
      })
      // prefault, not default: a missing title goes through the checks above and is refused.
      .prefault(''),
    inquiryType: requiredChoice(['troubleshoot', 'question'], 'お問い合わせの種類', 'the kind of inquiry'),
    trouble: z
      .object({ symptom: optionalText(), entities: optionalText(), occurredAt: optionalJstMinute() })
      .prefault({}),
    question: z.object({ content: optionalText(), premise: optionalText(), references: optionalText() }).prefault({}),
    env: z
      .object({
        osName: shortText(),
        osVersion: shortText(),
        browserName: shortText(),
        browserVersion: shortText(),
        pageUrl: optionalText(4000),
      })
      .prefault({}),
    connectorInquiry: z.boolean().default(false),
    connectorRequest: z.string().max(500).default(''),
    attachments: z
      .array(
        z
          .string()
          .max(1000)
          .refine((name) => !isZipName(name), {
            error: tr(
              '添付ファイルではZIPデータはお取り扱い出来ませんので、暗号化の有無を問わずZIPファイルのアップロードはご遠慮ください(ZIPを解除して再送付をご依頼することとなります)。ZIPを解除して、中のファイルを添付してください',
              'Pentio cannot handle ZIP files, encrypted or not (they would ask you to resend). Unzip it and attach the files themselves',
            ),
          }),
      )
      .max(100, { error: tr('添付は100件までです', 'At most 100 attachments') })
      .default([]),
  })
  .superRefine((values, ctx) => {
    if (values.accountType === 'shared' && values.cc.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['cc'],
        message: tr(
          'グループアドレスなど共有アカウントでログインされている場合は、お問い合わせ頂いているご担当者様個人のメールアドレスをCCに必ずご入力ください',
          'With a shared (group) login, put your personal mail address in CC',
        )(),
      });
    }
    if (values.connectorRequest !== '' && !values.connectorInquiry) {
      ctx.addIssue({
        code: 'custom',
        path: ['connectorRequest'],
        message: tr(
          'コネクタ追加リクエストはコネクタ追加に関するご相談の場合のみ選択します。コネクタ追加ではない通常のお問い合わせの場合には未指定のまま送信してください',
          'The connector request is only for connector requests; leave it empty for ordinary inquiries',
        )(),
      });
    }
    if (values.inquiryType === 'troubleshoot' && values.trouble.symptom.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['trouble', 'symptom'],
        message: tr('発生しているトラブル・エラーを入力してください', 'Describe what goes wrong')(),
      });
    }
    if (values.inquiryType === 'question' && values.question.content.trim() === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['question', 'content'],
        message: tr('ご質問・ご相談内容を入力してください', 'Enter your question')(),
      });
    }
  });

export type PentioRequestInput = z.input<typeof pentioRequestSchema>;
export type PentioRequestValues = z.output<typeof pentioRequestSchema>;

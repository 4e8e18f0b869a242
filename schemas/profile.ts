import { z } from 'zod';
import { mailAddress, mailList, optionalMailAddress } from './common';
import { tr } from './i18n';

/**
 * A profile: what a vendor asks for on every ticket, saved once. One shape per vendor,
 * told apart by `vendor`. Managed profiles come from enterprise policy and are read-only.
 */
const base = {
  id: z.string().min(1),
  name: z
    .string()
    .trim()
    .min(1, { error: tr('プロファイル名を入力してください', 'Enter a profile name') })
    .max(80, { error: tr('プロファイル名は80文字以内にしてください', 'Profile name must be at most 80 characters') }),
  isDefault: z.boolean().default(false),
  createdAt: z.string().default(() => new Date().toISOString()),
  updatedAt: z.string().default(() => new Date().toISOString()),
};

export const iijProfileSchema = z.object({
  ...base,
  vendor: z.literal('iij'),
  masterId: z
    .string()
    .trim()
    .min(1, { error: tr('マスターIDを入力してください', 'Enter the master ID') })
    .regex(/^[A-Za-z0-9._-]+$/, { error: tr('マスターIDは半角英数字で入力してください', 'The master ID is letters and digits') }),
  requesterName: z
    .string()
    .trim()
    .min(1, { error: tr('ご依頼者様氏名(運用管理担当者)を入力してください', 'Enter the requester (operations manager) name') })
    .max(100),
  serviceCodes: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9-]+$/, { error: tr('サービスコードは半角英数字で入力してください', 'A service code is letters and digits') }),
    )
    .min(1, { error: tr('サービスコードを1つ以上入力してください', 'Enter at least one service code') }),
  requesterEmail: mailAddress,
});

export const pentioProfileSchema = z
  .object({
    ...base,
    vendor: z.literal('pentio'),
    accountType: z.enum(['shared', 'personal'], {
      error: tr('ログインアカウントの種類を選んでください', 'Choose the login account type'),
    }),
    personalEmail: optionalMailAddress,
    groupEmail: optionalMailAddress,
    oneLoginAccountId: z
      .string()
      .trim()
      .regex(/^\d*$/, { error: tr('OneLogin Account ID は数字で入力してください', 'The OneLogin Account ID is digits') })
      .optional(),
  })
  .superRefine((p, ctx) => {
    // Pentio: a ticket from a shared/group login must CC the person asking.
    if (p.accountType === 'shared' && !p.personalEmail) {
      ctx.addIssue({
        code: 'custom',
        path: ['personalEmail'],
        message: tr(
          '共有アカウント(グループアドレスなど)でログインする場合、ご担当者様個人のメールアドレスが必須です(CCに入ります)',
          'With a shared (group) login, your personal mail address is required (it goes to CC)',
        )(),
      });
    }
  });

export const fujitsuProfileSchema = z.object({
  ...base,
  vendor: z.literal('fujitsu'),
  serviceAdminId: z
    .string()
    .trim()
    .regex(/^\d{8}$/, { error: tr('サービス管理者IDは8桁の数字です', 'The service admin ID is exactly 8 digits') }),
  registeredEmail: mailAddress,
  ccEmails: mailList.default([]),
  supportDeskEmail: mailAddress,
});

export const profileSchema = z.discriminatedUnion('vendor', [iijProfileSchema, pentioProfileSchema, fujitsuProfileSchema], {
  error: tr('ベンダーの種類(iij / pentio / fujitsu)が正しくありません', 'Unknown vendor (iij / pentio / fujitsu)'),
});

export type IijProfile = z.infer<typeof iijProfileSchema>;
export type PentioProfile = z.infer<typeof pentioProfileSchema>;
export type FujitsuProfile = z.infer<typeof fujitsuProfileSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;

/** A profile as the options page lists it: the user's own, or pushed by the organization. */
export type ListedProfile = Profile & { managed?: boolean };

/** Profiles exported to a file, and what an import accepts. */
export const PROFILE_EXPORT_FORMAT = 'support-ticket-helper/profiles';
const notAnExport = tr('このファイルはプロファイルのエクスポートファイルではありません', 'This file is not a profile export');
export const profileExportSchema = z.object(
  {
    format: z.literal(PROFILE_EXPORT_FORMAT, { error: notAnExport }),
    version: z.literal(1, { error: tr('対応していないファイルのバージョンです', 'Unsupported file version') }),
    exportedAt: z.string().optional(),
    profiles: z.array(z.unknown(), { error: tr('profiles の一覧がありません', 'The file has no profiles list') }),
  },
  { error: notAnExport },
);

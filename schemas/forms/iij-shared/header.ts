import { z } from '../../zod';
import type { FieldDef, PrefillContext } from '../../form-definition';
import { text, tr } from '../../i18n';
import { requiredText } from '../../common';
import { foldId } from '../../text-hygiene';
import { masterIdWhereToFind } from '../../vendors/iij/id-help';

/**
 * The three header lines every IIJ format starts with (seeds 000 and 001), and the editable
 * subject that goes beside the body (件名 on IIJ Service Online, Subject of a mail).
 */
const SUBJECT_MAX = 60;

export const headerShape = {
  masterId: z
    .string({ error: tr('マスターIDを入力してください', 'Enter the master ID') })
    // Typed with a Japanese IME it may be full-width (ＩＩＪ０００１２３４): folded to ASCII first.
    .transform(foldId)
    .pipe(
      z
        .string()
        .min(1, { error: tr('マスターIDを入力してください', 'Enter the master ID') })
        .regex(/^[A-Za-z0-9._-]+$/, {
          error: tr('マスターIDは半角英数字で入力してください', 'The master ID is letters and digits'),
        }),
    ),
  requesterName: requiredText('ご依頼者様氏名', 'the requester name', 100),
  serviceCode: requiredText('サービスコード', 'the service code', 1000),
  /** Empty: the subject is made from the body (see shortSubject). */
  subject: z
    .string()
    .max(SUBJECT_MAX, { error: tr('件名は60文字以内で入力してください', 'The subject must be at most 60 characters') })
    .refine((value) => !/[\r\n]/.test(value), { error: tr('件名は1行で入力してください', 'The subject is one line') })
    .default(''),
};

export type IijHeaderValues = { masterId: string; requesterName: string; serviceCode: string; subject: string };

const headerSection = text('ご依頼者様情報', 'Requester');

export const headerFields: FieldDef[] = [
  {
    path: 'masterId',
    kind: 'text',
    label: text('マスターID', 'Master ID'),
    // The seeds name no document or screen that shows the master ID: the profile editor's help.
    help: masterIdWhereToFind,
    required: true,
    section: headerSection,
  },
  {
    path: 'requesterName',
    kind: 'text',
    label: text('ご依頼者様氏名', 'Requester name'),
    help: text(
      '上記マスターIDで登録いただいている運用管理担当者からのご依頼のみ受付できます',
      'IIJ only accepts requests from the operations manager registered with the master ID above',
    ),
    required: true,
    section: headerSection,
  },
  {
    path: 'serviceCode',
    kind: 'text',
    label: text('サービスコード', 'Service code'),
    help: text(
      'プロファイルのサービスコードを「、」区切りで入れています。対象のサービスコードだけを残してください',
      'Filled with the profile’s service codes separated by 「、」; keep only the ones this request concerns',
    ),
    required: true,
    section: headerSection,
  },
  {
    path: 'subject',
    kind: 'text',
    label: text('件名', 'Subject'),
    help: text(
      '空欄の場合は本文の最初の行から作ります(60文字まで)',
      'When empty, made from the first line of the text (up to 60 characters)',
    ),
    section: headerSection,
  },
];

/** Header values from the IIJ profile. Several service codes are all offered, joined with '、'. */
export function headerDefaults(
  ctx: PrefillContext,
): Pick<IijHeaderValues, 'masterId' | 'requesterName' | 'serviceCode'> {
  const profile = ctx.profile?.vendor === 'iij' ? ctx.profile : undefined;
  return {
    masterId: profile?.masterId ?? '',
    requesterName: profile?.requesterName ?? '',
    serviceCode: profile?.serviceCodes.join('、') ?? '',
  };
}

/** '##########' is the seed's placeholder; it stays when a value is missing. */
const orPlaceholder = (value: string) => (value === '' ? '##########' : value);

export function renderHeader(values: Pick<IijHeaderValues, 'masterId' | 'requesterName' | 'serviceCode'>): string[] {
  return [
    `マスターID:${orPlaceholder(values.masterId)}(下記サービスコードの運用管理担当者からのご依頼のみ受付できます)`,
    `ご依頼者様氏名:${orPlaceholder(values.requesterName)}(上記マスターIDで登録いただいている運用管理担当者からのご依頼のみ受付できます)`,
    `サービスコード:${orPlaceholder(values.serviceCode)}`,
  ];
}

/** The user's subject, else `fallback`'s first non-empty line, cut to 60 characters. */
export function shortSubject(subject: string, fallback: string): string {
  if (subject.trim() !== '') return subject;
  const firstLine =
    fallback
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  const characters = Array.from(firstLine);
  return characters.length <= SUBJECT_MAX ? firstLine : `${characters.slice(0, SUBJECT_MAX - 1).join('')}…`;
}

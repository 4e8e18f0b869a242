import type { RenderedTicket } from '../../form-definition';
import { formatJstMinute } from '../../jst';
import { renderAccountId } from './account-id';
import { inquiryTypeOptions } from './fields';
import type { PentioRequestValues } from './schema';

/**
 * The 詳細 (description) of a Pentio request. Pentio has no fixed format, only its advice on
 * how to write one (「お問い合わせ内容の書き方(おすすめ)」); the text follows that advice under
 * 【】 headings. Unlike IIJ's formats there are no brackets to keep, so empty optional
 * sections are left out.
 */
const section = (heading: string, body: string): string[] => (body === '' ? [] : [`【${heading}】`, body, '']);

const joinNonEmpty = (...parts: string[]) => parts.filter((part) => part !== '').join(' ');

export function renderPentioRequest(v: PentioRequestValues): RenderedTicket {
  const environment = [
    ['OS', joinNonEmpty(v.env.osName, v.env.osVersion)],
    ['ブラウザ', joinNonEmpty(v.env.browserName, v.env.browserVersion)],
    ['画面のURL', v.env.pageUrl],
  ]
    .filter(([, value]) => value !== '')
    .map(([label, value]) => `${label}: ${value}`)
    .join('\n');

  const details =
    v.inquiryType === 'troubleshoot'
      ? [
          ...section('発生しているトラブル・エラー', v.trouble.symptom),
          ...section('対象のディレクトリ、アプリケーション、ユーザーなど', v.trouble.entities),
          ...section(
            '発生日時',
            v.trouble.occurredAt === '' ? '' : `${formatJstMinute(v.trouble.occurredAt)}(日本時間)`,
          ),
        ]
      : [
          ...section('ご質問・ご相談内容', v.question.content),
          ...section('前提となる情報・条件、ご利用スタイル', v.question.premise),
          ...section('参考URL', v.question.references),
        ];

  const lines = [
    ...renderAccountId(v.oneLoginAccountId),
    ...section('お問い合わせの種類', inquiryTypeOptions.find((o) => o.value === v.inquiryType)?.label.ja ?? ''),
    ...details,
    ...section('利用環境', environment),
  ];
  // Sections end with a blank line; the text itself does not.
  while (lines.at(-1) === '') lines.pop();
  return { subject: v.title, body: lines.join('\n'), attachments: v.attachments };
}

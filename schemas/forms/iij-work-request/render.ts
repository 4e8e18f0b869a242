import type { RenderedTicket } from '../../form-definition';
import { formatJstDate } from '../../jst';
import { renderHeader, shortSubject } from '../iij-shared/header';
import { mark } from '../iij-shared/marks';
import { taskCatalogue } from './fields';
import type { IijWorkRequestValues } from './schema';

/**
 * Seed 001's 依頼フォーマット, line by line. Whitespace: the seed's indents are made of
 * non-breaking and ordinary spaces (copied from a web page); here each indent keeps its width
 * but uses ordinary spaces, trailing spaces are dropped and the whitespace-only separator lines
 * are empty — every visible character is the seed's.
 *
 * Tasks not chosen keep their whole block, with □ and the empty `(          )`, as in the
 * format: IIJ sees the full form it asked for. Values left in a block whose task was unticked
 * are not printed, so IIJ never reads details of a task that is not requested.
 */
const EMPTY = '          ';

export function renderIijWorkRequest(v: IijWorkRequestValues): RenderedTicket {
  const chosen = taskCatalogue.filter((task) => v.tasks[task.key].requested);
  const lines = [
    ...renderHeader(v),
    '',
    '以下の該当する選択肢の□を■に変更し、必要事項をご記入ください。',
    '※■のチェック及び必要な情報が不足していると依頼を受けられない場合があります。',
    '',
    '・希望する作業:',
    ...taskCatalogue.map((task) => `   ${mark(chosen.includes(task))} ${task.title.ja}`),
    '',
    '・ご申告事項:  ※依頼対象の作業ごとに、以下情報をお知らせください',
    ...taskCatalogue.flatMap((task, index) => {
      const requested = chosen.includes(task);
      const taskValues: Record<string, unknown> = v.tasks[task.key];
      const valueOf = (key: string) => {
        const value = requested ? taskValues[key] : '';
        return typeof value === 'string' ? value : '';
      };
      return [
        // The format separates blocks with a blank line, but not after the last one.
        ...(index === 0 ? [''] : []),
        `${task.headingIndent}・${task.title.ja}`,
        ...task.items.map((item) => {
          const value = item.kind === 'date' ? formatJstDate(valueOf(item.key)) : valueOf(item.key);
          return `      - ${item.label.ja}(${value === '' ? EMPTY : value})`;
        }),
        ...(task.confirmations.length > 0 ? ['      - 以下を確認済みであること'] : []),
        ...task.confirmations.map(
          (confirmation) =>
            `${task.confirmationIndent}${mark(requested && taskValues[confirmation.key] === true)}${confirmation.line}`,
        ),
        ...(index < taskCatalogue.length - 1 ? [''] : []),
      ];
    }),
  ];
  const summary = chosen.map((task) => task.title.ja).join('、');
  return { subject: shortSubject(v.subject, summary), body: lines.join('\n'), attachments: [] };
}

import type { RenderedTicket } from '../../form-definition';
import { renderCommonItems, renderInquiryTicket } from '../iij-shared/inquiry';
import { iijOtherInquiryItems } from './fields';
import type { IijOtherInquiryValues } from './schema';

/** Seed 000 「ログイン以外に関する事象について問い合わせをする場合」, items (1)–(11). */
export function renderIijOtherInquiry(v: IijOtherInquiryValues): RenderedTicket {
  return renderInquiryTicket(v, [...renderCommonItems(v), ...iijOtherInquiryItems.render(v)]);
}

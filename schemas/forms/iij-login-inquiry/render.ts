import type { RenderedTicket } from '../../form-definition';
import { renderCommonItems, renderInquiryTicket } from '../iij-shared/inquiry';
import { iijLoginInquiryItems } from './fields';
import type { IijLoginInquiryValues } from './schema';

/** Seed 000 「ログインに関する事象について問い合わせをする場合」, items (1)–(15). */
export function renderIijLoginInquiry(v: IijLoginInquiryValues): RenderedTicket {
  return renderInquiryTicket(v, [...renderCommonItems(v), ...iijLoginInquiryItems.render(v)]);
}

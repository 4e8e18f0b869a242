import type { RenderedTicket } from '../../form-definition';
import {
  renderCommonItems,
  renderDirectorySync,
  renderGateway,
  renderInquiryTicket,
  renderM365,
  renderScreenshots,
} from '../iij-shared/inquiry';
import type { IijOtherInquiryValues } from './schema';

/** Seed 000 「ログイン以外に関する事象について問い合わせをする場合」, items (1)–(11). */
export function renderIijOtherInquiry(v: IijOtherInquiryValues): RenderedTicket {
  return renderInquiryTicket(v, [
    ...renderCommonItems(v),
    ...renderM365(v, 8),
    ...renderGateway(v, 9),
    ...renderScreenshots(v, 10),
    ...renderDirectorySync(v, 11),
  ]);
}

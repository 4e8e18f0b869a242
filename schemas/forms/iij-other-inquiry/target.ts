import { iijDeliveries } from '../iij-shared/delivery';
import type { IijOtherInquiryValues } from './schema';

export const iijOtherInquiryDelivery =
  iijDeliveries<IijOtherInquiryValues>('【IIJ IDサービス】お問い合わせ(ログイン以外)');

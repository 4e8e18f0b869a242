import { iijDeliveries } from '../iij-shared/delivery';
import type { IijLoginInquiryValues } from './schema';

export const iijLoginInquiryDelivery = iijDeliveries<IijLoginInquiryValues>('【IIJ IDサービス】お問い合わせ(ログイン)');

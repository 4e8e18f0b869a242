import { iijDeliveries } from '../iij-shared/delivery';
import type { IijWorkRequestValues } from './schema';

export const iijWorkRequestDelivery = iijDeliveries<IijWorkRequestValues>('【IIJ IDサービス】作業依頼');

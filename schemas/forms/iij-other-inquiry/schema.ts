import { z } from '../../zod';
import { inquiryShape } from '../iij-shared/inquiry';

/** Seed 000, ログイン以外に関する事象: the shared items only, numbered (1)–(11). */
export const iijOtherInquirySchema = z.object(inquiryShape);

export type IijOtherInquiryInput = z.input<typeof iijOtherInquirySchema>;
export type IijOtherInquiryValues = z.output<typeof iijOtherInquirySchema>;

import { text } from './i18n';

/** The sample address of seed 000 (an IIJ ID user ID), the one every mail field and message shows. */
export const mailExample = text('例: iij-taro@example.jp', 'e.g. iij-taro@example.jp');

import type { Delivery } from '../../form-definition';
import { text } from '../../i18n';

/**
 * IIJ takes every format through IIJ Service Online (the page adapter fills 件名 and 本文) or by
 * mail. The support address is in IIJ's 『IIJ IDサービス お客様窓口』 document, which we do not
 * have, so To stays empty for the user to fill; the mail comes from the requester's address.
 */
export function iijDeliveries<Values>(subjectPrefix: string): Delivery<Values>[] {
  return [
    { kind: 'iij-service-online' },
    {
      kind: 'mail',
      toMail: (_values, rendered, profile) => ({
        from: profile?.vendor === 'iij' ? profile.requesterEmail : undefined,
        to: [],
        cc: [],
        subject: rendered.subject === '' ? subjectPrefix : `${subjectPrefix} ${rendered.subject}`,
        body: rendered.body,
        attachments: rendered.attachments,
      }),
      // Seeds 000/001: where IIJ lists its contacts.
      whereToFindTo: text(
        'IIJ の窓口アドレスは、IIJサービスオンライン(https://help.iij.ad.jp)の「マニュアル・ダウンロード」にある『IIJ IDサービス お客様窓口』に載っています。メールアプリで宛先に入れてください。',
        'IIJ lists its support addresses in 『IIJ IDサービス お客様窓口』 under 「マニュアル・ダウンロード」 on IIJ Service Online (https://help.iij.ad.jp). Enter it as the recipient in your mail app.',
      ),
    },
  ];
}

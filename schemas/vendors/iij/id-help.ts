import { text } from '../../i18n';

/**
 * Where the administrator finds the IIJ header's IDs. Seeds 000 and 001 say only whose requests
 * IIJ accepts (the service code's 運用管理担当者, registered under the master ID) and where the
 * inquiry contacts are listed; they show no screen with either value, so neither does this.
 */
const contactsAt = text(
  'IIJ への問い合わせ先は、IIJサービスオンライン(https://help.iij.ad.jp)の「マニュアル・ダウンロード」にある『IIJ IDサービス お客様窓口』に載っています。',
  'IIJ’s inquiry contacts are listed in 『IIJ IDサービス お客様窓口』 under 「マニュアル・ダウンロード」 on IIJ Service Online (https://help.iij.ad.jp).',
);

export const masterIdWhereToFind = text(
  `IIJ は、サービスコードの運用管理担当者からの依頼だけを受け付けます。マスターIDは、御社の運用管理担当者が IIJ に登録されているIDです。わからない場合は、社内で IIJ の契約を管理している方(運用管理担当者)に確認してください。${contactsAt.ja}`,
  `IIJ accepts requests only from the service code’s operations manager (運用管理担当者). The master ID is the ID your organization’s operations manager is registered under at IIJ. If you do not know it, ask the person in your company who manages the IIJ contract (the operations manager). ${contactsAt.en}`,
);

export const serviceCodeWhereToFind = text(
  `御社の IIJ IDサービス契約のサービスコードです。IIJ は、このサービスコードの運用管理担当者からの依頼だけを受け付けます。わからない場合は、社内で IIJ の契約を管理している方(運用管理担当者)に確認してください。${contactsAt.ja}`,
  `The service code of your organization’s IIJ ID Service contract. IIJ accepts requests only from this service code’s operations manager. If you do not know it, ask the person in your company who manages the IIJ contract (the operations manager). ${contactsAt.en}`,
);

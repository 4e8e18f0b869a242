import type { IijWorkRequestInput } from './schema';

/** A filled work request: resend the password mail and fix the notification address it goes to. */
export const iijWorkRequestExample: IijWorkRequestInput = {
  masterId: 'IIJ0001234',
  requesterName: '山田 太郎',
  serviceCode: 'iid00012345',
  subject: '',
  tasks: {
    t1: {
      requested: true,
      reason: 'IIJ IDサービスを契約した直後に届く該当メールを受信できていないため',
      date: '2026-11-25',
      account: 'admin@example.jp',
      receivable: false,
    },
    t3: {
      requested: true,
      reason:
        '契約の申込時に指定した通知先メールアドレスの綴りが間違っていたため、現在IIJ IDサービスからのメールが受信できず、初回ログインもできない状況である',
      date: '2026-11-25',
      account: 'admin@example.jp',
      newAddress: 'it-admin@example.jp',
      receivable: true,
    },
  },
};

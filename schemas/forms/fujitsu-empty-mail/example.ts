import type { FujitsuEmptyMailInput } from './schema';

export const example: FujitsuEmptyMailInput = {
  receptionNumber: '２０２６１１２１－０４２',
  supportDeskEmail: 'supportdesk@example.fujitsu.com',
  sender: 'yamada.taro@example.co.jp',
  cc: ['sato.hanako@example.co.jp', 'infra-team@example.co.jp'],
  serviceAdminId: '53175710',
  registeredEmail: 'yamada.taro@example.co.jp',
};

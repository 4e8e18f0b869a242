import { text } from '../../i18n';

/** Seed 002 (Pentio's guide) does not mention the ID at all: no screen is named, the user may leave it empty. */
export const oneLoginAccountIdWhereToFind = text(
  'ペンティオヘルプセンターの案内(リクエスト送信方法)には、OneLogin Account ID をどこで確認できるかは書かれていません。任意の項目です。わからなければ空欄のままにしてください。入れておくと、リクエストの「詳細」の先頭に入ります。',
  'Pentio’s guide (how to send a request) does not say where the OneLogin Account ID is shown. The field is optional: if you are not sure, leave it empty. When set, it opens the request’s 「詳細」 (description).',
);

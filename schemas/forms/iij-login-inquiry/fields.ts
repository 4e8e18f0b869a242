import type { FieldDef, FieldOption } from '../../form-definition';
import { text } from '../../i18n';
import {
  commonFields,
  directorySyncItem,
  gatewayItem,
  m365Item,
  numberedItems,
  screenshotsItem,
  type InquiryItem,
} from '../iij-shared/inquiry';
import { markedOptions, slot } from '../iij-shared/marks';
import type { IijLoginInquiryValues } from './schema';
import { headerFields } from '../iij-shared/header';
import { valueAt } from '../../paths';

export const federationScopeOptions: FieldOption[] = [
  { value: 'all', label: text('すべての連携サービスにログインできない', 'Cannot log in to any federated service') },
  { value: 'specific', label: text('特定の連携サービスのみ', 'Only specific federated services') },
];
export const failurePointOptions: FieldOption[] = [
  { value: 'iijId', label: text('IIJ ID', 'IIJ ID authentication fails') },
  { value: 'federatedService', label: text('連携サービス', 'The federated service fails after IIJ ID') },
];
export const consoleLoginOptions: FieldOption[] = [
  { value: 'can', label: text('できる', 'Can log in') },
  { value: 'cannot', label: text('できない', 'Cannot log in') },
];

/** Item (13)'s second part only matters when IIJ ID succeeded and the federated service failed. */
export const failsAtFederatedService = (values: Record<string, unknown>) =>
  valueAt(values, 'failurePoint') === 'federatedService';

type LoginItem = InquiryItem<IijLoginInquiryValues>;

const externalServiceItem: LoginItem = {
  fields: (n) => [
    {
      path: 'externalService',
      kind: 'text',
      label: text('ログインしようとしている外部サービス', 'The service you are logging in to'),
      help: text(
        'IIJ IDコンソールにログインしようとしている場合は、IIJ IDコンソールと記載してください',
        'Write 「IIJ IDコンソール」 when logging in to the IIJ ID console',
      ),
      section: text(`(${n})ログインしようとしている外部サービス`, `(${n}) Target service`),
    },
  ],
  render: (v, n) => [`(${n})ログインしようとしている外部サービス`, `(${slot(v.externalService)})`],
};

const federationScopeItem: LoginItem = {
  fields: (n) => [
    {
      path: 'federationScope',
      kind: 'radio',
      label: text(
        'すべての連携サービスにログインできないか、もしくは特定の連携サービスのみか',
        'All federated services, or only specific ones?',
      ),
      options: federationScopeOptions,
      section: text(`(${n})すべての連携サービスか特定の連携サービスのみか`, `(${n}) Which federated services`),
    },
  ],
  render: (v, n) => [
    `(${n})すべての連携サービスにログインできないか、もしくは特定の連携サービスのみか`,
    `(${markedOptions(federationScopeOptions, v.federationScope, ' / ')})`,
  ],
};

const ssoItem: LoginItem = {
  fields: (n) => [
    ...(
      [
        ['sso.spInitiated', 'SP initiated SSOの場合', 'With SP-initiated SSO'],
        ['sso.idpInitiated', 'IdP initiated SSOの場合', 'With IdP-initiated SSO'],
      ] as const
    ).map(([path, ja, en]): FieldDef => ({
      path,
      kind: 'text',
      label: text(ja, en),
      help: text(
        'SAML のログインには2つの始め方があります。SP initiated: 連携サービスのログイン画面から始め、IIJ ID の認証画面に移る。IdP initiated: IIJ ID のユーザポータルから連携サービスを開く。両方を試し、それぞれログインできたか、どのエラーが出たかを記入してください。詳しくは IIJ のマニュアル「SAML認証の処理のフローを知りたい」(https://manual.iij.jp/iid/faq/19644038.html)。',
        'SAML sign-in starts in one of two ways. SP initiated: from the linked service’s sign-in page, which hands over to IIJ ID. IdP initiated: from the IIJ ID user portal, opening the linked service. Try both and give each result (signed in, or the error). See https://manual.iij.jp/iid/faq/19644038.html',
      ),
      section: text(`(${n})SP initiated / IdP initiated での違い`, `(${n}) SP- vs IdP-initiated`),
    })),
  ],
  render: (v, n) => [
    `(${n})連携サービスにログインできない場合、以下の利用方法の違いでログインの可否が変わるか`,
    `(SP initiated SSOの場合:${slot(v.sso.spInitiated)})`,
    `(IdP initiated SSOの場合:${slot(v.sso.idpInitiated)})`,
  ],
};

const failurePointItem: LoginItem = {
  fields: (n) => [
    {
      path: 'failurePoint',
      kind: 'radio',
      label: text(
        'IIJ IDでの認証が失敗するのか、IIJ IDでの認証後に連携サービスにログインできないのか',
        'Does IIJ ID authentication fail, or the federated service after IIJ ID?',
      ),
      help: text(
        '後者の場合は、IIJ IDコンソールへのログインの可否も記載してください',
        'If the latter, also say whether the IIJ ID console login works',
      ),
      options: failurePointOptions,
      section: text(`(${n})認証が失敗する箇所`, `(${n}) Where it fails`),
    },
    {
      path: 'consoleLogin',
      kind: 'radio',
      label: text('IIJ IDコンソールへのログインの可否', 'Can you log in to the IIJ ID console?'),
      options: consoleLoginOptions,
      section: text(`(${n})認証が失敗する箇所`, `(${n}) Where it fails`),
      visibleWhen: failsAtFederatedService,
      requiredMessage: text(
        '連携サービスにログインできない場合(後者の場合)は、IIJ IDコンソールへのログインの可否も記載してください',
        'The federated service fails after IIJ ID: also say whether the IIJ ID console login works (IIJ asks for it)',
      ),
    },
  ],
  render: (v, n) => [
    `(${n})IIJ IDでの認証が失敗するのか、IIJ IDでの認証後に連携サービスにログインできないのか`,
    `(${markedOptions(failurePointOptions, v.failurePoint, '・')})`,
    `(IIJ IDコンソールへのログインの可否:${markedOptions(consoleLoginOptions, failsAtFederatedService(v) ? v.consoleLogin : '', '・')})`,
  ],
};

/** Seed 000 「ログイン」: after the common (1)–(7), these items in this order ((8)–(15)). */
export const iijLoginInquiryItems = numberedItems<IijLoginInquiryValues>([
  externalServiceItem,
  federationScopeItem,
  ssoItem,
  m365Item,
  gatewayItem,
  failurePointItem,
  screenshotsItem,
  directorySyncItem,
]);

export const iijLoginInquiryFields: FieldDef[] = [...headerFields, ...commonFields, ...iijLoginInquiryItems.fields];

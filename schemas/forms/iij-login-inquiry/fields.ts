import type { FieldDef, FieldOption } from '../../form-definition';
import { text } from '../../i18n';
import { commonFields, directorySyncFields, gatewayFields, m365Fields, screenshotFields } from '../iij-shared/inquiry';
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

export const iijLoginInquiryFields: FieldDef[] = [
  ...headerFields,
  ...commonFields,
  {
    path: 'externalService',
    kind: 'text',
    label: text('ログインしようとしている外部サービス', 'The service you are logging in to'),
    help: text(
      'IIJ IDコンソールにログインしようとしている場合は、IIJ IDコンソールと記載してください',
      'Write 「IIJ IDコンソール」 when logging in to the IIJ ID console',
    ),
    section: text('(8)ログインしようとしている外部サービス', '(8) Target service'),
  },
  {
    path: 'federationScope',
    kind: 'radio',
    label: text(
      'すべての連携サービスにログインできないか、もしくは特定の連携サービスのみか',
      'All federated services, or only specific ones?',
    ),
    options: federationScopeOptions,
    section: text('(9)すべての連携サービスか特定の連携サービスのみか', '(9) Which federated services'),
  },
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
      'SAML認証で行われる処理のフローは、認証連携の起点の違いで以下2つのパターンがあります 上記2つの方法で結果が異なるかを確認し、それぞれ結果を記載してください。詳しくは、「SAML認証の処理のフローを知りたい(https://manual.iij.jp/iid/faq/19644038.html)」をご覧ください',
      'SAML has two flows depending on where sign-in starts; try both and give each result. See https://manual.iij.jp/iid/faq/19644038.html',
    ),
    section: text('(10)SP initiated / IdP initiated での違い', '(10) SP- vs IdP-initiated'),
  })),
  ...m365Fields(11),
  ...gatewayFields(12),
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
    section: text('(13)認証が失敗する箇所', '(13) Where it fails'),
  },
  {
    path: 'consoleLogin',
    kind: 'radio',
    label: text('IIJ IDコンソールへのログインの可否', 'Can you log in to the IIJ ID console?'),
    options: consoleLoginOptions,
    section: text('(13)認証が失敗する箇所', '(13) Where it fails'),
    visibleWhen: failsAtFederatedService,
    requiredMessage: text(
      '連携サービスにログインできない場合(後者の場合)は、IIJ IDコンソールへのログインの可否も記載してください',
      'The federated service fails after IIJ ID: also say whether the IIJ ID console login works (IIJ asks for it)',
    ),
  },
  ...screenshotFields(14),
  ...directorySyncFields(15),
];

import type { RenderedTicket } from '../../form-definition';
import {
  renderCommonItems,
  renderDirectorySync,
  renderGateway,
  renderInquiryTicket,
  renderM365,
  renderScreenshots,
} from '../iij-shared/inquiry';
import { markedOptions, slot } from '../iij-shared/marks';
import { consoleLoginOptions, failsAtFederatedService, failurePointOptions, federationScopeOptions } from './fields';
import type { IijLoginInquiryValues } from './schema';

/** Seed 000 「ログインに関する事象について問い合わせをする場合」, items (1)–(15). */
export function renderIijLoginInquiry(v: IijLoginInquiryValues): RenderedTicket {
  return renderInquiryTicket(v, [
    ...renderCommonItems(v),
    '(8)ログインしようとしている外部サービス',
    `(${slot(v.externalService)})`,
    '(9)すべての連携サービスにログインできないか、もしくは特定の連携サービスのみか',
    `(${markedOptions(federationScopeOptions, v.federationScope, ' / ')})`,
    '(10)連携サービスにログインできない場合、以下の利用方法の違いでログインの可否が変わるか',
    `(SP initiated SSOの場合:${slot(v.sso.spInitiated)})`,
    `(IdP initiated SSOの場合:${slot(v.sso.idpInitiated)})`,
    ...renderM365(v, 11),
    ...renderGateway(v, 12),
    '(13)IIJ IDでの認証が失敗するのか、IIJ IDでの認証後に連携サービスにログインできないのか',
    `(${markedOptions(failurePointOptions, v.failurePoint, '・')})`,
    `(IIJ IDコンソールへのログインの可否:${markedOptions(consoleLoginOptions, failsAtFederatedService(v) ? v.consoleLogin : '', '・')})`,
    ...renderScreenshots(v, 14),
    ...renderDirectorySync(v, 15),
  ]);
}

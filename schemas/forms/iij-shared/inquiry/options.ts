import type { FieldOption } from '../../../form-definition';
import { text } from '../../../i18n';

// Labels are the seed's words; the English is for the popup only.

export const scopeOptions: FieldOption[] = [
  { value: 'all', label: text('すべてのアカウント', 'All accounts') },
  { value: 'some', label: text('一部アカウントのみ', 'Some accounts only') },
];
export const onsetOptions: FieldOption[] = [
  { value: 'sudden', label: text('突然発生', 'Started suddenly (it used to work)') },
  { value: 'firstTime', label: text('初めての操作', 'First time doing this') },
];
export const changeOptions: FieldOption[] = [
  { value: 'yes', label: text('あり', 'Yes') },
  { value: 'no', label: text('なし', 'No') },
];
export const m365UsageOptions: FieldOption[] = [
  { value: 'web', label: text('WEB', 'Web') },
  { value: 'app', label: text('アプリ', 'Native app') },
  { value: 'both', label: text('両方', 'Both') },
];
export const gatewayOptions: FieldOption[] = [
  { value: 'webGateway', label: text('Webゲートウェイ', 'Web gateway') },
  { value: 'proxy', label: text('プロキシ', 'Proxy') },
  { value: 'none', label: text('使用していない', 'None') },
];

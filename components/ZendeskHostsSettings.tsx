import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { grantedHelpCenterOrigins } from '@/channels/grants';
import { say, text, type Text } from '@/schemas/i18n';

const originTexts = {
  notHttps: text(
    'https で始まるヘルプセンターのアドレスを入力してください。',
    'Enter the help center’s https address.',
  ),
  wildcard: text(
    'ワイルドカード(*)は使えません。ヘルプセンターのアドレスを 1 つずつ入力してください(例: https://example.zendesk.com)。',
    'Wildcards (*) are not allowed. Enter one help center address at a time (e.g. https://example.zendesk.com).',
  ),
  notAHost: text(
    'ヘルプセンターのホスト名として正しくありません(例: https://help.example.co.jp)。',
    'This is not a help center host name (e.g. https://help.example.co.jp).',
  ),
};

// One concrete DNS name: letters, digits and hyphens in each label, a top-level label of letters.
const HOST_NAME = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
// Second-level names under which anyone registers (co.jp, ne.jp, …): a grant there is a grant to everyone.
const SHARED_SECOND_LEVEL = /^(?:co|ne|or|ac|go|ed|gr|lg|ad|com|net|org|gov|edu)\.[a-z]{2}$/;

/**
 * "https://help.example.com/hc/ja" → "https://help.example.com/*": exactly one https host,
 * never a wildcard, an IP address or a shared suffix such as co.jp; otherwise why not.
 */
export function originPattern(input: string): { pattern: string } | { error: Text } {
  const trimmed = input.trim();
  if (trimmed.includes('*')) return { error: originTexts.wildcard };
  let url: URL;
  try {
    url = new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`);
  } catch {
    return { error: originTexts.notHttps };
  }
  if (url.protocol !== 'https:') return { error: originTexts.notHttps };
  if (!HOST_NAME.test(url.hostname) || SHARED_SECOND_LEVEL.test(url.hostname) || url.username || url.password)
    return { error: originTexts.notAHost };
  return { pattern: `${url.origin}/*` };
}

async function grantedOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return grantedHelpCenterOrigins(origins);
}

/**
 * Other Zendesk help centers (*.zendesk.com or a custom domain): granting the origin lets the
 * same Zendesk adapter fill its request page; revoking removes it again.
 */
export function ZendeskHostsSettings() {
  const [origins, setOrigins] = useState<string[]>([]);
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  const refresh = () => void grantedOrigins().then(setOrigins);
  useEffect(refresh, []);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const checked = originPattern(input);
    if ('error' in checked) return setError(say(checked.error));
    const pattern = checked.pattern;
    setError('');
    // Must run inside the click: browsers only show the permission prompt for a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) return setError(say(text('許可されませんでした。', 'Permission was not granted.')));
    setInput('');
    refresh();
  };

  return (
    <section aria-labelledby="zendesk-hosts-title">
      <h2 id="zendesk-hosts-title">{say(text('ほかの Zendesk ヘルプセンター', 'Other Zendesk help centers'))}</h2>
      <p className="muted">
        {say(
          text(
            'ペンティオ以外の Zendesk ヘルプセンターのリクエスト送信ページにも入力できるようにします。',
            'Lets the extension fill the request page of other Zendesk help centers too.',
          ),
        )}
      </p>
      <form className="row" onSubmit={(e) => void add(e)}>
        <label htmlFor="zendesk-host">{say(text('アドレス', 'Address'))}</label>
        <input
          id="zendesk-host"
          type="text"
          value={input}
          placeholder="https://example.zendesk.com"
          aria-invalid={error ? true : undefined}
          onChange={(e) => setInput(e.target.value)}
        />
        <button type="submit" className="primary">
          {say(text('許可する', 'Allow'))}
        </button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <ul>
        {origins.map((origin) => (
          <li key={origin} className="row">
            <span>{origin.replace(/\/\*$/, '')}</span>
            <button
              type="button"
              className="danger"
              onClick={() => void browser.permissions.remove({ origins: [origin] }).then(refresh)}
            >
              {say(text('許可を取り消す', 'Revoke'))}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

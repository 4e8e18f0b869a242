import { useEffect, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { grantedHelpCenterOrigins } from '@/channels/grants';
import { say, text } from '@/schemas/i18n';

/** "https://help.example.com/hc/ja" → "https://help.example.com/*"; undefined for anything not https. */
export function originPattern(input: string): string | undefined {
  try {
    const url = new URL(input.trim().includes('://') ? input.trim() : `https://${input.trim()}`);
    return url.protocol === 'https:' && url.hostname.includes('.') ? `${url.origin}/*` : undefined;
  } catch {
    return undefined;
  }
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
    const pattern = originPattern(input);
    if (!pattern)
      return setError(
        say(
          text('https で始まるヘルプセンターのアドレスを入力してください。', 'Enter the help center’s https address.'),
        ),
      );
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

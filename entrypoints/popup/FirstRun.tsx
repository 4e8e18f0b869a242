import { browser } from 'wxt/browser';
import { say, text } from '@/schemas/i18n';
import { vendors } from '@/schemas/vendors';

/**
 * The first time (no profile at all): what to set up once so that each ticket starts filled in,
 * and the way to take IT's shared file instead. The form below stays usable without it.
 */
export function FirstRun({ onDismiss }: { onDismiss(): void }) {
  return (
    <section className="first-run notice" aria-labelledby="first-run-heading">
      <h2 id="first-run-heading">{say(text('はじめに', 'Getting started'))}</h2>
      <p>
        {say(
          text(
            `${vendors.map((v) => say(v.name)).join('・')} のプロファイル(マスターID・連絡先など)を一度登録すると、問い合わせのたびに入力する必要がなくなります。IT 部門から配布されたファイルがあれば、それを読み込むだけで済みます。`,
            `Register a profile (master ID, contacts…) for ${vendors.map((v) => say(v.name)).join(', ')} once, and every ticket starts with it. If IT gave you a file, import it instead.`,
          ),
        )}
      </p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void browser.runtime.openOptionsPage()}>
          {say(text('プロファイルを登録・読み込む', 'Register or import profiles'))}
        </button>
        <button type="button" onClick={onDismiss}>
          {say(text('あとで', 'Later'))}
        </button>
      </div>
    </section>
  );
}

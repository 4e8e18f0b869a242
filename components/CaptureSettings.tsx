import { useEffect, useState, type FormEvent } from 'react';
import * as z from '@/schemas/zod-mini';
import { notifyCapturesChanged } from '@/capture/notify';
import { removeExpiredCaptures } from '@/capture/retention';
import { say, text } from '@/schemas/i18n';
import { getSetting, setSetting } from '@/storage/settings';

const qualities = [
  { value: 0.95, label: text('高画質(大きい)', 'High (larger files)') },
  { value: 0.85, label: text('標準', 'Standard') },
  { value: 0.7, label: text('軽量(小さい)', 'Light (smaller files)') },
];

/** Capture settings for the options page: stamp band, retention period, image quality. */
// eslint-disable-next-line max-lines-per-function -- one settings form; the lines are its markup
export function CaptureSettings() {
  const [stamp, setStamp] = useState<boolean>();
  const [quality, setQuality] = useState<number>();
  const [days, setDays] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');

  useEffect(() => {
    void Promise.all([
      getSetting('capture.stamp'),
      getSetting('capture.quality'),
      getSetting('capture.retentionDays'),
    ]).then(([s, q, d]) => {
      setStamp(s);
      setQuality(q);
      setDays(String(d));
    });
  }, []);

  const saved = () => setStatus(say(text('保存しました', 'Saved')));

  async function changeStamp(value: boolean) {
    setStamp(value);
    await setSetting('capture.stamp', value);
    saved();
  }

  async function changeQuality(value: number) {
    setQuality(value);
    await setSetting('capture.quality', value);
    saved();
  }

  async function saveDays(event: FormEvent) {
    event.preventDefault();
    setStatus('');
    try {
      await setSetting('capture.retentionDays', days.trim() === '' ? Number.NaN : Number(days));
    } catch (failure) {
      setError(failure instanceof z.core.$ZodError ? (failure.issues[0]?.message ?? '') : String(failure));
      return;
    }
    setError('');
    if ((await removeExpiredCaptures()) > 0) notifyCapturesChanged();
    saved();
  }

  if (stamp === undefined || quality === undefined) return null;
  return (
    <section aria-labelledby="capture-settings-heading">
      <h2 id="capture-settings-heading">{say(text('キャプチャの設定', 'Capture settings'))}</h2>
      <div className="field">
        <label>
          <input type="checkbox" checked={stamp} onChange={(event) => void changeStamp(event.currentTarget.checked)} />{' '}
          {say(text('画像に URL と日時(日本時間)を入れる', 'Stamp the URL and time (JST) on the image'))}
        </label>
        <span className="help">
          {say(
            text(
              'ベンダーは「URL が分かる画面」を求めます。通常はオンのままにしてください。',
              'Vendors ask for screens that show the URL; keep this on unless you have a reason.',
            ),
          )}
        </span>
      </div>
      <form className="field" onSubmit={(event) => void saveDays(event)} noValidate>
        <label htmlFor="capture-retention-days">{say(text('保存期間(日)', 'Keep captures for (days)'))}</label>
        <div className="row">
          <input
            id="capture-retention-days"
            type="number"
            min={1}
            max={3650}
            value={days}
            aria-invalid={error ? true : undefined}
            aria-describedby="capture-retention-help"
            onChange={(event) => setDays(event.currentTarget.value)}
            style={{ width: '8em' }}
          />
          <button type="submit">{say(text('保存', 'Save'))}</button>
        </div>
        <span id="capture-retention-help" className={error ? 'error' : 'help'}>
          {error ||
            say(text('これより古いキャプチャは自動的に削除されます。', 'Older captures are removed automatically.'))}
        </span>
      </form>
      <div className="field">
        <label htmlFor="capture-quality">{say(text('大きな画像の画質(JPEG)', 'Quality of large images (JPEG)'))}</label>
        <select
          id="capture-quality"
          value={quality}
          onChange={(event) => void changeQuality(Number(event.currentTarget.value))}
          style={{ width: 'auto' }}
        >
          {qualities.map((q) => (
            <option key={q.value} value={q.value}>
              {say(q.label)}
            </option>
          ))}
        </select>
        <span className="help">
          {say(
            text(
              '小さな画面は劣化のない PNG で保存し、大きな画面だけ JPEG に圧縮します。',
              'Small screens are kept as lossless PNG; only large ones are compressed to JPEG.',
            ),
          )}
        </span>
      </div>
      <p role="status" aria-live="polite" className="ok">
        {status}
      </p>
    </section>
  );
}

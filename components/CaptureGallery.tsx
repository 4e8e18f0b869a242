import { momentText } from '@/components/moment';
import { useEffect, useState } from 'react';
import { useLive } from '@/storage/live';
import type { EncodedImage } from '@/capture/image';
import { attachmentKind, captureFileName } from '@/capture/image';
import { notifyCapturesChanged } from '@/capture/notify';
import { removeExpiredCaptures } from '@/capture/retention';
import type { CaptureSummary } from '@/schemas/capture';
import { say, text } from '@/schemas/i18n';
import {
  addRedactedCopy,
  deleteAllCaptures,
  deleteCapture,
  listCaptures,
  replaceCaptureImage,
} from '@/storage/captures';
import type { CaptureRow } from '@/storage/schema';
import { downloadBlob } from '@/utils/download';
import { Redactor } from './Redactor';
import './capture.css';

export interface CaptureGalleryProps {
  /** The open draft's captures (the popup): offers attaching and detaching; absent in options. */
  attachedIds?: string[];
  onAttach?: (captureId: string) => void;
  /** Taken off the open draft only: other drafts of the incident keep it. */
  onDetach?: (captureId: string) => void;
  /** A redacted copy took the original's place on the drafts that send it. */
  onReplace?: (originalId: string, copyId: string) => void;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function Thumbnail({ image, alt }: { image: Blob; alt: string }) {
  const [url, setUrl] = useState<string>();
  const isImage = image.type === '' || image.type.startsWith('image/');
  useEffect(() => {
    if (!isImage) return;
    const objectUrl = URL.createObjectURL(image);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [image, isImage]);
  if (!isImage) return <span className="capture-thumb">TXT</span>;
  return url ? <img className="capture-thumb" src={url} alt={alt} /> : <span className="capture-thumb" />;
}

/** Captures kept in this browser: thumbnails, sizes and times; attach, redact, download, delete. */
// eslint-disable-next-line max-lines-per-function -- the gallery's handlers (attach, redact, delete, download) share its list state; most lines are markup
export function CaptureGallery({ attachedIds, onAttach, onDetach, onReplace }: CaptureGalleryProps) {
  const captures = useLive(() => listCaptures(), []);
  const [redacting, setRedacting] = useState<string>();
  const [confirmingDeleteAll, setConfirmingDeleteAll] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void removeExpiredCaptures().then((removed) => removed > 0 && notifyCapturesChanged());
  }, []);

  function changed(message: string) {
    notifyCapturesChanged();
    setStatus(message);
  }

  const attached = (capture: CaptureSummary) => attachedIds?.includes(capture.id) ?? false;

  function attach(capture: CaptureRow) {
    onAttach?.(capture.id);
    changed(say(text('この下書きに添付しました', 'Attached to this draft')));
  }

  function detach(capture: CaptureRow) {
    onDetach?.(capture.id);
    changed(
      say(text('この下書きから外しました(ほかの下書きには残ります)', 'Taken off this draft (other drafts keep it)')),
    );
  }

  async function remove(capture: CaptureRow) {
    await deleteCapture(capture.id);
    if (attached(capture)) onDetach?.(capture.id);
    changed(say(text('キャプチャを削除しました', 'Capture deleted')));
  }

  async function removeAll() {
    await deleteAllCaptures();
    for (const capture of captures ?? []) if (attached(capture)) onDetach?.(capture.id);
    setConfirmingDeleteAll(false);
    changed(say(text('すべてのキャプチャを削除しました', 'All captures deleted')));
  }

  async function applyRedaction(capture: CaptureRow, redacted: EncodedImage, keepOriginal: boolean) {
    const image = {
      image: redacted.blob,
      mimeType: redacted.blob.type,
      width: redacted.width,
      height: redacted.height,
      bytes: redacted.blob.size,
    };
    if (keepOriginal) {
      const copy = await addRedactedCopy(capture, image);
      if (attached(capture)) onReplace?.(capture.id, copy.id);
    } else {
      await replaceCaptureImage(capture.id, { ...image, redacted: true });
    }
    setRedacting(undefined);
    changed(say(text('黒塗りを適用しました', 'Redaction applied')));
  }

  return (
    <section className="capture-gallery" aria-labelledby="capture-gallery-heading">
      <div className="row capture-gallery-head">
        <h2 id="capture-gallery-heading">{say(text('キャプチャ', 'Captures'))}</h2>
        {captures && captures.length > 0 && (
          <span className="muted">{say(text(`${captures.length} 件`, `${captures.length}`))}</span>
        )}
        {captures && captures.length > 0 && !confirmingDeleteAll && (
          <button type="button" className="danger" onClick={() => setConfirmingDeleteAll(true)}>
            {say(text('すべて削除', 'Delete all'))}
          </button>
        )}
      </div>
      {confirmingDeleteAll && (
        <div
          className="notice row"
          role="alertdialog"
          aria-label={say(text('すべて削除の確認', 'Confirm deleting all'))}
        >
          <span>
            {say(
              text(
                `キャプチャ ${captures?.length ?? 0} 件をすべて削除します。元に戻せません。`,
                `Delete all ${captures?.length ?? 0} captures? This cannot be undone.`,
              ),
            )}
          </span>
          <button type="button" className="danger" onClick={() => void removeAll()}>
            {say(text('削除する', 'Delete'))}
          </button>
          <button type="button" onClick={() => setConfirmingDeleteAll(false)}>
            {say(text('やめる', 'Keep them'))}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" className="ok">
        {status}
      </p>
      {captures?.length === 0 && (
        <p className="muted">
          {say(
            text(
              'キャプチャはまだありません。ページを右クリックして「サポート用にキャプチャ」を選ぶと保存されます。',
              'No captures yet. Right-click a page and choose "Capture for support".',
            ),
          )}
        </p>
      )}
      <ul className="capture-list">
        {captures?.map((capture) => {
          const time = momentText(capture.createdAt);
          return (
            <li key={capture.id} className="capture-item" aria-label={`${capture.title || capture.pageUrl} ${time}`}>
              <Thumbnail
                image={capture.image}
                alt={say(
                  text(`${capture.title || capture.pageUrl} の画面`, `Screen of ${capture.title || capture.pageUrl}`),
                )}
              />
              <div className="capture-meta">
                <strong>{capture.title || capture.pageUrl}</strong>
                <span className="capture-url">{capture.pageUrl}</span>
                <span>
                  {time} · {formatBytes(capture.bytes)}
                  {capture.width > 0 && ` · ${capture.width}×${capture.height}`}
                  {capture.redacted && ` · ${say(text('黒塗り済み', 'Redacted'))}`}
                </span>
                {capture.selectionText && <q className="capture-selection">{capture.selectionText}</q>}
                {attachedIds && (
                  <span className="muted">
                    {attached(capture)
                      ? say(text('この下書きに添付済み', 'Attached to this draft'))
                      : say(text('この下書きには未添付', 'Not on this draft'))}
                  </span>
                )}
                <div className="row">
                  {attachedIds && !attached(capture) && (
                    <button type="button" className="primary" onClick={() => attach(capture)}>
                      {say(text('この下書きに添付', 'Attach to this draft'))}
                    </button>
                  )}
                  {attachedIds && attached(capture) && (
                    <button type="button" onClick={() => detach(capture)}>
                      {say(text('この下書きから外す', 'Take off this draft'))}
                    </button>
                  )}
                  {attachmentKind(capture.mimeType) === 'screenshot' && (
                    <button
                      type="button"
                      onClick={() => setRedacting(redacting === capture.id ? undefined : capture.id)}
                      aria-expanded={redacting === capture.id}
                    >
                      {say(text('黒塗り', 'Redact'))}
                    </button>
                  )}
                  <button type="button" onClick={() => downloadBlob(capture.image, captureFileName(capture))}>
                    {say(text('ダウンロード', 'Download'))}
                  </button>
                  <button type="button" className="danger" onClick={() => void remove(capture)}>
                    {say(text('削除', 'Delete'))}
                  </button>
                </div>
              </div>
              {redacting === capture.id && (
                <Redactor
                  image={capture.image}
                  width={capture.width}
                  height={capture.height}
                  onApply={(redacted, keepOriginal) => applyRedaction(capture, redacted, keepOriginal)}
                  onCancel={() => setRedacting(undefined)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

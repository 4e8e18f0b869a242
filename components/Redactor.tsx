import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { normalizeRect, redactImage, type Rect } from '@/capture/redact';
import type { EncodedImage } from '@/capture/image';
import { say, text } from '@/schemas/i18n';
import { getSetting } from '@/storage/settings';
import './capture.css';

export interface RedactorProps {
  image: Blob;
  /** The image's own size in pixels; rectangles are kept in these units. */
  width: number;
  height: number;
  /** Receives the redacted image and whether the user asked to keep the original too. */
  onApply: (redacted: EncodedImage, keepOriginal: boolean) => Promise<void>;
  onCancel: () => void;
}

const MIN_DRAG_PX = 4;
const fields = [
  { key: 'x', label: text('左', 'Left') },
  { key: 'y', label: text('上', 'Top') },
  { key: 'width', label: text('幅', 'Width') },
  { key: 'height', label: text('高さ', 'Height') },
] as const;

/**
 * Black out personal data before a capture is attached: drag rectangles over the image, or add
 * one with the button and set its position in pixels (keyboard users). Applying paints them
 * solid black into a new image; the original is discarded unless the user keeps it.
 */
// eslint-disable-next-line max-lines-per-function -- pointer handlers share the canvas state; most lines are markup
export function Redactor({ image, width, height, onApply, onCancel }: RedactorProps) {
  const [url, setUrl] = useState<string>();
  const [rects, setRects] = useState<Rect[]>([]);
  const [dragging, setDragging] = useState<Rect>();
  const [keepOriginal, setKeepOriginal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const overlay = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const objectUrl = URL.createObjectURL(image);
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [image]);

  function imagePoint(event: PointerEvent<HTMLDivElement>) {
    const box = overlay.current!.getBoundingClientRect();
    return {
      x: ((event.clientX - box.left) * width) / (box.width || 1),
      y: ((event.clientY - box.top) * height) / (box.height || 1),
    };
  }

  function startDrag(event: PointerEvent<HTMLDivElement>) {
    event.currentTarget.setPointerCapture?.(event.pointerId);
    const { x, y } = imagePoint(event);
    setDragging({ x, y, width: 0, height: 0 });
  }

  function moveDrag(event: PointerEvent<HTMLDivElement>) {
    if (!dragging) return;
    const { x, y } = imagePoint(event);
    setDragging({ ...dragging, width: x - dragging.x, height: y - dragging.y });
  }

  function endDrag() {
    if (!dragging) return;
    const rect = normalizeRect(dragging, width, height);
    if (rect.width >= MIN_DRAG_PX && rect.height >= MIN_DRAG_PX) setRects([...rects, rect]);
    setDragging(undefined);
  }

  function addRect() {
    setRects([
      ...rects,
      normalizeRect({ x: width / 4, y: height / 4, width: width / 2, height: height / 8 }, width, height),
    ]);
  }

  function changeRect(index: number, key: keyof Rect, value: number) {
    setRects(
      rects.map((rect, i) =>
        i === index ? normalizeRect({ ...rect, [key]: Number.isFinite(value) ? value : 0 }, width, height) : rect,
      ),
    );
  }

  async function apply() {
    setBusy(true);
    setError('');
    try {
      await onApply(await redactImage(image, rects, await getSetting('capture.quality')), keepOriginal);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }

  const shown = dragging ? [...rects, normalizeRect(dragging, width, height)] : rects;
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;

  return (
    <div className="redactor" role="group" aria-label={say(text('黒塗り', 'Redact'))}>
      <p className="muted">
        {say(
          text(
            '隠したい部分(氏名、メールアドレスなど)をドラッグして囲むと黒く塗りつぶされます。',
            'Drag over what to hide (names, addresses, ...): it will be painted black.',
          ),
        )}
      </p>
      <div className="redactor-canvas">
        {url && <img src={url} alt={say(text('黒塗りする画像', 'Image to redact'))} draggable={false} />}
        <div
          ref={overlay}
          className="redactor-overlay"
          data-testid="redactor-overlay"
          onPointerDown={startDrag}
          onPointerMove={moveDrag}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
        >
          {shown.map((rect, i) => (
            <div
              key={i}
              className="redactor-rect"
              style={{
                left: percent(rect.x, width),
                top: percent(rect.y, height),
                width: percent(rect.width, width),
                height: percent(rect.height, height),
              }}
            />
          ))}
        </div>
      </div>
      <ol className="redactor-list">
        {rects.map((rect, index) => (
          <li key={index} className="row">
            <span>{say(text(`範囲 ${index + 1}`, `Area ${index + 1}`))}</span>
            {fields.map(({ key, label }) => (
              <label key={key} className="redactor-number">
                {say(label)} (px)
                <input
                  type="number"
                  min={0}
                  value={rect[key]}
                  onChange={(event) => changeRect(index, key, event.currentTarget.valueAsNumber)}
                />
              </label>
            ))}
            <button type="button" onClick={() => setRects(rects.filter((_, i) => i !== index))}>
              {say(text(`範囲 ${index + 1} を削除`, `Remove area ${index + 1}`))}
            </button>
          </li>
        ))}
      </ol>
      <div className="row">
        <button type="button" onClick={addRect}>
          {say(text('範囲を追加', 'Add an area'))}
        </button>
        <label>
          <input
            type="checkbox"
            checked={keepOriginal}
            onChange={(event) => setKeepOriginal(event.currentTarget.checked)}
          />{' '}
          {say(text('黒塗り前の画像も残す', 'Also keep the original'))}
        </label>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="row">
        <button type="button" className="primary" disabled={busy || rects.length === 0} onClick={() => void apply()}>
          {say(text('黒塗りを適用', 'Apply redaction'))}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {say(text('キャンセル', 'Cancel'))}
        </button>
      </div>
    </div>
  );
}

import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TextPreview } from '@/components/TextPreview';
import { previewOfTicket } from '@/schemas/draft-preview';
import { pentioRequest } from '@/schemas/forms/pentio-request';

/**
 * The popup's preview shows what the vendor receives as text. A hostile string must come out
 * verbatim and create no element or attribute; the control shows the same string through
 * innerHTML would, so the text-only rendering is the safeguard.
 */
const HOSTILE = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '<a href="javascript:window.__xss=1">link</a>',
  '<svg onload="window.__xss=1"></svg>',
  '\u202Egnp.exe\u202C',
  'NUL:\u0000:end',
  '&lt;b&gt;escaped&lt;/b&gt; & "quotes" \'single\'',
].join('\n');

const injected = (root: HTMLElement) => root.querySelectorAll('img, script, a, svg, [onerror], [onload], [href]');

describe('hostile text through the popup preview', () => {
  it('TextPreview shows subject and body verbatim and creates no element or attribute from them', () => {
    const { container, getByTestId } = render(
      <TextPreview preview={previewOfTicket({ subject: HOSTILE, body: HOSTILE })} complete />,
    );
    expect(injected(container)).toHaveLength(0);
    expect(getByTestId('preview-subject').textContent).toBe(HOSTILE);
    expect(getByTestId('preview-body').textContent).toBe(HOSTILE);
    // Each line is one attribute-free <span>: the text made no element of its own.
    const lines = [...getByTestId('preview-body').children];
    expect(lines).toHaveLength(HOSTILE.split('\n').length);
    expect(
      lines.every((line) => line.tagName === 'SPAN' && line.attributes.length === 0 && line.children.length === 0),
    ).toBe(true);
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
  });

  it('a vendor renderer’s output carrying the hostile text stays text in the preview', () => {
    const values = pentioRequest.schema.parse({
      ...pentioRequest.example,
      title: 'SSO <img src=x onerror=alert(1)>',
      trouble: { ...pentioRequest.example.trouble, symptom: HOSTILE },
    });
    const rendered = pentioRequest.render(values);
    expect(rendered.body).toContain(HOSTILE);
    const { container, getByTestId } = render(<TextPreview preview={previewOfTicket(rendered)} complete />);
    expect(injected(container)).toHaveLength(0);
    expect(getByTestId('preview-body').textContent).toBe(rendered.body);
    expect(getByTestId('preview-subject').textContent).toBe(rendered.subject);
  });

  it('control: the same text inserted as HTML would create an <img> with an onerror handler and a <script>', () => {
    const { container } = render(<div data-testid="unsafe" dangerouslySetInnerHTML={{ __html: HOSTILE }} />);
    expect(container.querySelector('img[onerror]')).not.toBeNull();
    expect(container.querySelector('script')).not.toBeNull();
    expect(container.querySelector('a[href^="javascript:"]')).not.toBeNull();
    expect(injected(container).length).toBeGreaterThan(0);
  });
});

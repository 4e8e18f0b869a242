import { describe, expect, it } from 'vitest';
import { compared, htmlToText, missingRequired, normalizeText, notFound, report } from '@/page-adapters/fill-report';

describe('htmlToText', () => {
  it('turns CKEditor paragraphs into blank lines and <br> into line breaks', () => {
    expect(htmlToText('<p>一行目<br>二行目</p><p>次の段落</p>')).toBe('一行目\n二行目\n\n次の段落');
  });

  it('keeps escaped markup as the characters the user wrote, without running it', () => {
    expect(htmlToText('<p>&lt;img src=x onerror=alert(1)&gt; &amp; "引用"</p>')).toBe(
      '<img src=x onerror=alert(1)> & "引用"',
    );
  });
});

describe('compared', () => {
  it('counts a value equal up to line endings and trailing spaces as filled', () => {
    expect(compared('本文', 'a\nb', 'a  \r\nb\n', true).status).toBe('filled');
  });

  it('reports a different value with both texts', () => {
    expect(compared('件名', '期待', '実際', true)).toEqual({
      label: '件名',
      status: 'differs',
      required: true,
      expected: '期待',
      actual: '実際',
    });
  });

  it('reports a missing field as not found', () => {
    expect(compared('件名', 'x', undefined, true).status).toBe('not-found');
  });
});

describe('report', () => {
  it('is complete only when every field was filled, and lists the required ones that were not', () => {
    const done = report([compared('件名', 'a', 'a', true)]);
    expect(done.complete).toBe(true);
    const half = report([compared('件名', 'a', 'a', true), notFound('本文', true, 'b'), notFound('CC', false)]);
    expect(half.complete).toBe(false);
    expect(missingRequired(half).map((f) => f.label)).toEqual(['本文']);
  });
});

describe('normalizeText', () => {
  it('treats runs of blank lines as one paragraph break', () => {
    expect(normalizeText('a\n\n\n\nb')).toBe('a\n\nb');
  });
});

import { describe, expect, it } from 'vitest';
import {
  findByAttributes,
  findByLabel,
  largestTextarea,
  normalizeLabel,
  selectorFor,
} from '@/page-adapters/find-field';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('normalizeLabel', () => {
  it('ignores required/optional markers and spacing', () => {
    expect(normalizeLabel(' 件名 * ')).toBe('件名');
    expect(normalizeLabel('本文 必須')).toBe('本文');
    expect(normalizeLabel('優先度 (オプション)')).toBe('優先度');
    expect(normalizeLabel('CC')).toBe('cc');
  });
});

describe('findByLabel', () => {
  it('follows <label for>', () => {
    const doc = page('<label for="t">件名<span>*</span></label><input id="t" name="x">');
    expect(findByLabel(doc, ['件名'])).toBe(doc.getElementById('t'));
  });

  it('reads table layouts: the control in the cell after the header', () => {
    const doc = page('<table><tr><th>本文<span>必須</span></th><td><textarea name="a"></textarea></td></tr></table>');
    expect(findByLabel(doc, ['本文'])).toBe(doc.querySelector('textarea'));
  });

  it('finds a Garden combobox through aria-labelledby, skipping the hidden input the label points at', () => {
    const doc = page(
      '<div><label id="l" for="h">優先度</label><input id="h" hidden readonly name="request[priority]"><div role="combobox" aria-labelledby="l"></div><ul role="listbox" aria-labelledby="l"></ul></div>',
    );
    expect(findByLabel(doc, ['優先度'], (c) => c.getAttribute('role') === 'combobox')).toBe(
      doc.querySelector('[role=combobox]'),
    );
  });

  it('does not take a neighbouring field’s control when a label has none of its own', () => {
    const doc = page(
      '<div><div><label>件名</label></div><div><label for="b">本文</label><textarea id="b"></textarea></div></div>',
    );
    expect(findByLabel(doc, ['件名'])).toBeUndefined();
  });
});

describe('findByAttributes', () => {
  it('matches name, id or aria-label case-insensitively', () => {
    const doc = page('<input name="other"><textarea aria-label="Inquiry BODY"></textarea>');
    expect(findByAttributes(doc, ['body'])).toBe(doc.querySelector('textarea'));
  });
});

describe('largestTextarea', () => {
  it('takes the clearly largest visible text area', () => {
    const doc = page(
      '<textarea rows="3" cols="20"></textarea><textarea id="big" rows="20" cols="80"></textarea><textarea hidden rows="99" cols="99"></textarea>',
    );
    expect(largestTextarea(doc)).toBe(doc.getElementById('big'));
  });

  it('gives up on a tie, because it cannot tell which one is the body', () => {
    const doc = page('<textarea rows="10" cols="60"></textarea><textarea rows="10" cols="60"></textarea>');
    expect(largestTextarea(doc)).toBeUndefined();
  });
});

describe('selectorFor', () => {
  it('finds the element again by id, unique name, or position', () => {
    const doc = page(
      '<form><textarea id="x"></textarea><textarea name="f02"></textarea><div><textarea></textarea></div></form>',
    );
    const [byId, byName, byPosition] = [...doc.querySelectorAll('textarea')];
    for (const element of [byId, byName, byPosition]) expect(doc.querySelector(selectorFor(element!))).toBe(element);
    expect(selectorFor(byName!)).toBe('textarea[name="f02"]');
  });
});

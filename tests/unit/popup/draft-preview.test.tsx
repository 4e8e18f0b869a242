import { describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { getVisibleFields } from '@/components/form/get-visible-fields';
import { checkForm } from '@/components/form/validate';
import { MISSING_MARK, previewDraft, previewText } from '@/schemas/draft-preview';
import { forms } from '@/schemas/index';
import type { Values } from '@/schemas/paths';

const now = new Date('2026-11-24T01:15:00Z');

function previewOf(formId: string, values?: Values) {
  const form = forms.find((f) => f.id === formId)!;
  const draft = values ?? (form.defaults({ now }) as Values);
  const visible = getVisibleFields(form.fields, draft);
  const check = checkForm(form, draft, visible, now);
  const missing = visible.map((f) => f.path).filter((p) => check.byField.get(p)?.some((m) => m.level === 'error'));
  const shown = check.complete ? (check.parsed as Values) : draft;
  return { check, preview: previewDraft(form, shown, visible, missing)! };
}

describe('live vendor text', () => {
  it.each(forms.map((f) => [f.id, f] as const))('%s: a finished draft previews exactly the text sent', (_, form) => {
    const parsed = form.schema.parse(form.example) as Values;
    const sent = form.render(parsed as never);
    const { preview } = previewOf(form.id, form.example as Values);
    expect(previewText(preview)).toBe(sent.body);
    expect(preview.subject?.text ?? '').toBe(sent.subject);
    expect(previewText(preview)).not.toContain(MISSING_MARK);
  });

  it('an empty IIJ login inquiry already shows its text, each missing item marked and tied to its field', () => {
    const { check, preview } = previewOf('iij-login-inquiry');
    const lines = preview.lines;
    const after = (heading: string) => lines[lines.findIndex((l) => l.text === heading) + 1]!;
    expect(after('(1)問い合わせ内容')).toEqual({ text: '( 未入力 )', path: 'description', missing: true });
    expect(after('(4)事象を確認した具体的な日時')).toEqual({
      text: '( 未入力 )(日本時間)',
      path: 'occurredAt',
      missing: true,
    });
    expect(lines[0]).toMatchObject({ path: 'masterId', missing: true });
    expect(lines[0]!.text).toMatch(/^マスターID:\( 未入力 \)\(下記サービスコード/);
    // A choice shows the format's □ and is tied to its radio group.
    expect(
      after('(5)事象が今までは問題なく利用できていて突然発生したのか、それとも初めての操作で発生したのか'),
    ).toMatchObject({
      text: '(□突然発生・□初めての操作)',
      path: 'onset',
    });
    // What could be copied is never the marked text: the draft blocks, and its text has no marker.
    expect(check.blocking).toBe(true);
    expect(check.rendered?.body ?? '').not.toContain(MISSING_MARK);
  });

  it('Pentio: missing sections and the title are marked in the text and the subject', () => {
    const { preview } = previewOf('pentio-request');
    expect(preview.subject).toEqual({ text: MISSING_MARK, path: 'title', missing: true });
    const symptom = preview.lines.findIndex((l) => l.text === '【発生しているトラブル・エラー】');
    expect(preview.lines[symptom + 1]).toEqual({ text: MISSING_MARK, path: 'trouble.symptom', missing: true });
  });
});

describe('popup preview', () => {
  async function openIijInquiry() {
    Object.defineProperty(navigator, 'userAgentData', {
      configurable: true,
      value: { platform: 'Windows', getHighEntropyValues: () => new Promise(() => {}) },
    });
    const tab = await fakeBrowser.tabs.create({ url: 'https://help.iij.ad.jp/', title: 'IIJ' } as never);
    history.replaceState(null, '', `/popup.html?tab=${tab.id}`);
    render(<App />);
    return within(await screen.findByRole('region', { name: /ログインに関する事象/ }));
  }

  it('shows the text from the start, follows typing, expands, and a click on a line goes to its field', async () => {
    const user = userEvent.setup();
    const form = await openIijInquiry();
    const body = await screen.findByTestId('preview-body');
    expect(body.textContent).toContain('(1)問い合わせ内容\n( 未入力 )\n');

    const expand = screen.getByRole('button', { name: '全体を表示' });
    expect(body.className).not.toContain('expanded');
    await user.click(expand);
    expect(expand.getAttribute('aria-expanded')).toBe('true');
    expect(body.className).toContain('expanded');
    expect(screen.getByRole('button', { name: '縮める' })).toBe(expand);

    await user.click(within(body).getByText('( 未入力 )(日本時間)'));
    expect(document.activeElement).toBe(form.getByLabelText(/事象を確認した具体的な日時/));

    const description = form.getByLabelText(/問い合わせ内容/);
    await user.type(description, 'SSOでログインできない');
    await waitFor(() => expect(body.textContent).toContain('(1)問い合わせ内容\n( SSOでログインできない )\n'));
    await user.click(screen.getByRole('button', { name: '本文をコピー' }));
    await screen.findByText('未入力または誤りのある項目があります。最初の項目へ移動しました。');
  });
});

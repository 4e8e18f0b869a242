import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SchemaForm } from '@/components/form/SchemaForm';
import { getVisibleFields } from '@/components/form/get-visible-fields';
import { checkForm } from '@/components/form/validate';
import type { Values } from '@/schemas/paths';
import { withValueAt } from '@/schemas/paths';
import { TextPreview } from '@/components/TextPreview';
import { previewDraft } from '@/schemas/draft-preview';
import { setLocale } from '@/schemas/i18n';
import { testForm } from './test-form';

const now = new Date('2026-11-21T06:04:00Z');

function Harness({ initial }: { initial?: Values }) {
  const [values, setValues] = useState<Values>(
    initial ?? (testForm.defaults({ now, environment: { nowJst: '2026-11-21T15:04' } }) as Values),
  );
  const visible = getVisibleFields(testForm.fields, values);
  const check = checkForm(testForm, values, visible, now);
  return (
    <>
      <SchemaForm
        fields={visible}
        values={values}
        messages={check.byField}
        onChange={(path, value) => setValues((v) => withValueAt(v, path, value))}
        onApplyFix={(apply) => setValues(apply)}
        captures={[{ id: 'cap-1', title: 'ログインエラー', createdAt: '2026-11-21T06:00:00Z' }]}
      />
      <TextPreview
        preview={previewDraft(testForm, check.complete ? (check.parsed as Values) : values, visible, [])}
        complete={check.complete}
      />
      <output data-testid="blocking">{String(check.blocking)}</output>
    </>
  );
}

describe('SchemaForm', () => {
  it('draws every kind with an accessible name and prefilled values', () => {
    render(<Harness />);
    expect(screen.getByLabelText(/件名/)).toHaveProperty('value', '');
    expect(screen.getByLabelText('発生日時')).toHaveProperty('value', '2026-11-21T15:04');
    expect(screen.getByRole('group', { name: '製品' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '至急' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'ログインできない' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: '優先度' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: /ログインエラー/ })).toBeTruthy();
    expect(screen.getByLabelText('いつから')).toHaveProperty('value', '2026-11-21');
    expect(screen.getByLabelText('返信先')).toHaveProperty('type', 'email');
  });

  it('shows schema errors next to their field, marks it invalid and points to the message', async () => {
    render(<Harness />);
    const subject = screen.getByLabelText(/件名/);
    expect(subject.getAttribute('aria-invalid')).toBe('true');
    const described = subject
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
    expect(described).toEqual(['短く', expect.stringContaining('件名を入力してください')]);
    await userEvent.type(subject, 'ログインできません');
    expect(subject.getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByText('件名を入力してください')).toBeNull();
  });

  it('answers in English when the UI is English', () => {
    setLocale('en');
    render(<Harness />);
    expect(screen.getByText('Enter a subject')).toBeTruthy();
    expect(screen.getByLabelText(/Subject/)).toBeTruthy();
  });

  it('shows a conditional item only when it applies', async () => {
    render(<Harness />);
    expect(screen.queryByLabelText('M365の詳細')).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Microsoft 365' }));
    expect(screen.getByRole('heading', { name: '(7)Microsoft 365' })).toBeTruthy();
    expect(screen.getByLabelText('M365の詳細')).toBeTruthy();
  });

  it('places a mail list error on the list field and keeps the typed text', async () => {
    render(<Harness />);
    const cc = screen.getByLabelText('CC');
    await userEvent.type(cc, 'a@example.jp{enter}b@');
    expect(cc).toHaveProperty('value', 'a@example.jp\nb@');
    expect(cc.getAttribute('aria-invalid')).toBe('true');
    expect(within(cc.parentElement!).getByText(/メールアドレス形式/)).toBeTruthy();
  });

  it('offers a warning fix as a button that applies it, and warnings do not block', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByLabelText(/件名/), '件名');
    await userEvent.click(screen.getByRole('radio', { name: 'その他' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '至急' }));
    expect(screen.getByText('至急なら優先度を高に')).toBeTruthy();
    expect(screen.getByTestId('blocking').textContent).toBe('false');
    await userEvent.click(screen.getByRole('button', { name: '高にする' }));
    expect(screen.getByRole('combobox', { name: '優先度' })).toHaveProperty('value', 'high');
    expect(screen.queryByText('至急なら優先度を高に')).toBeNull();
  });

  it('previews the exact vendor text as text, never as HTML', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByLabelText(/件名/), '件名');
    await userEvent.click(screen.getByRole('radio', { name: 'Microsoft 365' }));
    await userEvent.type(screen.getByLabelText('URL'), 'https://x.example/<i>');
    await userEvent.type(screen.getByLabelText('詳細'), '1行目{enter}2行目');
    const body = screen.getByTestId('preview-body');
    expect(body.textContent).toBe(
      '■発生日時\n2026年11月21日 15時04分\n■製品\n■Microsoft 365\n■詳細\n1行目\n2行目\n<b>https://x.example/<i></b>',
    );
    expect(body.querySelector('b, i')).toBeNull();
    expect(screen.getByTestId('blocking').textContent).toBe('false');
  });

  it('checks group values in option order and the date-time "now" button writes JST', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('checkbox', { name: '遅い' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'ログインできない' }));
    expect(screen.getByRole('checkbox', { name: '遅い' })).toHaveProperty('checked', true);
    const occurred = screen.getByLabelText('発生日時');
    await userEvent.clear(occurred);
    expect(occurred.getAttribute('aria-invalid')).toBe('true');
    await userEvent.click(screen.getByRole('button', { name: '現在時刻' }));
    expect((occurred as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(occurred.getAttribute('aria-invalid')).toBe('false');
  });

  it('does not submit anything on Enter: the form has no submit target', async () => {
    const { container } = render(<Harness />);
    await userEvent.type(screen.getByLabelText(/件名/), '件名{enter}');
    expect(container.querySelector('form')).toBeNull();
    expect(screen.getByLabelText(/件名/)).toHaveProperty('value', '件名');
  });
});

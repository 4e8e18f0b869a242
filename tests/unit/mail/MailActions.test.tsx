import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import PostalMime from 'postal-mime';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MailActions } from '@/components/MailActions';
import { downloadBlob } from '@/utils/download';
import { fujitsuEmptyMail } from '@/schemas/forms/fujitsu-empty-mail';
import { iijLoginInquiry } from '@/schemas/forms/iij-login-inquiry';
import { defineForm, type FormDefinition } from '@/schemas/form-definition';
import { setLocale, text } from '@/schemas/i18n';
import { listHistory } from '@/storage/history';
import { z } from '@/schemas/zod';

vi.mock('@/utils/download', () => ({ downloadBlob: vi.fn() }));
beforeEach(() => vi.mocked(downloadBlob).mockClear());

const fujitsuValues = fujitsuEmptyMail.schema.parse(fujitsuEmptyMail.example);

function renderFujitsu(
  values = fujitsuValues,
  captures: { id?: string; name: string; type: string; blob: Blob }[] = [],
) {
  return render(
    <MailActions
      form={fujitsuEmptyMail as FormDefinition}
      values={values}
      rendered={fujitsuEmptyMail.render(values)}
      captures={captures}
    />,
  );
}

/** A mail form with a long Japanese body, as the IIJ inquiries render. */
const longInquiry = defineForm({
  id: 'long-inquiry',
  vendor: 'iij',
  title: text('長い問い合わせ', 'Long inquiry'),
  schema: z.object({ body: z.string() }),
  fields: [],
  defaults: () => ({ body: '' }),
  render: (values) => ({ subject: '【問い合わせ】ログインできない', body: values.body, attachments: ['cap-1'] }),
  delivery: [
    {
      kind: 'mail',
      toMail: (_values, rendered) => ({ from: 'taro@example.jp', to: ['support@iij.example'], cc: [], ...rendered }),
    },
  ],
  example: { body: '' },
});

async function downloadedMail() {
  expect(downloadBlob).toHaveBeenCalledTimes(1);
  const [blob, fileName] = vi.mocked(downloadBlob).mock.calls[0]!;
  return { fileName, mail: await PostalMime.parse(await blob.text()) };
}

describe('MailActions for the Fujitsu empty mail', () => {
  it('shows recipients, a mailto link with the reception number as subject, and 受付成立 for a registered sender', () => {
    renderFujitsu();
    const link = screen.getByRole('link', { name: 'メールアプリで開く' });
    const url = new URL(link.getAttribute('href')!);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('supportdesk@example.fujitsu.com');
    expect(url.searchParams.get('subject')).toBe('20261121-042');
    expect(url.searchParams.get('cc')).toBe('sato.hanako@example.co.jp,infra-team@example.co.jp');
    expect(url.searchParams.has('body')).toBe(false);
    expect(screen.getByTestId('acceptance-result').textContent).toBe(
      '受付成立: プロセス通り実行されます(このメールに全返信で回答が届きます)',
    );
    expect(screen.getByRole('note').textContent).toContain('未登録者からのメールは全て破棄されます');
    const current = screen.getByRole('table').querySelector('tr[aria-current="true"]')!;
    expect(
      within(current as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['OK', 'OK', '受付成立']);
  });

  it('marks the なりすまし row for an unregistered sender with an unknown admin ID', () => {
    renderFujitsu({ ...fujitsuValues, sender: 'someone@gmail.example', serviceAdminId: '' });
    expect(screen.getByTestId('acceptance-result').textContent).toBe(
      '受付拒否: “なりすまし”と判断され対応されません(メールにてご通知いたします)',
    );
    const current = screen.getByRole('table').querySelector('tr[aria-current="true"]')!;
    expect(
      within(current as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['NG', 'NG', '受付拒否']);
  });

  it('downloads an empty .eml from the registered address and records it in history without attachments', async () => {
    renderFujitsu(fujitsuValues, [
      { id: 'cap-1', name: 'screen.png', type: 'image/png', blob: new Blob([new Uint8Array(10)]) },
    ]);
    await userEvent.click(screen.getByRole('button', { name: '.eml をダウンロード' }));
    await screen.findByText('.eml をダウンロードしました。メールアプリで開いて送信してください');
    const { fileName, mail } = await downloadedMail();
    expect(fileName).toMatch(/^inquiry-\d{8}-\d{4}\.eml$/);
    expect(mail.from?.address).toBe('yamada.taro@example.co.jp');
    expect(mail.to?.map((a) => a.address)).toEqual(['supportdesk@example.fujitsu.com']);
    expect(mail.cc?.map((a) => a.address)).toEqual(['sato.hanako@example.co.jp', 'infra-team@example.co.jp']);
    expect(mail.subject).toBe('20261121-042');
    expect(mail.text ?? '').toBe('');
    expect(mail.attachments).toEqual([]); // the empty mail lists no captures
    const [row] = await listHistory();
    expect(row).toMatchObject({
      formId: 'fujitsu-empty-mail',
      action: 'eml',
      subject: '20261121-042',
      text: '',
      recipients: ['supportdesk@example.fujitsu.com', 'sato.hanako@example.co.jp', 'infra-team@example.co.jp'],
    });
  });

  it('records a mailto in history when the link is followed', async () => {
    renderFujitsu();
    const link = screen.getByRole('link', { name: 'メールアプリで開く' });
    link.addEventListener('click', (event) => event.preventDefault()); // happy-dom would navigate
    await userEvent.click(link);
    await vi.waitFor(async () => expect((await listHistory()).map((r) => r.action)).toEqual(['mailto']));
  });

  it('speaks English when the browser does', () => {
    setLocale('en');
    renderFujitsu();
    expect(screen.getByRole('link', { name: 'Open in my mail app' })).toBeTruthy();
    expect(screen.getByTestId('acceptance-result').textContent).toBe(
      'Accepted: SupportDesk proceeds as usual and answers by replying to all',
    );
  });
});

describe('MailActions for a long mail', () => {
  const body = 'ログインできません。'.repeat(40);
  const renderLong = () =>
    render(
      <MailActions
        form={longInquiry as FormDefinition}
        values={{ body }}
        rendered={longInquiry.render({ body })}
        captures={[
          {
            id: 'cap-1',
            name: 'エラー画面.png',
            type: 'image/png',
            blob: new Blob([new Uint8Array(1234)], { type: 'image/png' }),
          },
          { id: 'cap-2', name: 'other.png', type: 'image/png', blob: new Blob([new Uint8Array(5)]) },
        ]}
      />,
    );

  it('says the text is too long for the mail app and offers the .eml instead', () => {
    renderLong();
    expect(screen.queryByRole('link')).toBeNull();
    expect((screen.getByRole('button', { name: 'メールアプリで開く' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/本文が長いため、メールアプリに渡すと途中で切れるおそれがあります/).textContent).toContain(
      '上限 2,000 文字',
    );
    expect(screen.queryByRole('table')).toBeNull(); // the acceptance matrix is SupportDesk's
  });

  it('puts the body and the listed capture into the .eml', async () => {
    renderLong();
    await userEvent.click(screen.getByRole('button', { name: '.eml をダウンロード' }));
    await screen.findByText('.eml をダウンロードしました。メールアプリで開いて送信してください');
    const { mail } = await downloadedMail();
    expect(mail.subject).toBe('【問い合わせ】ログインできない');
    expect(mail.text?.trim()).toBe(body);
    expect(mail.attachments.map((a) => [a.filename, a.mimeType, (a.content as ArrayBuffer).byteLength])).toEqual([
      ['エラー画面.png', 'image/png', 1234],
    ]);
  });
});

describe('MailActions for an IIJ inquiry', () => {
  it('says where IIJ lists its address instead of an empty 宛先', () => {
    const values = iijLoginInquiry.schema.parse(iijLoginInquiry.example);
    render(
      <MailActions
        form={iijLoginInquiry as FormDefinition}
        values={values}
        rendered={iijLoginInquiry.render(values)}
        captures={[]}
      />,
    );
    const recipients = screen.getByText('宛先').nextElementSibling!;
    expect(recipients.textContent).toBe(
      '(空欄) IIJ の窓口アドレスは、IIJサービスオンライン(https://help.iij.ad.jp)の「マニュアル・ダウンロード」にある『IIJ IDサービス お客様窓口』に載っています。メールアプリで宛先に入れてください。',
    );
  });

  it('shows no such note when the form knows the address', () => {
    renderFujitsu();
    expect(screen.queryByText(/\(空欄\)/)).toBeNull();
  });
});

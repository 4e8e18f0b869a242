import { beforeEach, describe, expect, it } from 'vitest';
import { readRequestForm } from '@/page-adapters/zendesk-form-reader';
import { fieldByLabel } from '@/schemas/zendesk-labels';
import { EXAMPLE, PENTIO_LIKE } from '../../fixtures/zendesk-form/help-centers';
import { requestPage } from '../../fixtures/zendesk-form/page';

/** The fixture's request page as the browser receives it (its inline script holds the form data). */
function load(html: string) {
  document.documentElement.innerHTML = html
    .replace(/^<!doctype html>\s*<html[^>]*>/i, '')
    .replace(/<\/html>\s*$/, '')
    .replace(/<link [^>]*>/g, ''); // the page's stylesheet is not part of what is read
}

describe('readRequestForm: a Zendesk request page describes its own form', () => {
  beforeEach(() => load(requestPage(PENTIO_LIKE, PENTIO_LIKE.ticketForms[0]!)));

  it('reads the ticket form, each field’s label, kind and required flag, and every option with its value', () => {
    const form = readRequestForm(document)!;
    expect(form.ticketForm).toEqual({ id: '360001', name: '技術サポートリクエスト' });
    expect(form.ticketForms).toEqual([
      { id: '360001', name: '技術サポートリクエスト' },
      { id: '360002', name: 'ライセンス・契約のお問い合わせ' },
    ]);
    expect(form.fields.map((f) => [f.label, f.kind, f.required])).toEqual([
      ['お問い合わせカテゴリ', 'tagger', true],
      ['優先度', 'priority', false],
      ['タイトル', 'subject', true],
      ['詳細', 'description', true],
      ['コネクタ追加リクエスト', 'tagger', false],
      ['ご契約ID', 'text', false],
      ['社内の閲覧を許可する', 'checkbox', false],
    ]);
    const category = fieldByLabel(form, ['お問い合わせカテゴリ'])!;
    expect(category.name).toBe('request[custom_fields][360010]');
    expect(category.description).toBe('お問い合わせ内容に最も近いカテゴリをご選択ください');
    expect(category.options.map((o) => [o.label, o.value])).toEqual([
      ['ログイン・認証設定', 'ol_login'],
      ['アプリ連携::SAML', 'ol_app_saml'],
      ['アプリ連携::OIDC', 'ol_app_oidc'],
      ['AD・LDAP同期', 'ol_directory_sync'],
      ['その他', 'ol_misc'],
    ]);
  });

  it('finds a field whose page label differs from ours by the words around it', () => {
    const form = readRequestForm(document)!;
    expect(
      fieldByLabel(form, ['(OneLogin) コネクタ追加リクエスト', 'コネクタ追加リクエスト'])?.options.map((o) => o.label),
    ).toEqual(['あり（無償リクエスト）', 'あり（有償カスタム対応）', 'なし']);
  });

  it('keeps nested tagger options as paths', () => {
    load(requestPage(EXAMPLE, EXAMPLE.ticketForms[0]!));
    const topic = fieldByLabel(readRequestForm(document)!, ['Topic'])!;
    expect(topic.options.map((o) => o.path)).toEqual([
      ['Sign-in', 'Password reset'],
      ['Sign-in', 'Two-factor'],
      ['Billing'],
    ]);
  });

  it('describes nothing on a page whose scripts hold no form data as JSON', () => {
    load('<body><script>render({ "fields": [1] }); const x = { ticket_fields: [] };</script><form></form></body>');
    expect(readRequestForm(document)).toBeUndefined();
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fillIij, withAttachmentLine } from '@/page-adapters/iij';
import type { IijPlan } from '@/schemas/fill';

const SITE = resolve(import.meta.dirname, '../../fixtures/sites/help.iij.ad.jp/inquiry');

function load(page: string) {
  const html = readFileSync(resolve(SITE, page, 'index.html'), 'utf8');
  document.documentElement.innerHTML = html.replace(/^<!doctype html>\s*<html[^>]*>/i, '').replace(/<\/html>\s*$/, '');
}

const png = { name: 'screenshot-1.png', type: 'image/png', base64: btoa('\x89PNG fake') };
const plan = (overrides: Partial<IijPlan> = {}): IijPlan => ({
  adapter: 'iij',
  subject: '【IIJ IDサービス】お問い合わせ(ログイン)',
  body: 'マスターID:iid00001\n(1)問い合わせ内容 ( ログインできません )\n\n<img src=x onerror=alert(1)>',
  files: [],
  rememberedFields: {},
  ...overrides,
});

const body = () => document.querySelector<HTMLTextAreaElement>('#inquiryBody')!;
const subject = () => document.querySelector<HTMLInputElement>('#inquiryTitle')!;

describe('fillIij on the IIJ input page', () => {
  beforeEach(() => load('input'));

  it('replaces the page template with the rendered text, fills 件名 and reads both back', () => {
    const result = fillIij(plan(), false);
    expect(result.kind).toBe('report');
    if (result.kind !== 'report') return;
    expect(result.report.complete).toBe(true);
    expect(result.report.fields.map((f) => [f.label, f.status])).toEqual([
      ['件名', 'filled'],
      ['本文', 'filled'],
    ]);
    expect(subject().value).toBe('【IIJ IDサービス】お問い合わせ(ログイン)');
    expect(body().value).toContain('<img src=x onerror=alert(1)>');
    expect(body().value).not.toContain('##########');
    expect(document.querySelector('img')).toBeNull();
  });

  it('marks the template’s 添付ファイル line ■有 and attaches the files', () => {
    const result = fillIij(plan({ files: [png, { ...png, name: 'screenshot-2.png' }] }), false);
    expect(body().value).toMatch(/添付ファイル:■有・□無$/);
    const chosen = [...document.querySelectorAll<HTMLInputElement>('input[type=file]')].map((i) =>
      [...(i.files ?? [])].map((f) => f.name).join(),
    );
    expect(chosen).toEqual(['screenshot-1.png', 'screenshot-2.png', '']);
    expect(result.kind === 'report' && result.report.complete).toBe(true);
  });

  it('asks before replacing text the user typed, and changes nothing until told to', () => {
    body().value = '自分で書いた下書き';
    expect(fillIij(plan(), false)).toEqual({ kind: 'confirm-overwrite', field: '本文' });
    expect(body().value).toBe('自分で書いた下書き');
    expect(subject().value).toBe('');
    const result = fillIij(plan(), true);
    expect(result.kind === 'report' && result.report.complete).toBe(true);
    expect(body().value).toContain('ログインできません');
  });
});

describe('fillIij on a page whose body cannot be told apart', () => {
  beforeEach(() => load('input-unlabeled'));

  it('reports 本文 not found and fills nothing', () => {
    const result = fillIij(plan(), false);
    expect(result.kind === 'report' && result.report).toEqual({
      complete: false,
      fields: [{ label: '本文', status: 'not-found', required: true, expected: plan().body }],
    });
    expect([...document.querySelectorAll('textarea')].map((t) => t.value)).toEqual(['', '']);
  });

  it('uses the field the user pointed at before', () => {
    const result = fillIij(plan({ rememberedFields: { body: 'textarea[name="f02"]' } }), false);
    expect(result.kind === 'report' && result.report.complete).toBe(true);
    expect(document.querySelector<HTMLTextAreaElement>('textarea[name="f02"]')!.value).toContain('ログインできません');
    expect(document.querySelector<HTMLTextAreaElement>('textarea[name="f01"]')!.value).toBe('');
  });
});

describe('withAttachmentLine', () => {
  it('marks an existing line either way', () => {
    expect(withAttachmentLine('本文\n添付ファイル:□有・■無', '', true)).toBe('本文\n添付ファイル:■有・□無');
    expect(withAttachmentLine('本文\n添付ファイル:■有・□無', '', false)).toBe('本文\n添付ファイル:□有・■無');
  });

  it('adds the template’s line when the text has none', () => {
    expect(withAttachmentLine('本文\n', 'テンプレート\n添付ファイル:□有・□無\n', true)).toBe(
      '本文\n\n添付ファイル:■有・□無',
    );
  });

  it('leaves the text alone when neither has such a line', () => {
    expect(withAttachmentLine('本文', 'テンプレート', true)).toBe('本文');
  });
});

describe('fillIij on look-alike pages with other markup', () => {
  const statuses = (result: ReturnType<typeof fillIij>) =>
    result.kind === 'report' ? result.report.fields.map((f) => `${f.label}=${f.status}`) : [];
  const notes = (result: ReturnType<typeof fillIij>) =>
    result.kind === 'report' ? result.report.fields.map((f) => f.note ?? '') : [];

  it('finds 本文 by its label’s prefix beside a second textarea of the same size', () => {
    load('input-prefixed');
    const result = fillIij(plan(), false);
    expect(statuses(result)).toEqual(['件名=filled', '本文=filled']);
    expect(body().value).toContain('ログインできません');
    expect(document.querySelector<HTMLTextAreaElement>('#previousInquiry')!.value).toBe('');
  });

  it('finds 本文 by the template the page pre-fills when no label names it', () => {
    load('input-prefixed');
    document.querySelector('label[for=inquiryBody]')!.textContent = '記入欄';
    fillIij(plan(), false);
    expect(body().value).toContain('ログインできません');
    expect(document.querySelector<HTMLTextAreaElement>('#previousInquiry')!.value).toBe('');
  });

  it('without a file input: the body neither says ■有 nor counts files, and the report says where the files went', () => {
    load('input-no-files');
    const counted = `${plan().body}\n(添付ファイル: 1件 )`;
    const result = fillIij(plan({ body: counted, files: [png] }), false);
    expect(body().value).not.toContain('■有');
    expect(body().value).not.toContain('添付ファイル: 1件');
    expect(body().value).toMatch(/添付ファイル:□有・■無$/);
    expect(statuses(result)).toEqual(['件名=filled', '本文=filled', '添付ファイル screenshot-1.png=not-found']);
    expect(notes(result)[2]).toContain('添付ファイルの欄がない');
    expect(result.kind === 'report' && result.report.complete).toBe(false);
  });

  it('never writes the ticket into a memo when the page has no 本文', () => {
    load('input-memo-only');
    const result = fillIij(plan(), false);
    expect(statuses(result)).toEqual(['本文=not-found', '件名=differs']);
    expect(document.querySelector<HTMLTextAreaElement>('#memo')!.value).toBe('');
  });

  it('fills neither a disabled 本文 nor a 件名 whose maxlength would cut the text, and says why', () => {
    load('input-restricted');
    const result = fillIij(plan(), false);
    expect(statuses(result)).toEqual(['件名=differs', '本文=differs']);
    expect(notes(result)[0]).toContain('10文字まで');
    expect(notes(result)[1]).toContain('無効');
    expect(subject().value).toBe('');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { checkDraft } from '@/schemas/check-draft';
import { setLocale } from '@/schemas/i18n';
import { forms } from '@/schemas/index';
import { withValueAt, type Values } from '@/schemas/paths';

/**
 * Whatever a draft gets wrong, the Japanese UI and CLI answer in Japanese: empty drafts, a draft
 * that is not an object, and every field given a value of the wrong type.
 */
const now = new Date('2026-11-20T03:00:00Z');
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
const zodEnglish = /invalid|expected|received|unrecognized|too (big|small)/i;

afterEach(() => setLocale('ja'));

const wrongTyped = (example: Values, paths: string[], value: unknown) =>
  paths.reduce((draft, path) => withValueAt(draft, path, value), { ...example });

describe.each(forms.map((form) => [form.id, form] as const))('%s', (_id, form) => {
  const paths = form.fields.map((field) => field.path);
  const drafts: [string, unknown][] = [
    ['empty object', {}],
    ['null', null],
    ['a string', 'draft'],
    ['numbers everywhere', wrongTyped(form.example as Values, paths, 42)],
    ['objects everywhere', wrongTyped(form.example as Values, paths, { nested: true })],
    ['strings everywhere', wrongTyped(form.example as Values, paths, 'x')],
  ];

  it.each(drafts)('%s: every message is Japanese', (_name, draft) => {
    const issues = checkDraft(form, draft, now).issues;
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(issue.message, issue.path).toMatch(japanese);
      expect(issue.message, issue.path).not.toMatch(zodEnglish);
    }
  });

  it('and English when the UI is English', () => {
    setLocale('en');
    // Japanese page names may be quoted (「ログイン履歴の閲覧(全ユーザ)」); zod's own Japanese may not.
    for (const issue of checkDraft(form, wrongTyped(form.example as Values, paths, 42), now).issues)
      expect(issue.message, issue.path).not.toMatch(/無効な|期待され|入力されました|認識されていない/);
  });
});

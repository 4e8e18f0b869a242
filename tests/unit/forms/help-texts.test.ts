import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { forms } from '@/schemas/index';
import type { Text } from '@/schemas/i18n';

/** Every text a form shows beside its fields: help, follow-up messages and option notes. */
function helpTexts(): { where: string; ja: string }[] {
  const found: { where: string; ja: string }[] = [];
  const add = (where: string, t: Text | undefined) => t && found.push({ where, ja: t.ja });
  for (const form of forms) {
    add(`${form.id} description`, form.description);
    for (const field of form.fields) {
      add(`${form.id} ${field.path} help`, field.help);
      add(`${form.id} ${field.path} requiredMessage`, field.requiredMessage);
      for (const option of field.options ?? []) add(`${form.id} ${field.path}=${option.value}`, option.help);
    }
  }
  return found;
}

/** Source files of what the user sees (tests and seed copies excluded). */
function uiSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return uiSources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.|fixture/.test(name) ? [path] : [];
  });
}

describe('help texts', () => {
  it('exist for the forms (the check below has something to check)', () => {
    expect(helpTexts().length).toBeGreaterThan(40);
  });

  it('never announce a list (以下/下記) without giving it', () => {
    const announcing = helpTexts().filter(({ ja }) => /以下|下記/.test(ja));
    const empty = announcing.filter(({ ja }) => {
      const after = ja.slice(ja.search(/以下|下記/));
      return !/[・:：]|https?:\/\//.test(after);
    });
    expect(empty).toEqual([]);
  });

  it('speak as the extension about the vendor, never as the vendor (弊社)', () => {
    expect(helpTexts().filter(({ ja }) => ja.includes('弊社'))).toEqual([]);
  });

  it('the Japanese UI has none of the wording users found casual or odd', () => {
    const odd = ['エラーを直してください', 'あなたがベンダーのページ', '忘れる', '(任意)'];
    const hits = ['components', 'entrypoints', 'schemas', 'page-adapters', 'channels', 'capture', 'mail']
      .flatMap((dir) => uiSources(dir))
      .flatMap((file) => odd.filter((w) => readFileSync(file, 'utf8').includes(w)).map((w) => `${file}: ${w}`));
    expect(hits).toEqual([]);
  });
});

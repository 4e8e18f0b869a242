import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forms } from '@/schemas/index';
import { iijLoginInquiry } from '@/schemas/forms/iij-login-inquiry';

/** The render CLI, run as a user runs it (no browser, no bundler). */
const runCli = (...args: string[]) => runCliIn('ja_JP.UTF-8', ...args);
const runCliIn = (lang: string, ...args: string[]) => {
  const env = { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' };
  const result = spawnSync('npx', ['tsx', 'schemas/cli.ts', ...args], { encoding: 'utf8', timeout: 60_000, env });
  return { code: result.status, stdout: result.stdout };
};
const dir = mkdtempSync(join(tmpdir(), 'render-cli-'));
const inputFile = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

describe('npm run render', () => {
  it('--list prints the form ids', () => {
    expect(runCli('--list')).toEqual({ code: 0, stdout: forms.map((form) => `${form.id}\n`).join('') });
  }, 60_000);

  it('prints the subject, a blank line and the body', () => {
    const { code, stdout } = runCli('iij-login-inquiry', inputFile('ok.json', iijLoginInquiry.example));
    const rendered = iijLoginInquiry.render(iijLoginInquiry.schema.parse(iijLoginInquiry.example));
    expect(code).toBe(0);
    expect(stdout).toBe(`${rendered.subject}\n\n${rendered.body}\n`);
  }, 60_000);

  it('prints validation errors one per line as path: message and exits 1', () => {
    const { code, stdout } = runCli(
      'iij-login-inquiry',
      inputFile('bad.json', { ...iijLoginInquiry.example, userIds: ['iij-taro'], sourceIp: '192.168.1.1' }),
    );
    expect(code).toBe(1);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'userIds.0: ローカルパート部のみではなく、メールアドレス形式(例:iij-taro@example.jp)で入力してください',
    );
    expect(lines[1]).toMatch(/^sourceIp: 「192\.168\.1\.1」はグローバルIPアドレスではありません/);
  }, 60_000);

  it('a misspelt key is an error, not an item silently left empty', () => {
    const { sourceIp, ...rest } = iijLoginInquiry.example;
    const misspelt = { ...rest, sourceIP: sourceIp, env: { ...iijLoginInquiry.example.env, osname: 'Windows' } };
    const { code, stdout } = runCli('iij-login-inquiry', inputFile('typo.json', misspelt));
    expect(code).toBe(1);
    expect(stdout).toBe('env.osname: 不明な項目です\nsourceIP: 不明な項目です\n');
  }, 60_000);

  it('speaks English when LANG is English', () => {
    const { code, stdout } = runCliIn(
      'en_US.UTF-8',
      'iij-login-inquiry',
      inputFile('typo-en.json', { ...iijLoginInquiry.example, userIds: 'iij-taro', sourceIP: '' }),
    );
    expect(code).toBe(1);
    expect(stdout).toBe('sourceIP: unknown field\nuserIds: Enter the affected IIJ ID users\n');
  }, 60_000);
});

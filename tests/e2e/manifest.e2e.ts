import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

/**
 * What the shipped build may contain, beyond tests/e2e/options.e2e.ts (no <all_urls>, CSP
 * without unsafe-eval) and capture.e2e.ts (activeTab): nothing remote, no code from strings,
 * nothing a web page can reach, content scripts that never write HTML.
 */
const dir = () => inject('shippedExtensionDir');
const manifest = () => JSON.parse(readFileSync(join(dir(), 'manifest.json'), 'utf8'));

function filesEndingWith(extension: string, folder = dir()): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesEndingWith(extension, path);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}
const name = (file: string) => relative(dir(), file);

/**
 * The accepted uses, both in libraries and both harmless under our CSP: zod 4 probes whether
 * `Function('')` is allowed and falls back; a bundled globalThis polyfill (in the mail chunk)
 * reaches `Function('return this')` only after `self` — always there — is missing.
 */
const ACCEPTED_FUNCTION_CALLS = [
  'try{return Function(``),!0}catch{return!1}',
  '(function(){return this})()||Function(`return this`)()',
];

describe('shipped build', () => {
  it('every page loads only its own files: no http(s) script, style or preload URL in any HTML', () => {
    const pages = filesEndingWith('.html');
    expect(pages.map(name).sort()).toEqual(['fill-panel.html', 'options.html', 'popup.html']);
    for (const page of pages) {
      const links = [...readFileSync(page, 'utf8').matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
      expect(links.length, name(page)).toBeGreaterThan(0);
      expect(
        links.filter((link) => !link!.startsWith('/')),
        name(page),
      ).toEqual([]);
    }
  });

  it('no script imports or fetches code from the network', () => {
    for (const file of filesEndingWith('.js')) {
      const code = readFileSync(file, 'utf8');
      expect(code.match(/import\(\s*["'`]https?:|importScripts\(|from\s*["']https?:/g), name(file)).toBeNull();
    }
  });

  it('no code is made from strings: no eval, no new Function, only two known library fallbacks', () => {
    for (const file of filesEndingWith('.js')) {
      const code = readFileSync(file, 'utf8');
      expect(code.match(/\beval\(|new Function\b|setTimeout\(\s*["'`]/g), name(file)).toBeNull();
      expect(
        ACCEPTED_FUNCTION_CALLS.reduce((rest, accepted) => rest.split(accepted).join(''), code).match(
          /[^\w.$]Function\(/g,
        ),
        name(file),
      ).toBeNull();
    }
  });

  it('content scripts insert text only: no innerHTML, outerHTML or insertAdjacentHTML', () => {
    const scripts = manifest().content_scripts.flatMap((entry: { js: string[] }) => entry.js);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      expect(
        readFileSync(join(dir(), script), 'utf8').match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/g),
        script,
      ).toBeNull();
    }
  });

  it('web pages cannot reach the extension: no externally_connectable; only the in-page panel is web-accessible', () => {
    expect(manifest().externally_connectable).toBeUndefined();
    // The panel may be framed on https pages only (the vendors', and where a help center can be
    // granted); no script, style or other page is exposed.
    expect(manifest().web_accessible_resources).toEqual([
      {
        resources: ['fill-panel.html'],
        matches: [
          'https://help.iij.ad.jp/*',
          'https://support.onelogin.jp/*',
          'https://*.zendesk.com/*',
          'https://*/*',
        ],
      },
    ]);
  });

  it('the CSP allows only the extension’s own scripts', () => {
    expect(manifest().content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
    expect(JSON.stringify(manifest())).not.toMatch(/unsafe-(eval|inline)|wasm-unsafe-eval/);
  });
});

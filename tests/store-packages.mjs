// Builds the store packages exactly as `npm run zip` does (Chrome Web Store zip, addons.mozilla.org
// zip and the sources archive AMO asks for), then checks them: web-ext lint on the Firefox package
// with 0 errors and only the warnings README explains, the manifests, and that the sources archive
// rebuilds the Firefox package byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** Every warning README's "Store packages" section explains: code → where it may appear. */
const EXPLAINED_WARNINGS = {
  // strict_min_version 128 predates the key (Firefox 140, Android 142); older versions ignore it.
  KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION: /^manifest\.json$/,
  KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION: /^manifest\.json$/,
  // zod's capability probe `Function('')` (the CSP refuses it; zod then validates without generated code)
  // and a globalThis fallback `Function('return this')` in the .eml writer's dependencies.
  DANGEROUS_EVAL: /^(panel-plan\.js|chunks\/[\w-]+\.js)$/,
  // react-dom's own innerHTML for dangerouslySetInnerHTML, which this code never uses.
  UNSAFE_VAR_ASSIGNMENT: /^chunks\/base-[\w-]+\.js$/,
};

const failures = [];
const check = (ok, message) => ok || failures.push(message);
const out = mkdtempSync(join(tmpdir(), 'sth-packages-'));
const run = (command, args, options = {}) =>
  execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: 'pipe', ...options });
const unzip = (zip, into) => run('unzip', ['-q', '-o', zip, '-d', into]);
const manifestIn = (dir) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

try {
  const env = { ...process.env, WXT_OUT_DIR: out, E2E_BUILD: '', E2E_GRANTED_ORIGINS: '' };
  run('npm', ['run', '--silent', 'zip'], { env });
  const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
  const expected = ['chrome', 'firefox', 'sources'].map((kind) => `support-ticket-helper-${version}-${kind}.zip`);
  for (const zip of expected) check(zips.includes(zip), `missing ${zip} (got ${zips.join(', ')})`);

  // Chrome Web Store: MV3, the vendors' hosts only.
  const chrome = join(out, 'unzipped-chrome');
  unzip(join(out, expected[0]), chrome);
  const chromeManifest = manifestIn(chrome);
  check(chromeManifest.manifest_version === 3, 'Chrome package is not MV3');
  check(!JSON.stringify(chromeManifest).includes('<all_urls>'), 'Chrome package asks for <all_urls>');

  // addons.mozilla.org: MV3, gecko id, nothing collected, the popup shortcut MV3 knows.
  const firefox = join(out, 'unzipped-firefox');
  unzip(join(out, expected[1]), firefox);
  const firefoxManifest = manifestIn(firefox);
  const gecko = firefoxManifest.browser_specific_settings?.gecko ?? {};
  check(firefoxManifest.manifest_version === 3, 'Firefox package is not MV3');
  check(gecko.id === 'support-ticket-helper@example.jp', `gecko id is ${gecko.id}`);
  check(
    JSON.stringify(gecko.data_collection_permissions) === JSON.stringify({ required: ['none'] }),
    `data_collection_permissions is ${JSON.stringify(gecko.data_collection_permissions)}`,
  );
  check(!!firefoxManifest.commands?._execute_action, 'Firefox package lacks the _execute_action shortcut');
  check(
    JSON.stringify(firefoxManifest.optional_host_permissions ?? []).includes('zendesk.com'),
    'Firefox package lacks the optional help-center hosts',
  );
  check(!JSON.stringify(firefoxManifest).includes('<all_urls>'), 'Firefox package asks for <all_urls>');

  let report;
  try {
    report = run('npx', ['web-ext', 'lint', '--source-dir', firefox, '--output', 'json']);
  } catch (error) {
    report = error.stdout; // web-ext exits non-zero on errors; the JSON says which
  }
  const lint = JSON.parse(report);
  for (const m of [...lint.errors, ...lint.warnings, ...lint.notices])
    console.log(`web-ext lint ${m._type}: ${m.code} ${m.file ?? ''} ${m.message}`);
  check(lint.summary.errors === 0, `web-ext lint: ${lint.summary.errors} errors`);
  for (const warning of lint.warnings) {
    const where = EXPLAINED_WARNINGS[warning.code];
    check(
      !!where && where.test(warning.file ?? ''),
      `unexplained web-ext lint warning ${warning.code} in ${warning.file}`,
    );
  }

  // The sources archive, built as README's "Build from source" says, gives the same package.
  const sources = join(out, 'unzipped-sources');
  unzip(join(out, expected[2]), sources);
  for (const file of ['package.json', 'package-lock.json', 'README.md', 'wxt.config.ts'])
    check(readdirSync(sources).includes(file), `sources archive lacks ${file}`);
  symlinkSync(join(ROOT, 'node_modules'), join(sources, 'node_modules'));
  run('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: sources, env: { ...env, WXT_OUT_DIR: '.output' } });
  const rebuilt = join(sources, '.output/firefox-mv3');
  const listing = (dir) => run('find', ['.', '-type', 'f'], { cwd: dir }).split('\n').filter(Boolean).sort();
  const files = listing(firefox);
  check(JSON.stringify(listing(rebuilt)) === JSON.stringify(files), 'the sources rebuild other files');
  for (const file of files)
    check(
      readFileSync(join(rebuilt, file)).equals(readFileSync(join(firefox, file))),
      `the sources rebuild ${file} differently`,
    );
} finally {
  rmSync(out, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const failure of failures) console.error(`store packages: ${failure}`);
  process.exit(1);
}
console.log(
  'store packages: Chrome, Firefox and sources archives built; web-ext lint 0 errors, warnings all explained',
);

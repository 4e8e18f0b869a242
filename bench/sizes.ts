import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface EntrypointSize {
  name: string;
  files: string[];
  bytes: number;
  gzip: number;
  /** Chunks it imports only on demand (dynamic import), not loaded at start. */
  lazyGzip: number;
}

const gzipSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports (`from"./x.js"`, `import"./x.js"`) and dynamic ones (`import(\`./x.js\`)`) of a built chunk. */
function importsOf(code: string): { eager: string[]; lazy: string[] } {
  const eager = [...code.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)].map((m) => m[1]!);
  const lazy = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1]!);
  return { eager, lazy };
}

/** Every file an entry loads at start: its scripts, their static imports, and its stylesheets. */
function closure(root: string, entries: string[]): { eager: Set<string>; lazy: Set<string> } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (eager.has(file)) return;
    eager.add(file);
    if (!file.endsWith('.js')) return;
    const found = importsOf(readFileSync(join(root, file), 'utf8'));
    for (const spec of found.eager) visit(posix.join(posix.dirname(file), spec));
    for (const spec of found.lazy) lazy.add(posix.join(posix.dirname(file), spec));
  };
  entries.forEach(visit);
  for (const file of eager) lazy.delete(file);
  return { eager, lazy };
}

function sizeOf(root: string, name: string, entries: string[]): EntrypointSize {
  const { eager, lazy } = closure(root, entries);
  const files = [...eager];
  const lazyFiles = [...closure(root, [...lazy]).eager].filter((f) => !eager.has(f));
  return {
    name,
    files,
    bytes: files.reduce((sum, f) => sum + statSync(join(root, f)).size, 0),
    gzip: files.reduce((sum, f) => sum + gzipSize(join(root, f)), 0),
    lazyGzip: lazyFiles.reduce((sum, f) => sum + gzipSize(join(root, f)), 0),
  };
}

/** Files an HTML page loads: module scripts, modulepreloads and stylesheets. */
function htmlEntries(root: string, html: string): string[] {
  const text = readFileSync(join(root, html), 'utf8');
  const links = [...text.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
  return links
    .filter((l) => /\.(js|css)$/.test(l))
    .map((l) => (l.startsWith('/') ? l.slice(1) : posix.join(posix.dirname(html), l)));
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

export function entrypointSizes(extensionDir: string): {
  entrypoints: EntrypointSize[];
  total: { files: number; bytes: number; gzip: number };
} {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as Manifest;
  const entrypoints: EntrypointSize[] = [];
  if (manifest.action?.default_popup)
    entrypoints.push(sizeOf(extensionDir, 'popup', htmlEntries(extensionDir, manifest.action.default_popup)));
  if (manifest.options_ui?.page)
    entrypoints.push(sizeOf(extensionDir, 'options', htmlEntries(extensionDir, manifest.options_ui.page)));
  const background = manifest.background?.service_worker
    ? [manifest.background.service_worker]
    : (manifest.background?.scripts ?? []);
  entrypoints.push(sizeOf(extensionDir, 'background', background));
  for (const script of manifest.content_scripts ?? []) {
    const files = [...(script.js ?? []), ...(script.css ?? [])];
    entrypoints.push(
      sizeOf(extensionDir, `content: ${files.map((f) => f.replace(/^content-scripts\//, '')).join(', ')}`, files),
    );
  }
  const all = listFiles(extensionDir);
  return {
    entrypoints,
    total: {
      files: all.length,
      bytes: all.reduce((s, f) => s + statSync(f).size, 0),
      gzip: all.reduce((s, f) => s + gzipSize(f), 0),
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

/**
 * A tiny static server for the browser test: the built `dist/` and the ESM files of the runtime dependencies,
 * under `/pkg/<name>/`, plus in-memory pages, and an import map that resolves the bare specifiers the way a
 * browser-targeting bundler would, from each package's `exports`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { root } from '../package/built-dist.js';

/** Where each package is served from, and the only folders of it that are served. */
const PACKAGES: Record<string, { readonly dir: string; readonly served: readonly string[] }> = {
  'dispute-timeline': { dir: root, served: ['dist'] },
  zod: { dir: join(root, 'node_modules', 'zod'), served: [''] },
  immer: { dir: join(root, 'node_modules', 'immer'), served: ['dist'] },
  'date-fns': { dir: join(root, 'node_modules', 'date-fns'), served: [''] },
  '@date-fns/tz': { dir: join(root, 'node_modules', '@date-fns', 'tz'), served: [''] },
};

/** Packages served as files only, without import-map entries: the timeline viewers the format tests load. */
const FILES_ONLY: Record<string, { readonly dir: string; readonly served: readonly string[] }> = {
  '@knight-lab/timelinejs': {
    dir: join(root, 'node_modules', '@knight-lab', 'timelinejs'),
    served: ['dist'],
  },
  'vis-timeline': { dir: join(root, 'node_modules', 'vis-timeline'), served: ['standalone', 'styles'] },
};

/**
 * immer's `import` entry (`dist/immer.mjs`) reads `process.env.NODE_ENV`, which bundlers replace and browsers do
 * not have; its production build, shipped beside it, does not.
 */
const OVERRIDES: Record<string, string> = { immer: '/pkg/immer/dist/immer.production.mjs' };

const CONDITIONS = new Set(['browser', 'import', 'default']);

type ExportTarget = string | null | { readonly [condition: string]: ExportTarget } | readonly ExportTarget[];

/** Node's rule for conditional exports: the first key, in the object's order, among the active conditions. */
function resolveTarget(target: ExportTarget): string | undefined {
  if (target === null) return undefined;
  if (typeof target === 'string') return target;
  if (Array.isArray(target)) {
    for (const item of target as readonly ExportTarget[]) {
      const found = resolveTarget(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  for (const [condition, value] of Object.entries(target)) {
    if (CONDITIONS.has(condition)) return resolveTarget(value);
  }
  return undefined;
}

/** Import-map entries for one package: every subpath it exports, with `*` patterns expanded to the files there. */
function entriesOf(name: string, dir: string): [string, string][] {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports: Record<string, ExportTarget>;
  };
  const entries: [string, string][] = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const file = resolveTarget(target);
    if (file === undefined || subpath === './package.json') continue;
    const specifier = `${name}${subpath.slice(1)}`;
    if (!subpath.includes('*')) {
      entries.push([specifier, `/pkg/${name}/${file.slice(2)}`]);
      continue;
    }
    // One `*`, within the file name: list the folder the target points into.
    const [before = '', after = ''] = file.split('*');
    const folder = join(dir, before.slice(0, before.lastIndexOf('/')));
    const prefix = before.slice(before.lastIndexOf('/') + 1);
    if (!existsSync(folder)) continue;
    for (const found of readdirSync(folder)) {
      if (!found.startsWith(prefix) || !found.endsWith(after)) continue;
      const star = found.slice(prefix.length, found.length - after.length);
      entries.push([specifier.replace('*', star), `/pkg/${name}/${file.slice(2).replace('*', star)}`]);
    }
  }
  return entries;
}

/** The import map for the library and its runtime dependencies. */
export function importMap(): { imports: Record<string, string> } {
  const imports: Record<string, string> = {};
  for (const [name, { dir }] of Object.entries(PACKAGES)) {
    for (const [specifier, url] of entriesOf(name, dir)) imports[specifier] = OVERRIDES[specifier] ?? url;
  }
  return { imports };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

/** The file a URL path names, or `undefined` if it is outside what is served. */
function fileFor(path: string): string | undefined {
  for (const [name, { dir, served }] of Object.entries({ ...PACKAGES, ...FILES_ONLY })) {
    const prefix = `/pkg/${name}/`;
    if (!path.startsWith(prefix)) continue;
    const file = join(dir, path.slice(prefix.length));
    const inside = served.some((folder) => {
      const rel = relative(join(dir, folder), file);
      return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
    });
    return inside && existsSync(file) && statSync(file).isFile() ? file : undefined;
  }
  return undefined;
}

export interface StaticServer {
  readonly origin: string;
  /** Every request that was answered 404. */
  readonly missing: readonly string[];
  readonly close: () => Promise<void>;
}

/** Serves `pages` (path → HTML or JavaScript text) and the packages on 127.0.0.1, on a port the system picks. */
export async function serve(pages: Readonly<Record<string, string>>): Promise<StaticServer> {
  const missing: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const page = pages[path];
    const file = page === undefined ? fileFor(path) : undefined;
    if (page === undefined && file === undefined) {
      missing.push(path);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file ?? path)] ?? 'application/octet-stream';
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(page ?? readFileSync(file as string));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    missing,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}

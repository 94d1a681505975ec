import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The folders of `src/` are the layers, and imports run one way:
 * errors → dates → model → builder → query → formats → cli, with datasets on top.
 * `_lib/` holds what every layer shares and imports only `errors/`; `index.ts` is the public entry. The CLI
 * imports only the public entries (`index.ts`, and the datasets' to serve the shipped cases) and `_lib/`.
 */
const LAYERS = [
  'errors',
  '_lib',
  'dates',
  'model',
  'builder',
  'query',
  'formats',
  'cli',
  'datasets',
] as const;
const ROOT = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative imports of a file (static, dynamic and type-only), resolved to paths under src/. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/(?:from\s+|import\s*\(\s*|^import\s+)(['"])(\.{1,2}\/[^'"]+)\1/gm),
  ].map((match) => match[2] ?? '');
  return specifiers.map((specifier) =>
    relative(ROOT, normalize(join(dirname(file), specifier))).replace(/\.js$/, '.ts'),
  );
}

/** The layer of a path under src/: its first folder, or 'index' for the entry file. */
function layerOf(path: string): string {
  const first = path.split('/')[0] ?? '';
  return path.includes('/') ? first : 'index';
}

const files = sourceFiles(ROOT).map((file) => relative(ROOT, file));
const graph = new Map(files.map((file) => [file, importsOf(join(ROOT, file))]));

describe('the layers of src/', () => {
  it('has no folder that is not a layer', () => {
    const folders = new Set(files.filter((file) => file.includes('/')).map(layerOf));
    expect([...folders].filter((folder) => !(LAYERS as readonly string[]).includes(folder))).toEqual([]);
  });

  it('imports only from its own layer or a layer below it', () => {
    const rank = (layer: string) => (layer === 'index' ? LAYERS.length : LAYERS.indexOf(layer as never));
    const against: string[] = [];
    for (const [file, imports] of graph) {
      const from = layerOf(file);
      for (const target of imports) {
        const to = layerOf(target);
        // The CLI uses the library as a user would: the public entries (the library's and the datasets', to serve
        // the shipped cases) and what every layer shares, never a layer's internals.
        const allowed =
          from === 'index'
            ? to !== 'cli' && to !== 'datasets'
            : from === 'cli'
              ? ['cli', '_lib', 'index'].includes(to) || target === 'datasets/index.ts'
              : to !== 'index' && rank(to) <= rank(from);
        if (!allowed) against.push(`${file} imports ${target}`);
      }
    }
    expect(against).toEqual([]);
  });

  it('lets the other layers reach the builder only through its faces and the seam of validation', () => {
    // The builder's public faces, and `builder/seam.ts`: what the query engine and the formats need of validation.
    const open = ['builder/builder.ts', 'builder/json.ts', 'builder/seam.ts'];
    const reaching = [...graph].flatMap(([file, imports]) =>
      layerOf(file) === 'builder'
        ? []
        : imports
            .filter((target) => layerOf(target) === 'builder' && !open.includes(target))
            .map((target) => `${file} → ${target}`),
    );
    expect(reaching).toEqual([]);
  });

  it('keeps _lib to what every layer shares: it imports only errors', () => {
    const reaching = [...graph]
      .filter(([file]) => layerOf(file) === '_lib')
      .flatMap(([file, imports]) =>
        imports
          .filter((target) => !['_lib', 'errors'].includes(layerOf(target)))
          .map((t) => `${file} → ${t}`),
      );
    expect(reaching).toEqual([]);
  });

  it('has no import cycle', () => {
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('resolves every relative import to a file that exists', () => {
    const missing = [...graph].flatMap(([file, imports]) =>
      imports.filter((target) => !graph.has(target)).map((target) => `${file} → ${target}`),
    );
    expect(missing).toEqual([]);
  });
});

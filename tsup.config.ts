import { defineConfig, type Options } from 'tsup';

/** The command line: one ESM file for Node. The CLI tests build it alone (it takes a second, the types far longer). */
export const cliBuild: Options = {
  entry: { cli: 'src/cli/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: false,
};

export default defineConfig([
  {
    entry: { index: 'src/index.ts', 'datasets/index': 'src/datasets/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: false,
    splitting: true,
    treeshake: true,
  },
  cliBuild,
]);

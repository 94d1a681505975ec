import { defineConfig, type Options } from 'tsup';

/** The command line: one ESM file for Node. The CLI tests build it alone (it takes a second, the types far longer). */
export const cliBuild: Options = {
  entry: { cli: 'src/cli/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  sourcemap: false,
};

/**
 * A relative import of a compiled module names its `.js` file; in the CommonJS build the module is the `.cjs`
 * file beside it. esbuild does not rewrite the paths of a build that does not bundle, so this does.
 */
const cjsImportPaths: NonNullable<Options['plugins']>[number] = {
  name: 'cjs-import-paths',
  renderChunk(code) {
    if (this.format !== 'cjs') return undefined;
    return { code: code.replace(/(require\("\.{1,2}\/[^"]*)\.js"\)/g, '$1.cjs")') };
  },
};

/**
 * The library: one module per source file, in ESM and CommonJS, so that a bundler keeps only the modules (and, as
 * `sideEffects` is false, only the top-level code) that the user's imports reach. The types are written by `tsc`
 * (`tsconfig.build.json`), one declaration file per module too, so editors and the reference name the types.
 */
export const libraryBuild: Options = {
  entry: ['src/**/*.ts', '!src/cli/**'],
  format: ['esm', 'cjs'],
  bundle: false,
  dts: false,
  platform: 'neutral',
  target: 'es2022',
  sourcemap: false,
  plugins: [cjsImportPaths],
};

export default defineConfig([libraryBuild, cliBuild]);

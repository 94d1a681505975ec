/**
 * The page script's minified form (src/formats/support/html-page-script.min.ts), made from its source
 * (src/formats/support/html-page-script.js): what scripts/write-page-script.ts writes, and what
 * tests/formats/html-page-script.test.ts compares the committed file with.
 */
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

/** The page script's source, as people edit it. */
export const PAGE_SCRIPT_SOURCE: URL = new URL('../src/formats/support/html-page-script.js', import.meta.url);
/** The module the page takes its script from. */
export const PAGE_SCRIPT_MODULE: URL = new URL(
  '../src/formats/support/html-page-script.min.ts',
  import.meta.url,
);

/** The text of the module that holds the minified script. */
export function pageScriptModule(): string {
  const { code } = transformSync(readFileSync(PAGE_SCRIPT_SOURCE, 'utf8'), {
    minify: true,
    legalComments: 'none',
  });
  return `/**
 * The script of the page writeHtml writes, minified from html-page-script.js (its source, with its comments) by
 * \`npx tsx scripts/write-page-script.ts\`. Do not edit: edit the source and run that.
 *
 * @module
 */
export const HTML_PAGE_SCRIPT: string = ${JSON.stringify(code.trim())};
`;
}

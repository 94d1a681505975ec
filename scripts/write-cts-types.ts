/**
 * Writes the CommonJS declaration files: beside each `dist/**\/*.d.ts` that `tsc` wrote, a `.d.cts` whose relative
 * imports name the `.cjs` modules, so a CommonJS consumer under `node16` resolution reads types that describe
 * the files it loads (attw's "masquerading as ESM" otherwise).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The declaration text with each relative `.js` specifier (in `from '…'` and `import('…')`) turned to `.cjs`. */
export function toCommonJsDeclaration(text: string): string {
  return text.replace(/((?:from |import\()['"]\.{1,2}\/[^'"]*)\.js(['"])/g, '$1.cjs$2');
}

let written = 0;
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const path = join(entry.parentPath, entry.name);
  writeFileSync(path.replace(/\.d\.ts$/, '.d.cts'), toCommonJsDeclaration(readFileSync(path, 'utf8')));
  written += 1;
}
console.log(`wrote ${written} .d.cts files`);

/**
 * Writes the pictures the README and the guides show to docs/pictures/, from the library's own output (never drawn
 * by hand). Run with `npm run pictures`; tests/docs/pictures.test.ts fails when a committed picture is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pictures } from './pictures.js';

const directory = new URL('../docs/pictures/', import.meta.url);
mkdirSync(directory, { recursive: true });
for (const { file, svg } of pictures()) {
  writeFileSync(new URL(file, directory), svg);
  console.log(`wrote docs/pictures/${file}`);
}

/**
 * Writes the package's JSON files into dist/: the JSON Schema of a dispute, generated from the zod schemas,
 * and the shipped datasets in their canonical JSON form (for users of R, Python and other languages).
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { disputeJsonSchema } from '../src/builder/json.js';

mkdirSync('dist/datasets/json', { recursive: true });
writeFileSync('dist/dispute.schema.json', `${JSON.stringify(disputeJsonSchema(), null, 2)}\n`);
console.log('wrote dist/dispute.schema.json');
for (const file of readdirSync('src/datasets/json').filter((name) => name.endsWith('.json'))) {
  copyFileSync(`src/datasets/json/${file}`, `dist/datasets/json/${file}`);
  console.log(`copied dist/datasets/json/${file}`);
}

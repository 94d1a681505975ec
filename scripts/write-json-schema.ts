/** Writes the JSON Schema of a dispute, generated from the zod schemas, into dist/ for the package. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { disputeJsonSchema } from '../src/build/json.js';

mkdirSync('dist', { recursive: true });
writeFileSync('dist/dispute.schema.json', `${JSON.stringify(disputeJsonSchema(), null, 2)}\n`);
console.log('wrote dist/dispute.schema.json');

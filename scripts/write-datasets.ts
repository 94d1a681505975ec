/**
 * Writes each shipped dataset in its canonical JSON form to src/datasets/json/<dispute-id>.json, for users of
 * other languages. The files are committed; tests/datasets/json-files.test.ts fails when one is stale.
 * Run with `npx tsx scripts/write-datasets.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { serializeDispute } from '../src/builder/json.js';
import { datasets } from '../src/datasets/index.js';

const directory = new URL('../src/datasets/json/', import.meta.url);
mkdirSync(directory, { recursive: true });
for (const dispute of datasets) {
  const file = new URL(`${dispute.id}.json`, directory);
  writeFileSync(file, serializeDispute(dispute));
  console.log(`wrote src/datasets/json/${dispute.id}.json`);
}

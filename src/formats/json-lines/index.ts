import { defineFormat } from '../format.js';
import { readJsonl } from './read.js';
import { writeJsonl, writeJsonlLines } from './write.js';

export { type ReadJsonLinesOptions, readJsonl } from './read.js';
export type { JsonLinesItem } from './shape.js';
export { streamJsonl } from './stream.js';
export { writeJsonl, writeJsonlLines } from './write.js';

/** JSON Lines: one record per line, for data too large to hold as one JSON text. */
export const jsonLinesFormat = /* @__PURE__ */ defineFormat({
  name: 'jsonl',
  description: 'JSON Lines: a header line, then one record per line tagged with its collection (streamed)',
  mediaType: 'application/jsonl',
  extension: '.jsonl',
  write: (dispute) => writeJsonl(dispute),
  lines: (dispute) => writeJsonlLines(dispute),
  read: (text, options) => readJsonl(text, options),
});

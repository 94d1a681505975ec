import { defineFormat } from '../format.js';
import { readJsonLinesText } from './read.js';
import { writeJsonLines } from './write.js';

export { type ReadJsonLinesOptions, readJsonLines } from './read.js';
export type { JsonLinesItem } from './shape.js';
export { streamJsonLines } from './stream.js';
export { writeJsonLines } from './write.js';

/** JSON Lines: one record per line, for data too large to hold as one JSON text. */
export const jsonLinesFormat = /* @__PURE__ */ defineFormat({
  name: 'jsonl',
  description: 'JSON Lines: a header line, then one record per line tagged with its collection (streamed)',
  mediaType: 'application/jsonl',
  extension: '.jsonl',
  write: (dispute) => [...writeJsonLines(dispute)].join(''),
  lines: (dispute) => writeJsonLines(dispute),
  read: (text) => readJsonLinesText(text),
});

import { defineFormat } from '../format.js';
import { readJsonl } from './read.js';
import { writeJsonl, writeJsonlLines, writeJsonlStream } from './write.js';

export { type ReadJsonLinesOptions, readJsonl } from './read.js';
export type { JsonLinesItem } from './shape.js';
export { streamJsonl } from './stream.js';
export { writeJsonl, writeJsonlLines, writeJsonlStream } from './write.js';

/** JSON Lines: one record per line, for data too large to hold as one JSON text. */
export const jsonLinesFormat = /* @__PURE__ */ defineFormat({
  name: 'jsonl',
  description: 'JSON Lines: a header line, then one record per line tagged with its collection (streamed)',
  mediaType: 'application/jsonl',
  extension: '.jsonl',
  write: (dispute) => writeJsonl(dispute),
  lines: (dispute) => writeJsonlLines(dispute),
  // The header's counts, when known, come as the option `counts` (the CLI passes the input's own).
  stream: (items, options) => writeJsonlStream(items, options as Parameters<typeof writeJsonlStream>[1]),
  read: (text, options) => readJsonl(text, options),
});

import { parseDispute, type SerializeOptions, serializeDispute } from '../builder/json.js';
import type { Dispute } from '../model/dispute.js';
import { defineFormat, type ReadOptions, type ReadProgress } from './format.js';
import { progressOption } from './support/chunks.js';

/**
 * Writes a dispute in its canonical JSON form: `formatVersion` first (2, the current version of the JSON form),
 * then fields in schema order, events in timeline order, a final newline. Reading it back with
 * {@link parseDispute} (the reader of the JSON form, which takes a text or a parsed value) gives an equal
 * dispute, and writing that gives the same text.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - indentation
 * @returns the JSON text
 * @throws {@link TimelineError} `invalid-argument` for an indent that is not 0 to 10; the dispute's own issues
 * (such as `missing-field`, with paths starting at `dispute`) when it is not a valid dispute, for example a
 * hand-made object
 *
 * @example
 * ```ts
 * import { parseDispute, writeJson } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const text = writeJson(blackberryPakistan2015);
 * text.split('\n').slice(0, 3);
 * //=> ['{', '  "formatVersion": 2,', '  "id": "blackberry-pakistan-2015",']
 * writeJson(parseDispute(text)) === text;
 * //=> true
 * writeJson(blackberryPakistan2015, { indent: 0 }).split('\n').length;
 * //=> 2
 * ```
 */
export function writeJson(dispute: Dispute, options: SerializeOptions = {}): string {
  return serializeDispute(dispute, options);
}

/** The dispute's own JSON form: lossless, read back by `parseDispute`. */
export const jsonFormat = /* @__PURE__ */ defineFormat({
  name: 'json',
  description: "the dispute's own JSON form (lossless; read back by parseDispute)",
  mediaType: 'application/json',
  extension: '.json',
  options: [
    {
      name: 'indent',
      description: 'spaces per level of indentation, 0 to 10; 0 writes one line (default 2)',
      type: 'number',
    },
  ],
  write: (dispute, options) => writeJson(dispute, options as SerializeOptions),
  read: (text, options) => readJson(text, options),
});

/**
 * Reads the JSON form as `parseDispute` does, telling `onProgress` how many records there are once the text is
 * parsed (`done: 0`), and again once they are checked.
 */
function readJson(text: string, options: ReadOptions | undefined): Dispute {
  const onProgress = progressOption<ReadProgress>(options ?? {});
  if (onProgress === undefined) return parseDispute(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // parseDispute words a syntax error as an issue (`json-syntax`), with where it is.
    return parseDispute(text);
  }
  const total = recordCount(value);
  onProgress({ done: 0, total });
  const dispute = parseDispute(value);
  onProgress({ done: total, total });
  return dispute;
}

/** How many records a parsed JSON form holds. */
function recordCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  for (const list of Object.values(value)) if (Array.isArray(list)) count += list.length;
  return count;
}

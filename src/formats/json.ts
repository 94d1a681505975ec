import { parseDispute, type SerializeOptions, serializeDispute } from '../builder/json.js';
import type { Dispute } from '../model/dispute.js';
import { defineFormat } from './format.js';

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
  write: (dispute) => writeJson(dispute),
  read: (text) => parseDispute(text),
});

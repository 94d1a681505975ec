import type { Dispute } from '../model/dispute.js';

/**
 * One format a dispute can be written in (and read back from, where the format allows): what the CLI's
 * `export --format`, the docs and the tests iterate over. Each format is one file in `src/formats/` and one
 * line in {@link FORMATS}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { FORMATS, type TimelineFormat } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const json: TimelineFormat | undefined = FORMATS.find((format) => format.name === 'json');
 * [json?.mediaType, json?.extension];
 * //=> ['application/json', '.json']
 * json?.read?.(json.write(blackberryPakistan2015)).events.length;
 * //=> 8
 * ```
 */
export interface TimelineFormat {
  /** The name the CLI takes (`--format csv`): lower case, unique among the formats. */
  readonly name: string;
  /** A short human description, for `--help` and the docs. */
  readonly description: string;
  /** The IANA media type of the output (`text/csv`, `application/json`). */
  readonly mediaType: string;
  /** The usual file extension, with its dot (`.csv`). */
  readonly extension: string;
  /** Writes a built dispute in this format; options are the format's own. */
  readonly write: (dispute: Dispute, options?: never) => string;
  /**
   * Writes a built dispute line by line, each line ending in `\n`, for formats meant for data too large to hold
   * as one text (JSON Lines): joining the lines gives what `write` returns.
   */
  readonly lines?: ((dispute: Dispute) => Iterable<string>) | undefined;
  /** Reads a text of this format back into a validated dispute, where the format allows it. */
  readonly read?: ((text: string) => Dispute) | undefined;
}

/** Freezes a format's definition: what the registry holds can't be changed by its users. */
/* @__NO_SIDE_EFFECTS__ */
export function defineFormat(format: TimelineFormat): TimelineFormat {
  return Object.freeze({ ...format });
}

/**
 * How far {@link readJsonl} has come: the records read so far, and how many there are in all when the
 * header line says so.
 *
 * @category Formats
 * @example
 * ```ts
 * import { readJsonl, writeJsonlLines, type ReadProgress } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const seen: ReadProgress[] = [];
 * await readJsonl(writeJsonlLines(blackberryPakistan2015), { onProgress: (progress) => seen.push(progress) });
 * seen.at(-1);
 * //=> { done: 49, total: 49 }
 * ```
 */
export interface ReadProgress {
  /** Records read so far (the header line not counted). */
  readonly done: number;
  /** Records in all, when the input says (the header line's `counts`). */
  readonly total?: number;
}

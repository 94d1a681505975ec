import type { Dispute } from '../model/dispute.js';
import type { JsonLinesItem } from './json-lines/shape.js';

/**
 * One format a dispute can be written in (and read back from, where the format allows): what the CLI's
 * `export --format`, the docs and the tests iterate over. Each format is one file (or one folder) in
 * `src/formats/` and one line in {@link FORMATS}. A format is a {@link TextFormat} (its `write` gives text at
 * once: JSON, CSV, SVG, HTML…) or a {@link FigureFormat} (`png`, `pdf`: its `write` gives the bytes of a
 * picture, later, through an optional package); `output` tells them apart.
 *
 * @category Formats
 * @example
 * ```ts
 * import { FORMATS, type TimelineFormat } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const json: TimelineFormat | undefined = FORMATS.find((format) => format.name === 'json');
 * [json?.mediaType, json?.extension, json?.output];
 * //=> ['application/json', '.json', 'text']
 * json?.output === 'text' && json.read?.(json.write(blackberryPakistan2015)).events.length;
 * //=> 8
 * json?.output === 'text' && json.write(blackberryPakistan2015, { indent: 0 }).split('\n').length;
 * //=> 2
 * json?.options.map((option) => option.name);
 * //=> ['indent']
 * FORMATS.filter((format) => format.output === 'bytes').map((format) => format.name);
 * //=> ['png', 'pdf']
 * ```
 */
export type TimelineFormat = TextFormat | FigureFormat;

/**
 * What every format says of itself: its name, description, media type, extension and options.
 *
 * @category Formats
 * @example
 * ```ts
 * import { formatByName, type FormatDescription } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const png: FormatDescription | undefined = formatByName('png');
 * [png?.mediaType, png?.extension];
 * //=> ['image/png', '.png']
 * const svg: FormatDescription | undefined = formatByName('svg');
 * svg?.options.some((option) => option.name === 'theme') && blackberryPakistan2015.id;
 * //=> 'blackberry-pakistan-2015'
 * ```
 */
export interface FormatDescription {
  /** The name the CLI takes (`--format csv`): lower case, unique among the formats. */
  readonly name: string;
  /** A short human description, for `--help` and the docs. */
  readonly description: string;
  /** The IANA media type of the output (`text/csv`, `application/json`). */
  readonly mediaType: string;
  /** The usual file extension, with its dot (`.csv`). */
  readonly extension: string;
  /** The options `write` (and `lines`) take, described; empty when the format takes none. */
  readonly options: readonly FormatOption[];
}

/**
 * A format written as text, at once: its `write` is the format's `write<Format>` function, its `lines` its
 * `write<Format>Lines`, its `read` a reader of a whole text into a dispute, and `options` describes the options
 * `write` takes, so that a caller that has them as text (the CLI's `--set name=value`) can pass them.
 *
 * @category Formats
 * @example
 * ```ts
 * import { FORMATS, type TextFormat } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const texts: TextFormat[] = FORMATS.filter((format): format is TextFormat => format.output === 'text');
 * texts.find((format) => format.name === 'text')?.write(blackberryPakistan2015).split('\n')[0];
 * //=> 'Pakistan and BlackBerry Enterprise Service, 2015'
 * ```
 */
export interface TextFormat extends FormatDescription {
  /** `text`: `write` gives a string. */
  readonly output: 'text';
  /**
   * Writes a built dispute in this format. The options are the format's own (those of its `write<Format>`
   * function, listed in `options`); they are checked as that function checks them.
   */
  readonly write: (dispute: Dispute, options?: FormatOptions) => string;
  /**
   * Writes a built dispute line by line, each line ending in a line break, for formats meant for data too large
   * to hold as one text (CSV, JSON Lines): joining the lines gives what `write` returns.
   */
  readonly lines?: ((dispute: Dispute, options?: FormatOptions) => Iterable<string>) | undefined;
  /**
   * Writes this format from records that stream past (the items of `streamJsonl`), line by line, without a
   * dispute: for formats whose lines each come from one record (JSON Lines, CSV, a Markdown table). The lines
   * are those `lines` (or `write`) gives for the dispute the items make.
   */
  readonly stream?:
    | ((items: AsyncIterable<JsonLinesItem>, options?: FormatOptions) => AsyncIterable<string>)
    | undefined;
  /** Reads a whole text of this format back into a validated dispute, where the format allows it. */
  readonly read?: ((text: string, options?: ReadOptions) => Dispute) | undefined;
}

/**
 * A picture's format (`png`, `pdf`): its `write` draws the `svg` format's picture and resolves to the file's
 * bytes, through an optional package it loads when called (`@resvg/resvg-js`, `pdfkit`); when that package is
 * not installed, the promise rejects with a {@link TimelineError} `missing-dependency`. It has no `lines` and no
 * reader.
 *
 * @category Formats
 * @example
 * ```ts
 * import { formatByName } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * const png = formatByName('png');
 * const bytes = png?.output === 'bytes' ? await png.write(saudiBlackberry2010, { dpi: 96 }) : undefined;
 * String.fromCharCode(...(bytes?.subarray(1, 4) ?? []));
 * //=> 'PNG'
 * ```
 */
export interface FigureFormat extends FormatDescription {
  /** `bytes`: `write` resolves to the bytes of a file. */
  readonly output: 'bytes';
  /** Draws a built dispute's picture in this format; the options are the `svg` format's and the figure's. */
  readonly write: (dispute: Dispute, options?: FormatOptions) => Promise<Uint8Array>;
  readonly lines?: undefined;
  readonly stream?: undefined;
  readonly read?: undefined;
}

/**
 * The options of a format's `write`, by name, as {@link TimelineFormat} passes them on: each format checks its
 * own (an unknown value is an `invalid-argument` issue).
 *
 * @category Formats
 * @example
 * ```ts
 * import { formatByName, type FormatOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const options: FormatOptions = { collection: 'deadlines', columns: ['id', 'due'] };
 * const csv = formatByName('csv');
 * csv?.output === 'text' && csv.write(blackberryPakistan2015, options).split('\r\n')[1];
 * //=> 'deadline-2015-11-30,2015-11-30'
 * ```
 */
export type FormatOptions = Readonly<Record<string, unknown>>;

/**
 * One option of a format's `write`, described for a caller that has options as text (the CLI's
 * `--set name=value`) and for the docs: its name, what it does, and the kind of value it takes.
 *
 * @category Formats
 * @example
 * ```ts
 * import { formatByName } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * formatByName('csv')?.options.find((option) => option.name === 'collection')?.type;
 * //=> ['events', 'actors', 'sources', 'demands', 'responses', 'deadlines', 'claims', 'dispute']
 * ```
 */
export interface FormatOption {
  /** The option's name, as the format's `write<Format>` function takes it (`collection`). */
  readonly name: string;
  /** What it does, in a few words, for `--help` and the docs. */
  readonly description: string;
  /**
   * The value it takes: `boolean`, a `number`, a `string`, a `list` of names (written `a,b,c` as text), or one
   * of a list of values.
   */
  readonly type: 'boolean' | 'number' | 'string' | 'list' | readonly string[];
}

/**
 * Options of a format's reader ({@link TimelineFormat}'s `read`): what every reader takes.
 *
 * @category Formats
 * @example
 * ```ts
 * import { formatByName, writeJsonl, type ReadOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const seen: number[] = [];
 * const options: ReadOptions = { onProgress: ({ done }) => seen.push(done) };
 * formatByName('jsonl')?.read?.(writeJsonl(blackberryPakistan2015), options).id;
 * //=> 'blackberry-pakistan-2015'
 * seen;
 * //=> [0, 49]
 * ```
 */
export interface ReadOptions {
  /** Called as records are read, with the records read so far and, when the text says, how many in all. */
  readonly onProgress?: (progress: ReadProgress) => void;
}

/** What a format's definition gives: the contract, with `options` left out when it takes none. */
type Definition<F extends TimelineFormat> = Omit<F, 'options' | 'output'> & {
  readonly options?: readonly FormatOption[];
};

/** Freezes a text format's definition: what the registry holds can't be changed by its users. */
/* @__NO_SIDE_EFFECTS__ */
export function defineFormat(format: Definition<TextFormat>): TextFormat {
  return freezeFormat({ ...format, output: 'text' });
}

/** Freezes a picture format's definition, as {@link defineFormat} does a text format's. */
/* @__NO_SIDE_EFFECTS__ */
export function defineFigureFormat(format: Definition<FigureFormat>): FigureFormat {
  return freezeFormat({ ...format, output: 'bytes' });
}

/* @__NO_SIDE_EFFECTS__ */
function freezeFormat<F extends TimelineFormat>(
  format: Omit<F, 'options'> & { readonly options?: readonly FormatOption[] },
): F {
  const options = Object.freeze(
    (format.options ?? []).map((option) =>
      Object.freeze({
        ...option,
        type: typeof option.type === 'string' ? option.type : Object.freeze([...option.type]),
      }),
    ),
  );
  return Object.freeze({ ...format, options }) as unknown as F;
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

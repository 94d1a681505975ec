/**
 * The formats' names before the verb rule of the contributing guide (`write<Format>` gives the text, `read` and
 * `stream` read it): each old name is its new one, the same function, or (for the JSON Lines reader and stream)
 * calls it and behaves as it did. They go in the next minor version; removing them is deleting this file and its
 * lines in `src/index.ts`.
 */
import type { Dispute } from '../model/dispute.js';
import { writeCasesSvg } from './cases-svg.js';
import { writeHtml } from './html.js';
import { writeICalendar } from './icalendar.js';
import { writeJson } from './json.js';
import { type ReadJsonLinesOptions, readChunks } from './json-lines/read.js';
import type { JsonLinesItem } from './json-lines/shape.js';
import { streamJsonl } from './json-lines/stream.js';
import { writeJsonlLines } from './json-lines/write.js';
import { writeMermaid } from './mermaid.js';
import { writePlover } from './plover.js';
import { writeSvg } from './svg.js';
import { writeText } from './text.js';
import { writeTimelineJs } from './timelinejs.js';
import { writeVisTimeline } from './vis-timeline.js';

/**
 * Draws a dispute's timeline as an SVG picture: the old name of {@link writeSvg}, the same function.
 *
 * @deprecated Use {@link writeSvg}, the same function under the formats' verb rule; this name goes in the next
 * minor version.
 * @category Formats
 * @param dispute - a built dispute
 * @param options - as {@link writeSvg} takes them
 * @returns the SVG document, as {@link writeSvg} returns it
 *
 * @example
 * ```ts
 * import { renderSvg, writeSvg } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * renderSvg(blackberryPakistan2015) === writeSvg(blackberryPakistan2015);
 * //=> true
 * ```
 */
export const renderSvg: typeof writeSvg = writeSvg;

/**
 * A self-contained HTML page of a dispute's timeline: the old name of {@link writeHtml}, the same function.
 *
 * @deprecated Use {@link writeHtml}, the same function under the formats' verb rule; this name goes in the next
 * minor version.
 * @category Formats
 * @param dispute - a built dispute
 * @param options - as {@link writeHtml} takes them
 * @returns the HTML page, as {@link writeHtml} returns it
 *
 * @example
 * ```ts
 * import { renderHtml, writeHtml } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * renderHtml(uaeBlackberry2010) === writeHtml(uaeBlackberry2010);
 * //=> true
 * ```
 */
export const renderHtml: typeof writeHtml = writeHtml;

/**
 * Draws several cases side by side, aligned on an anchor: the old name of {@link writeCasesSvg}, the same function.
 *
 * @deprecated Use {@link writeCasesSvg}, the same function under the formats' verb rule; this name goes in the
 * next minor version.
 * @category Formats
 * @param disputes - built disputes
 * @param options - as {@link writeCasesSvg} takes them
 * @returns the SVG document, as {@link writeCasesSvg} returns it
 *
 * @example
 * ```ts
 * import { renderCasesSvg, writeCasesSvg } from 'dispute-timeline';
 * import { datasets } from 'dispute-timeline/datasets';
 * renderCasesSvg(datasets) === writeCasesSvg(datasets);
 * //=> true
 * ```
 */
export const renderCasesSvg: typeof writeCasesSvg = writeCasesSvg;

/**
 * A dispute's timeline as plain text: the old name of {@link writeText}, the same function.
 *
 * @deprecated Use {@link writeText}, the same function under the formats' verb rule; this name goes in
 * the next minor version.
 * @category Formats
 * @param dispute - a built dispute
 * @param options - as {@link writeText} takes them
 * @returns the text, as {@link writeText} returns it
 *
 * @example
 * ```ts
 * import { formatTimelineText, writeText } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * formatTimelineText(blackberryPakistan2015) === writeText(blackberryPakistan2015);
 * //=> true
 * ```
 */
export const formatTimelineText: typeof writeText = writeText;

/**
 * A dispute's deadlines (and events) as an iCalendar file: the old name of {@link writeICalendar}, the same function.
 *
 * @deprecated Use {@link writeICalendar}, the same function under the formats' verb rule; this name goes in
 * the next minor version.
 * @category Formats
 * @param dispute - a built dispute
 * @param options - as {@link writeICalendar} takes them
 * @returns the iCalendar text, as {@link writeICalendar} returns it
 *
 * @example
 * ```ts
 * import { formatICalendar, writeICalendar } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const stamp = '2026-01-01T00:00:00Z';
 * formatICalendar(blackberryPakistan2015, { stamp }) === writeICalendar(blackberryPakistan2015, { stamp });
 * //=> true
 * ```
 */
export const formatICalendar: typeof writeICalendar = writeICalendar;

/**
 * A dispute as a Mermaid timeline: the old name of {@link writeMermaid}, the same function.
 *
 * @deprecated Use {@link writeMermaid}, the same function under the formats' verb rule; this name goes in
 * the next minor version.
 * @category Formats
 * @param dispute - a built dispute
 * @returns the Mermaid text, as {@link writeMermaid} returns it
 *
 * @example
 * ```ts
 * import { formatMermaid, writeMermaid } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * formatMermaid(blackberryPakistan2015) === writeMermaid(blackberryPakistan2015);
 * //=> true
 * ```
 */
export const formatMermaid: typeof writeMermaid = writeMermaid;

/**
 * A dispute's events as PLOVER records, as JSON: the old name of {@link writePlover}, the same function.
 *
 * @deprecated Use {@link writePlover}, the same function under the formats' verb rule; this name goes in
 * the next minor version.
 * @category Formats
 * @param dispute - a built dispute
 * @returns the PLOVER JSON text, as {@link writePlover} returns it
 *
 * @example
 * ```ts
 * import { formatPlover, writePlover } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * formatPlover(blackberryPakistan2015) === writePlover(blackberryPakistan2015);
 * //=> true
 * ```
 */
export const formatPlover: typeof writePlover = writePlover;

/**
 * A dispute as TimelineJS3's JSON: the old name of {@link writeTimelineJs}, the same function.
 *
 * @deprecated Use {@link writeTimelineJs}, the same function under the formats' verb rule; this name goes in
 * the next minor version.
 * @category Formats
 * @param dispute - a built dispute
 * @returns the TimelineJS3 JSON text, as {@link writeTimelineJs} returns it
 *
 * @example
 * ```ts
 * import { formatTimelineJs, writeTimelineJs } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * formatTimelineJs(blackberryPakistan2015) === writeTimelineJs(blackberryPakistan2015);
 * //=> true
 * ```
 */
export const formatTimelineJs: typeof writeTimelineJs = writeTimelineJs;

/**
 * A dispute as vis-timeline's items and groups, as JSON: the old name of {@link writeVisTimeline}, the same function.
 *
 * @deprecated Use {@link writeVisTimeline}, the same function under the formats' verb rule; this name goes in
 * the next minor version.
 * @category Formats
 * @param dispute - a built dispute
 * @param options - as {@link writeVisTimeline} takes them
 * @returns the vis-timeline JSON text, as {@link writeVisTimeline} returns it
 *
 * @example
 * ```ts
 * import { formatVisTimeline, writeVisTimeline } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * formatVisTimeline(blackberryPakistan2015) === writeVisTimeline(blackberryPakistan2015);
 * //=> true
 * ```
 */
export const formatVisTimeline: typeof writeVisTimeline = writeVisTimeline;

/**
 * Writes a dispute in its canonical JSON form: the old name of {@link writeJson}, the same function.
 *
 * @deprecated Use {@link writeJson}, the same function under the formats' verb rule; this name goes in
 * the next minor version.
 * @category Formats
 * @param dispute - a built dispute
 * @param options - indentation, as {@link writeJson} takes it
 * @returns the JSON text, as {@link writeJson} returns it
 *
 * @example
 * ```ts
 * import { serializeDispute, writeJson } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * serializeDispute(blackberryPakistan2015) === writeJson(blackberryPakistan2015);
 * //=> true
 * ```
 */
export const serializeDispute: typeof writeJson = writeJson;

/**
 * Writes a dispute as JSON Lines, one line at a time: the old name of {@link writeJsonlLines}, the same function.
 *
 * @deprecated Use {@link writeJsonlLines}, the same function under the formats' verb rule (`writeJsonl` gives the
 * whole text); this name goes in the next minor version.
 * @category Formats
 * @param dispute - a built dispute
 * @returns the lines, each ending in `\n`, made lazily, as {@link writeJsonlLines} returns them
 *
 * @example
 * ```ts
 * import { writeJsonLines, writeJsonl } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * [...writeJsonLines(blackberryPakistan2015)].join('') === writeJsonl(blackberryPakistan2015);
 * //=> true
 * ```
 */
export const writeJsonLines: typeof writeJsonlLines = writeJsonlLines;

/**
 * Reads a dispute from JSON Lines: the old name of {@link readJsonl}, which it calls.
 *
 * @deprecated Use {@link readJsonl}, the same function under the formats' verb rule; this name goes in
 * the next minor version.
 * @category Formats
 * @param lines - the lines or chunks of a JSON Lines text, as strings or bytes; or the whole text as one string
 * @param options - `onProgress`, called as records are read
 * @returns a promise of the dispute, even for a whole text (which {@link readJsonl} reads at once)
 *
 * @example
 * ```ts
 * import { readJsonLines, readJsonl, writeJson, writeJsonl } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const text = writeJsonl(blackberryPakistan2015);
 * writeJson(await readJsonLines(text)) === writeJson(readJsonl(text));
 * //=> true
 * ```
 */
export function readJsonLines(
  lines: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  options?: ReadJsonLinesOptions,
): Promise<Dispute> {
  return readChunks(lines, options);
}

/**
 * Reads JSON Lines record by record: the old name of {@link streamJsonl}, which it calls.
 *
 * @deprecated Use {@link streamJsonl}, the same function under the formats' verb rule; this name goes in
 * the next minor version.
 * @category Formats
 * @param lines - the lines or chunks of a JSON Lines text, as strings or bytes; or the whole text as one string
 * @param options - `onProgress`, called as records are read
 * @returns an async iterator of the header and the records, as {@link streamJsonl} returns it
 *
 * @example
 * ```ts
 * import { streamJsonLines, writeJsonl } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * let items = 0;
 * for await (const _ of streamJsonLines(writeJsonl(blackberryPakistan2015))) items++;
 * items; // the header and 49 records
 * //=> 50
 * ```
 */
export function streamJsonLines(
  lines: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> | string,
  options?: ReadJsonLinesOptions,
): AsyncIterableIterator<JsonLinesItem> {
  return streamJsonl(lines, options);
}

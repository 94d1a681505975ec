/**
 * The formats' names before the verb rule of the contributing guide (`write<Format>` gives the text, `read` and
 * `stream` read it): each old name calls its new one and behaves as it did. They go in the next minor version;
 * removing them is deleting this file and its lines in `src/index.ts`.
 */
import type { Dispute } from '../model/dispute.js';
import { type CasesSvgOptions, writeCasesSvg } from './cases-svg.js';
import { writeHtml } from './html.js';
import type { SvgOptions } from './render/options.js';
import { writeSvg } from './svg.js';

/**
 * Draws a dispute's timeline as an SVG picture: the old name of {@link writeSvg}, which it calls.
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
export function renderSvg(dispute: Dispute, options?: SvgOptions): string {
  return writeSvg(dispute, options);
}

/**
 * A self-contained HTML page of a dispute's timeline: the old name of {@link writeHtml}, which it calls.
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
export function renderHtml(dispute: Dispute, options?: SvgOptions): string {
  return writeHtml(dispute, options);
}

/**
 * Draws several cases side by side, aligned on an anchor: the old name of {@link writeCasesSvg}, which it calls.
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
export function renderCasesSvg(disputes: readonly Dispute[], options?: CasesSvgOptions): string {
  return writeCasesSvg(disputes, options);
}

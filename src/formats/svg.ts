import { builtDispute } from '../builder/seam.js';
import type { Dispute } from '../model/dispute.js';
import { defineFormat } from './format.js';
import { drawScene } from './render/draw.js';
import { DRAWING_FORMAT_OPTIONS, readSvgOptions, type SvgOptions } from './render/options.js';
import { timelineScene } from './render/timeline-scene.js';

export type { SvgOptions } from './render/options.js';

/**
 * Draws a dispute's timeline as an SVG picture made to go into a paper: 680 px wide by default (180 mm at 96 px
 * per inch), no text under 10 px (7.5 pt). One lane per actor (or group, or kind); each event, demand and
 * response a mark at its date — solid when the date is known to the day, a hatched span when it is known only to
 * its month or year, its label marked `~` (about) or `?` (uncertain); a demand or response and the event that
 * records it drawn as one mark — deadlines as vertical lines, an extension as an arrow from the old due date to
 * the new one, each deadline's outcome in its label. The axis follows the data: long empty stretches are left
 * out behind a break that says how long they are (`from` and `to` choose the dates instead). Labels are wrapped,
 * never cut nor overlapping; one too long to fit gets a number and its full text in the key under the figure,
 * with the claims of the sources by topic. The axis is in UTC (never the machine's zone). The picture has
 * `role="img"`, a `<title>` and a `<desc>`, text contrast of at least 4.5:1 in both themes, and shapes and dash
 * patterns, not colour alone, for meaning. The same input gives the same bytes in every time zone.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @param options - width, theme, lanes, which records, which events, the date range
 * @returns the SVG document, ending in a newline
 * @throws {@link TimelineError} `invalid-argument` for bad options (a `from` or `to` that is not a date among them); `unknown-reference` for an event in
 * `options.events` that is not the dispute's; the dispute's own issues (such as `missing-field`) when it is not a valid dispute
 *
 * @example
 * ```ts
 * import { writeSvg } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const svg = writeSvg(blackberryPakistan2015, { width: 680 });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"');
 * //=> true
 * svg.match(/data-key="event:/g)?.length; // every event, four as the demand or response they record
 * //=> 8
 * svg.includes('<title id="dt-blackberry-pakistan-2015-title">Pakistan and BlackBerry Enterprise Service, 2015</title>');
 * //=> true
 * ```
 */
export function writeSvg(dispute: Dispute, options: SvgOptions = {}): string {
  const built = builtDispute(dispute);
  const checked = readSvgOptions(built, options);
  return drawScene(timelineScene(built, checked), { theme: checked.theme, interactive: false });
}

/** The SVG picture of the timeline. */
export const svgFormat = defineFormat({
  name: 'svg',
  description:
    'an SVG picture of the timeline for print: lanes per actor, deadlines and extensions, an axis with breaks, a key and the claims',
  mediaType: 'image/svg+xml',
  extension: '.svg',
  options: DRAWING_FORMAT_OPTIONS,
  write: (dispute, options) => writeSvg(dispute, options as SvgOptions),
});

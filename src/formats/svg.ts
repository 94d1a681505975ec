import { builtDispute } from '../builder/validate.js';
import type { Dispute } from '../model/dispute.js';
import { defineFormat } from './format.js';
import { drawScene } from './render/draw.js';
import { readSvgOptions, type SvgOptions } from './render/options.js';
import { timelineScene } from './render/timeline-scene.js';

export type { SvgOptions } from './render/options.js';

/**
 * Draws a dispute's timeline as an SVG picture: one lane per actor (or group, or kind), each event, demand and
 * response a mark at its date — a date known only to its month or year drawn as the span it may cover and its
 * label marked `~` (about) or `?` (uncertain) — deadlines as vertical lines, an extension as an arrow from the
 * old due date to the new one, each deadline's outcome in its label, and demand → response links. The axis is
 * in UTC (never the machine's zone), with ticks from hours to centuries; labels never overlap (a label that
 * does not fit is cut, its full text in the mark's `<title>`). The picture has `role="img"`, a `<title>` and a
 * `<desc>`, text contrast of at least 4.5:1 in both themes, and shapes and dash patterns, not colour alone, for
 * meaning. The same input gives the same bytes in every time zone.
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
 * const svg = writeSvg(blackberryPakistan2015, { width: 1000 });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"');
 * //=> true
 * svg.match(/data-shape="event"/g)?.length; // every event drawn
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
  description: 'an SVG picture of the timeline: lanes per actor, deadlines and extensions, UTC axis',
  mediaType: 'image/svg+xml',
  extension: '.svg',
  write: (dispute) => writeSvg(dispute),
});

import { checkList, checkOneOf, describeValue, optionsObject } from '../../_lib/args.js';
import { fail } from '../../_lib/issues.js';
import type { ParsedDate } from '../../dates/edtf.js';
import type { IssuePath } from '../../errors/index.js';
import type { Dispute } from '../../model/dispute.js';
import type { TimelineEvent } from '../../model/event.js';
import { type DateLike, readDateLike } from '../../query/date-like.js';
import type { FormatOption } from '../format.js';
import { eventsOption } from '../support/events-option.js';
import { THEMES, type Theme } from './theme.js';

/**
 * Options of {@link writeSvg} and {@link writeHtml}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { writeSvg, type SvgOptions } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const options: SvgOptions = { width: 800, theme: 'dark', records: ['events', 'deadlines'], from: '2015-07' };
 * writeSvg(blackberryPakistan2015, options).match(/data-theme="(\w+)"/)?.[1];
 * //=> 'dark'
 * ```
 */
export interface SvgOptions {
  /** The width of the picture in pixels, from 480 to 4,000 (default 680: 180 mm, a journal page, at 96 px per inch, where its 10 px text is 7.5 pt); its height follows from its lanes. */
  readonly width?: number;
  /** `light` (default) or `dark`. */
  readonly theme?: 'light' | 'dark';
  /** One lane per `actor` (default), per actor `group` (the organisation an actor belongs to, at the top), or per event `kind`. */
  readonly lanes?: 'actor' | 'group' | 'kind';
  /** Which records to draw: any of `events`, `demands`, `responses`, `deadlines` (default all four). */
  readonly records?: readonly ('events' | 'demands' | 'responses' | 'deadlines')[];
  /** The events to draw (a query's selection, say), of this dispute. Default: all of them. */
  readonly events?: readonly TimelineEvent[];
  /** The first date shown (an EDTF date, read in the dispute's zone): records wholly before it are left out. */
  readonly from?: DateLike;
  /** The last date shown: records wholly after it are left out. */
  readonly to?: DateLike;
}

const RECORD_KINDS = ['events', 'demands', 'responses', 'deadlines'] as const;

/** The options of the `svg` and `html` formats, as the registry lists them for the CLI and the docs: {@link SvgOptions} in words. */
export const DRAWING_FORMAT_OPTIONS: readonly FormatOption[] = /* @__PURE__ */ Object.freeze([
  { name: 'width', description: 'the width in pixels, 480 to 4,000 (default 680)', type: 'number' },
  { name: 'theme', description: 'the colours (default light)', type: ['light', 'dark'] },
  {
    name: 'lanes',
    description: 'one lane per actor (default), actor group or event kind',
    type: ['actor', 'group', 'kind'],
  },
  {
    name: 'records',
    description: `which records to draw: ${RECORD_KINDS.join(', ')}`,
    type: 'list',
  },
  { name: 'from', description: 'the first date shown, an EDTF date', type: 'string' },
  { name: 'to', description: 'the last date shown, an EDTF date', type: 'string' },
]);

/** The options, checked. */
export interface DrawingOptions {
  readonly width: number;
  readonly theme: Theme;
  readonly lanes: 'actor' | 'group' | 'kind';
  readonly records: ReadonlySet<(typeof RECORD_KINDS)[number]>;
  readonly events: readonly TimelineEvent[];
  readonly from: ParsedDate | undefined;
  readonly to: ParsedDate | undefined;
}

/** A width from 480 to 4,000 pixels. */
export function checkWidth(width: unknown, path: IssuePath): number {
  if (typeof width !== 'number' || !Number.isFinite(width) || width < 480 || width > 4000)
    fail(
      'invalid-argument',
      path,
      `a width is a number of pixels from 480 to 4000; got ${describeValue(width)}`,
    );
  return Math.round(width);
}

/** The theme named by an option. */
export function checkTheme(theme: unknown, path: IssuePath): Theme {
  return THEMES[checkOneOf(theme, ['light', 'dark'], path, 'a theme')];
}

/** Checks the options of a drawing of one dispute. */
export function readSvgOptions(dispute: Dispute, options: unknown): DrawingOptions {
  const given = optionsObject(options);
  const zone = dispute.timeZone ?? 'UTC';
  const records = new Set(
    (given['records'] === undefined
      ? RECORD_KINDS
      : checkList(given['records'], ['options', 'records'], 'records')
    ).map((kind, i) => checkOneOf(kind, RECORD_KINDS, ['options', 'records', i], 'a kind of record')),
  );
  const events: readonly TimelineEvent[] = eventsOption(dispute.events, given['events']);
  const from =
    given['from'] === undefined ? undefined : readDateLike(given['from'], zone, ['options', 'from']);
  const to = given['to'] === undefined ? undefined : readDateLike(given['to'], zone, ['options', 'to']);
  if (from !== undefined && to !== undefined && to.latest < from.earliest)
    fail('invalid-argument', ['options', 'to'], 'the last date shown comes before the first');
  return {
    width: given['width'] === undefined ? 680 : checkWidth(given['width'], ['options', 'width']),
    theme: given['theme'] === undefined ? THEMES.light : checkTheme(given['theme'], ['options', 'theme']),
    lanes:
      given['lanes'] === undefined
        ? 'actor'
        : checkOneOf(given['lanes'], ['actor', 'group', 'kind'], ['options', 'lanes'], 'a kind of lane'),
    records,
    events,
    from,
    to,
  };
}

import { checkList, checkOneOf, optionsObject } from '../_lib/args.js';
import { builtDispute } from '../builder/seam.js';
import type { ParsedDate } from '../dates/parsed-date.js';
import type { Dispute } from '../model/dispute.js';
import { dateOf } from '../model/record-date.js';
import { type AlignAnchor, alignCases } from '../query/align-cases.js';
import { dayCount } from '../query/durations.js';
import { fitAxis, type Stretch } from './render/axis.js';
import { drawScene } from './render/draw.js';
import { checkTheme, checkWidth } from './render/options.js';
import type { Scene, SceneLane, SceneLine, SceneMark } from './render/scene.js';
import { visibleText } from './render/text.js';
import { THEMES } from './render/theme.js';
import { axisTicks } from './render/ticks.js';
import {
  dashOf,
  deadlineMark,
  describeDate,
  idPrefixOf,
  inWords,
  isImprecise,
  markWords,
  qualifierOf,
  sourcesOf,
  TICK_SPACE,
} from './render/timeline-scene.js';

/**
 * Options of {@link writeCasesSvg}.
 *
 * @category Formats
 * @example
 * ```ts
 * import { writeCasesSvg, type CasesSvgOptions } from 'dispute-timeline';
 * import { datasets } from 'dispute-timeline/datasets';
 * const options: CasesSvgOptions = { anchor: 'first-demand', width: 1200, theme: 'light' };
 * writeCasesSvg(datasets, options).includes('day 0 = the first demand');
 * //=> true
 * ```
 */
export interface CasesSvgOptions {
  /** What day 0 is in each case: `first-deadline` (default), `first-demand` or `final-deadline` (as {@link alignCases} takes it). */
  readonly anchor?: AlignAnchor;
  /** The width in pixels, from 480 to 4,000 (default 680: 180 mm at 96 px per inch). */
  readonly width?: number;
  /** `light` (default) or `dark`. */
  readonly theme?: 'light' | 'dark';
}

/** The left and right margin of the plot: each case has its heading above it, not a name beside it. */
const PAD_LEFT = 14;

/** `1 event`, `23 events`. */
const countOf = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const ANCHOR_WORDS: Readonly<Record<AlignAnchor, string>> = {
  'first-demand': 'the first demand',
  'first-deadline': 'the first deadline',
  'final-deadline': 'the final deadline',
};

/**
 * Draws several cases side by side in one SVG picture, each in its own band under a heading, aligned on day 0 —
 * each case's first deadline by default, or another anchor of {@link alignCases} — with day 0 marked. Each case
 * has an axis of its own, counting calendar days from its anchor in its zone, with breaks where a long stretch
 * has no records: each keeps its own window around day 0, and one with a long pre-history never squeezes the
 * others. An event known only to its month spans the days it may be. Each case's deadlines are drawn in its
 * band, with their outcomes; labels are wrapped, never cut nor overlapping. A case without the record day 0
 * would be (Nigeria's, which set conditions but no deadline) keeps its band, whose heading says it has none and
 * that its events are not drawn; a note under the title says so too.
 *
 * @category Formats
 * @param disputes - built disputes
 * @param options - the anchor, width and theme
 * @returns the SVG document, ending in a newline
 * @throws {@link TimelineError} `invalid-argument` for bad options or a list that does not hold disputes; a
 * dispute's own issues when it is not a valid dispute
 *
 * @example
 * ```ts
 * import { writeCasesSvg } from 'dispute-timeline';
 * import { datasets } from 'dispute-timeline/datasets';
 * const svg = writeCasesSvg(datasets, { anchor: 'first-deadline' });
 * svg.match(/class="dt-anchor-line"/g)?.length; // day 0 in the band of each of the eight cases with a deadline
 * //=> 8
 * svg.match(/data-shape="event"/g)?.length; // every event of those eight cases
 * //=> 106
 * svg.includes('no deadline to align on; its 14 events are not drawn'); // Nigeria's band
 * //=> true
 * ```
 */
export function writeCasesSvg(disputes: readonly Dispute[], options: CasesSvgOptions = {}): string {
  const list = checkList(disputes, ['disputes'], 'disputes').map((dispute, i) =>
    builtDispute(dispute, ['disputes', i]),
  );
  const given = optionsObject(options);
  const anchor: AlignAnchor =
    given['anchor'] === undefined
      ? 'first-deadline'
      : checkOneOf(
          given['anchor'],
          ['first-demand', 'first-deadline', 'final-deadline'],
          ['options', 'anchor'],
          'an anchor',
        );
  const width = given['width'] === undefined ? 680 : checkWidth(given['width'], ['options', 'width']);
  const theme =
    given['theme'] === undefined ? THEMES.light : checkTheme(given['theme'], ['options', 'theme']);
  // A case without the record its day 0 would be (Nigeria set conditions, not a deadline) keeps its band, which
  // says so; the others are aligned, each in its place in the list.
  const hasAnchor = (dispute: Dispute) =>
    anchor === 'first-demand' ? dispute.demands.length > 0 : dispute.deadlines.length > 0;
  const aligned = alignCases(list.filter(hasAnchor), anchor);
  const laneOf = new Map(list.map((dispute, lane) => [dispute, lane]));
  const without = list.filter((dispute) => !hasAnchor(dispute));

  // Day offsets first, then pixels: the domain spans every case's days, and day 0.
  const cases = aligned.map((one) => {
    const lane = laneOf.get(one.dispute) as number;
    const zone = one.dispute.timeZone ?? 'UTC';
    const names = new Map(one.dispute.actors.map((actor) => [actor.id as string, visibleText(actor.name)]));
    const events = one.events.map(({ event, days }) => {
      const date = dateOf(event, one.dispute);
      return {
        key: `${one.dispute.id}:event:${event.id}`,
        shape: 'event' as const,
        days,
        date,
        label: `${qualifierOf(date)}${visibleText(event.title)}`,
        details: {
          heading: visibleText(event.title),
          date: describeDate(date),
          kind: event.kind,
          actors: event.actors.map((id) => names.get(id) ?? visibleText(id)),
          ...sourcesOf(one.dispute, event.sources),
        },
        outcome: undefined as string | undefined,
      };
    });
    const deadlines = one.dispute.deadlines.map((deadline) => {
      const date = dateOf(deadline, one.dispute);
      const setBy = deadline.setBy.map((id) => names.get(id) ?? visibleText(id));
      return {
        key: `${one.dispute.id}:deadline:${deadline.id}`,
        shape: 'deadline' as const,
        days: dayCount(one.anchorDate, date, zone),
        date,
        ...deadlineMark(one.dispute, deadline, date, setBy),
      };
    });
    return { one, lane, records: [...events, ...deadlines] };
  });
  // Each case its own axis of days around its day 0, with breaks: a case with a long pre-history keeps its
  // dense days wide and never squeezes the others.
  const left = PAD_LEFT;
  const right = width - PAD_LEFT;
  const lines: SceneLine[] = [];
  const alignedLanes = cases.map(({ one, lane, records }) => {
    const zone = one.dispute.timeZone ?? 'UTC';
    const demands = new Map(one.dispute.demands.map((demand) => [demand.id as string, demand]));
    const days = (date: ParsedDate) => dayCount(one.anchorDate, date, zone);
    const keep: Stretch[] = one.dispute.deadlines.map((deadline) => {
      const counts = [
        days(dateOf(deadline, one.dispute)),
        ...deadline.demands.flatMap((id) => {
          const demand = demands.get(id);
          return demand === undefined ? [] : [days(dateOf(demand, one.dispute))];
        }),
      ];
      return {
        from: Math.min(...counts.map((c) => c.min)),
        to: Math.max(...counts.map((c) => c.max + 1)),
      };
    });
    const axis = fitAxis(
      [{ from: 0, to: 1 }, ...records.map((record) => ({ from: record.days.min, to: record.days.max + 1 }))],
      keep,
      { left, right, minGap: 14, minMargin: 0.5 },
    );
    const x = axis.x;
    lines.push({ x: x(0), kind: 'anchor', lane });
    const marks = records.map((record): SceneMark => {
      const x0 = x(record.days.min);
      const x1 = x(record.days.max + 1);
      const dayRange =
        record.days.min === record.days.max
          ? `day ${record.days.min}`
          : `days ${record.days.min} to ${record.days.max}`;
      const exact = !isImprecise(record.date);
      const span = record.shape === 'event' && !exact && x1 - x0 >= 3;
      const at = record.shape === 'deadline' ? x1 : (x0 + x1) / 2;
      const dash = dashOf(record.outcome);
      if (record.shape === 'deadline') lines.push({ x: at, kind: 'deadline', dash, lane, key: record.key });
      return {
        key: record.key,
        shape: record.shape,
        x0: span ? x0 : at,
        x1: span ? x1 : at,
        span,
        exact,
        label: record.label,
        ...markWords(record.details, record.details.actors.join(', '), dayRange),
        details: { ...record.details, date: `${dayRange}: ${record.details.date}` },
        dash,
      };
    });
    return {
      lane,
      name: visibleText(one.dispute.title),
      heading: `${visibleText(one.dispute.title)}: day 0 = ${one.anchorDate.text} (${one.anchorDate.timeZone})`,
      axis: axisTicks(axis, 'days', TICK_SPACE),
      marks,
    };
  });
  const missing = anchor === 'first-demand' ? 'demand' : 'deadline';
  const lanes: SceneLane[] = [
    ...alignedLanes,
    ...without.map((dispute) => ({
      lane: laneOf.get(dispute) as number,
      name: visibleText(dispute.title),
      heading: `${visibleText(dispute.title)}: no ${missing} to align on; its ${countOf(dispute.events.length, 'event')} are not drawn`,
      marks: [],
    })),
  ]
    .sort((a, b) => a.lane - b.lane)
    .map(({ lane: _, ...rest }) => rest);
  const word = ANCHOR_WORDS[anchor];
  const scene: Scene = {
    idPrefix: idPrefixOf(`cases-${list.map((d) => d.id).join('-')}`.slice(0, 200)),
    width,
    left,
    right,
    title: `${list.length} cases side by side, day 0 = ${word}`,
    description:
      `${list.length} cases aligned on ${word} (day 0): ` +
      list
        .map((dispute) => {
          const one = aligned.find((c) => c.dispute === dispute);
          return one === undefined
            ? `${visibleText(dispute.title)}, no ${missing} to align on`
            : `${visibleText(dispute.title)}, day 0 = ${one.anchorDate.text}`;
        })
        .join('; ') +
      '. The axis counts calendar days from day 0, in each case\u2019s zone.',
    notes: [
      `Each case on its own axis of calendar days from its day 0 = ${word}, counted in the case\u2019s zone; long stretches without records are left out at a break.`,
      ...(without.length === 0
        ? []
        : [
            `${inWords(without.map((dispute) => visibleText(dispute.title)))} ${without.length === 1 ? 'has' : 'have'} no ${missing}: ${without.length === 1 ? 'its band says so' : 'their bands say so'}, and ${without.length === 1 ? 'its events are' : 'their events are'} not drawn.`,
          ]),
    ],
    lanes,
    lines,
    // Each case's own picture lists its claims; here they would bury the comparison.
    claims: [],
    legend: [
      'event',
      ...(lanes.some((lane) => lane.marks.some((mark) => mark.span)) ? (['span'] as const) : []),
      'deadline',
      'anchor',
      ...(lanes.some((lane) => (lane.axis?.breaks.length ?? 0) > 0) ? (['break'] as const) : []),
    ],
  };
  return drawScene(scene, { theme, interactive: false });
}

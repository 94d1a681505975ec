import type { ParsedDate } from '../../dates/edtf.js';
import { dateInWords } from '../../dates/words/date-words.js';
import type { Actor } from '../../model/actor.js';
import type { Citation } from '../../model/common.js';
import type { Deadline } from '../../model/deadline.js';
import { outcomeWord } from '../../model/deadline-words.js';
import type { Dispute } from '../../model/dispute.js';
import type { TimelineEvent } from '../../model/event.js';
import { EventKindSchema } from '../../model/event.js';
import { dateOf } from '../../model/record-date.js';
import { restatements } from '../support/restatements.js';
import { fitAxis, type Stretch } from './axis.js';
import type { DrawingOptions } from './options.js';
import type {
  MarkDetails,
  MarkShape,
  Scene,
  SceneCitation,
  SceneClaims,
  SceneLane,
  SceneLine,
  SceneMark,
} from './scene.js';
import { textWidth, visibleText } from './text.js';
import { axisTicks, type LabelSpace } from './ticks.js';

/** The scene of one dispute: its records in lanes on a UTC time axis, deadlines in a strip with their lines. */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The column of lane names, and the margin right of the plot. */
export const LANE_COLUMN = 130;
const RIGHT_MARGIN = 12;
const NO_ACTOR = '(no actor)';

/** The tick labels' spacing: their width at the font size, and room between them. */
export const TICK_SPACE: LabelSpace = (chars) => textWidth('0'.repeat(chars), 10) + 16;

/** `~ ` for a date marked approximate, `? ` for uncertain, `?~ ` for both: visible, so never colour alone. */
export function qualifierOf(date: ParsedDate): string {
  return `${date.uncertain ? '?' : ''}${date.approximate ? '~' : ''}${date.uncertain || date.approximate ? ' ' : ''}`;
}

/** A date as the details say it: its text, precision, qualifiers and zone. */
export function describeDate(date: ParsedDate): string {
  const marks = [date.approximate ? 'approximate' : '', date.uncertain ? 'uncertain' : ''].filter(Boolean);
  const precision =
    date.kind === 'interval' ? `an interval, to the ${date.precision}` : `${date.precision} precision`;
  return `${date.text} (${[precision, ...marks].join(', ')}; ${date.timeZone})`;
}

/** An id prefix for the SVG from a dispute's id: letters, digits and hyphens only. */
export function idPrefixOf(id: string): string {
  return `dt-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The details of a record's sources: each citation's quote, and a link to each source with a URL. */
export function sourcesOf(
  dispute: Dispute,
  citations: readonly Citation[],
): Pick<MarkDetails, 'quotes' | 'sources' | 'citations'> {
  const byId = new Map(dispute.sources.map((source) => [source.id as string, source]));
  const quotes: string[] = [];
  const sources: { label: string; url?: string }[] = [];
  const cited: SceneCitation[] = [];
  const seen = new Set<string>();
  for (const citation of citations) {
    if (citation.quote !== undefined) quotes.push(visibleText(citation.quote));
    const source = byId.get(citation.source);
    const label = visibleText(
      source === undefined
        ? citation.source
        : source.title === undefined
          ? source.publisher
          : `${source.publisher}: ${source.title}`,
    );
    cited.push({
      label,
      ...(source?.url === undefined ? {} : { url: source.url }),
      ...(citation.quote === undefined ? {} : { quote: visibleText(citation.quote) }),
      ...(citation.note === undefined ? {} : { note: visibleText(citation.note) }),
    });
    if (seen.has(citation.source)) continue;
    seen.add(citation.source);
    if (source === undefined) continue;
    sources.push(source.url === undefined ? { label } : { label, url: source.url });
  }
  return { quotes, sources, citations: cited };
}

/** The dash pattern of a deadline's line: extended dashed, rescinded dotted, missed dash-dot, else solid. */
export function dashOf(outcome: string | undefined): string | undefined {
  if (outcome === 'extended') return '8 4';
  if (outcome === 'rescinded') return '2 4';
  if (outcome === 'missed') return '10 3 2 3';
  return undefined;
}

/** The mark of a deadline: its label (`Due 2015-11-30 (extended)`, then `what`) and its details. */
export function deadlineMark(
  dispute: Dispute,
  deadline: Deadline,
  date: ParsedDate,
  setBy: readonly string[],
  what = '',
): { readonly label: string; readonly details: MarkDetails; readonly outcome: string | undefined } {
  const outcome = outcomeWord(deadline);
  // A set of days (sources that disagree) is said in words, `one of 2017-07-16, 2017-07-19`, not in brackets.
  const due = date.members === undefined ? date.text : dateInWords(date, dispute.timeZone ?? 'UTC');
  return {
    label: `${qualifierOf(date)}Due ${due}${outcome === undefined ? '' : ` (${outcome})`}${what}`,
    details: {
      heading: `Deadline${deadline.summary === undefined ? '' : `: ${visibleText(deadline.summary)}`}`,
      date: describeDate(date),
      kind: outcome === undefined ? 'deadline' : `deadline, ${outcome}`,
      actors: [`set by ${inWords(setBy)}`],
      ...sourcesOf(dispute, deadline.sources ?? []),
    },
    outcome,
  };
}

/**
 * A mark's tooltip and accessible name, from its details: date, kind, actors (as `actors` gives them) and, in
 * the tooltip, the heading; after `before` (a case's day range) where given.
 */
export function markWords(
  details: MarkDetails,
  actors: string,
  before?: string,
): { readonly tooltip: string; readonly name: string } {
  return {
    tooltip: `${before === undefined ? '' : `${before} · `}${details.date} · ${details.kind} · ${actors} · ${details.heading}`,
    name: `${before === undefined ? '' : `${before}; `}${details.date}; ${details.kind}; ${actors}`,
  };
}

interface Draft {
  readonly key: string;
  readonly shape: MarkShape;
  readonly date: ParsedDate;
  readonly lane: string;
  readonly label: string;
  readonly details: MarkDetails;
  readonly sequence: number | undefined;
  readonly deadline?: Deadline;
  readonly alsoKey?: string;
}

/** The lane names of a dispute's actors: each actor's name, or its topmost organisation's for `group`. */
function laneNames(dispute: Dispute, lanes: DrawingOptions['lanes']): Map<string, string> {
  const byId = new Map(dispute.actors.map((actor) => [actor.id as string, actor]));
  const top = (actor: Actor): Actor => {
    let current = actor;
    const seen = new Set<string>();
    while (current.memberships?.[0] !== undefined && !seen.has(current.id)) {
      seen.add(current.id);
      const next = byId.get(current.memberships[0].organization);
      if (next === undefined) break;
      current = next;
    }
    return current;
  };
  return new Map(
    dispute.actors.map((actor) => [
      actor.id as string,
      visibleText((lanes === 'group' ? top(actor) : actor).name),
    ]),
  );
}

/** Whether a date covers more than a day: known only to its month, year, season or a range. */
export function isImprecise(date: ParsedDate): boolean {
  return date.latest + 1 - date.earliest > DAY + HOUR;
}

/** Two records' sources as one list: every quote, each source once. */
function mergedSources(
  a: Pick<MarkDetails, 'quotes' | 'sources' | 'citations'>,
  b: Pick<MarkDetails, 'quotes' | 'sources' | 'citations'>,
) {
  const labels = new Set(a.sources.map((source) => source.label));
  const same = (x: SceneCitation, y: SceneCitation) =>
    x.label === y.label && x.quote === y.quote && x.note === y.note;
  return {
    quotes: [...a.quotes, ...b.quotes.filter((quote) => !a.quotes.includes(quote))],
    sources: [...a.sources, ...b.sources.filter((source) => !labels.has(source.label))],
    citations: [...a.citations, ...b.citations.filter((one) => !a.citations.some((seen) => same(seen, one)))],
  };
}

/** The claims of a dispute by topic, in the order topics first appear, each claim with its sources. */
export function claimsOf(dispute: Dispute): SceneClaims[] {
  const byTopic = new Map<string, SceneClaims['claims'][number][]>();
  for (const claim of dispute.claims) {
    const { quotes, sources, citations } = sourcesOf(dispute, claim.sources);
    const list = byTopic.get(claim.topic) ?? [];
    list.push({
      statement: visibleText(claim.statement),
      date: claim.date === undefined ? undefined : dateOf(claim.date, dispute).text,
      sources: [...sources.map((source) => source.label), ...quotes.map((quote) => `\u201c${quote}\u201d`)],
      citations,
    });
    byTopic.set(claim.topic, list);
  }
  return [...byTopic].map(([topic, claims]) => ({ topic: visibleText(topic), claims }));
}

/** Builds the scene of a dispute. */
export function timelineScene(dispute: Dispute, options: DrawingOptions): Scene {
  const names = laneNames(dispute, options.lanes);
  const actorNames = new Map(dispute.actors.map((actor) => [actor.id as string, visibleText(actor.name)]));
  const laneOf = (actors: readonly string[], kind: string) =>
    options.lanes === 'kind' ? kind : (names.get(actors[0] ?? '') ?? NO_ACTOR);
  const named = (actors: readonly string[]) => actors.map((id) => actorNames.get(id) ?? visibleText(id));
  const restated = options.records.has('events')
    ? restatements(dispute, options.events, {
        responses: options.records.has('responses'),
        demands: options.records.has('demands'),
      })
    : new Map<string, TimelineEvent>();
  const restating = new Set([...restated.values()].map((event) => event.id as string));
  const drafts: Draft[] = [];
  if (options.records.has('events'))
    for (const event of options.events) {
      if (restating.has(event.id)) continue;
      const date = dateOf(event, dispute);
      drafts.push({
        key: `event:${event.id}`,
        sequence: event.sequence,
        shape: 'event',
        date,
        lane: laneOf(event.actors, event.kind),
        label: `${qualifierOf(date)}${visibleText(event.title)}`,
        details: {
          heading: visibleText(event.title),
          date: describeDate(date),
          kind: event.kind,
          actors: named(event.actors),
          ...sourcesOf(dispute, event.sources),
        },
      });
    }
  /** A demand or response restated by an event: one mark, the event's title, both records' sources. */
  const restatedDraft = (draft: Draft, what: string): Draft => {
    const event = restated.get(draft.key);
    if (event === undefined) return draft;
    return {
      ...draft,
      alsoKey: `event:${event.id}`,
      label: `${qualifierOf(draft.date)}${visibleText(event.title)} [${what}]`,
      details: {
        ...draft.details,
        heading: `${visibleText(event.title)} (${draft.details.heading})`,
        kind: `${draft.details.kind}, recorded by an event (${event.kind})`,
        ...mergedSources(draft.details, sourcesOf(dispute, event.sources)),
      },
    };
  };
  if (options.records.has('demands'))
    for (const demand of dispute.demands) {
      const date = dateOf(demand, dispute);
      drafts.push(
        restatedDraft(
          {
            key: `demand:${demand.id}`,
            sequence: demand.sequence,
            shape: 'demand',
            date,
            lane: laneOf(demand.by, 'demand'),
            label: `${qualifierOf(date)}Demand: ${visibleText(demand.summary)}`,
            details: {
              heading: `Demand: ${visibleText(demand.summary)}`,
              date: describeDate(date),
              kind: 'demand',
              actors: [...named(demand.by), `of ${inWords(named(demand.of))}`],
              ...sourcesOf(dispute, demand.sources ?? []),
            },
          },
          'demand',
        ),
      );
    }
  if (options.records.has('responses'))
    for (const response of dispute.responses) {
      const date = dateOf(response, dispute);
      const sources = sourcesOf(dispute, response.sources ?? []);
      drafts.push(
        restatedDraft(
          {
            key: `response:${response.id}`,
            sequence: response.sequence,
            shape: 'response',
            date,
            lane: laneOf(response.by, 'response'),
            label: `${qualifierOf(date)}Response (${response.stance}): ${visibleText(response.summary)}`,
            details: {
              heading: `Response (${response.stance}): ${visibleText(response.summary)}`,
              date: describeDate(date),
              kind: 'response',
              actors: named(response.by),
              quotes:
                response.statement === undefined
                  ? sources.quotes
                  : [visibleText(response.statement), ...sources.quotes],
              sources: sources.sources,
              citations: sources.citations,
            },
          },
          `response: ${response.stance}`,
        ),
      );
    }
  if (options.records.has('deadlines'))
    for (const deadline of dispute.deadlines) {
      const date = dateOf(deadline, dispute);
      const what = deadline.summary === undefined ? '' : `: ${visibleText(deadline.summary)}`;
      const { label, details } = deadlineMark(dispute, deadline, date, named(deadline.setBy), what);
      drafts.push({
        key: `deadline:${deadline.id}`,
        sequence: deadline.sequence,
        shape: 'deadline',
        date,
        lane: 'Deadlines',
        label,
        details,
        deadline,
      });
    }

  // The records within the dates asked for.
  const shown = drafts.filter(
    (d) =>
      (options.from === undefined || d.date.latest >= options.from.earliest) &&
      (options.to === undefined || d.date.earliest <= options.to.latest),
  );
  // The axis: the dense stretches of the records, a demand and its deadline kept on one stretch; or the
  // dates asked for. A loop, not Math.min(...list): spreading a huge list overflows the stack.
  let [low, high] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const d of shown)
    for (const at of [d.date.earliest, d.date.latest + 1])
      if (Number.isFinite(at)) [low, high] = [Math.min(low, at), Math.max(high, at)];
  if (low > high) [low, high] = [0, DAY];
  const fixed =
    options.from === undefined && options.to === undefined
      ? undefined
      : {
          from: options.from?.earliest ?? low,
          to: options.to === undefined ? high : options.to.latest + 1,
        };
  const left = LANE_COLUMN;
  const right = options.width - RIGHT_MARGIN;
  const axis = fitAxis(
    shown.map((d) => ({ from: d.date.earliest, to: d.date.latest + 1 })),
    keptWhole(dispute),
    { left, right, minGap: 14 * DAY, minMargin: DAY / 2, fixed },
  );
  const x = axis.x;

  const byId = new Map(dispute.deadlines.map((deadline) => [deadline.id as string, deadline]));
  const lineX = (deadline: Deadline) => x(dateOf(deadline, dispute).latest + 1);
  const marks = shown.map((draft): SceneMark & { lane: string } => {
    const x0 = x(draft.date.earliest);
    const x1 = x(draft.date.latest + 1);
    const exact = !isImprecise(draft.date);
    const span = !exact && x1 - x0 >= 3 && draft.deadline === undefined;
    const mid = draft.deadline === undefined ? (x0 + x1) / 2 : lineX(draft.deadline);
    const extended = draft.deadline?.extends === undefined ? undefined : byId.get(draft.deadline.extends);
    return {
      key: draft.key,
      sequence: draft.sequence,
      shape: draft.shape,
      x0: span ? x0 : mid,
      x1: span ? x1 : mid,
      span,
      exact,
      label: draft.label,
      ...markWords(draft.details, draft.details.actors.join(', ') || NO_ACTOR),
      details: draft.details,
      extendsFrom: extended === undefined ? undefined : lineX(extended),
      dash: draft.deadline === undefined ? undefined : dashOf(outcomeWord(draft.deadline)),
      alsoKey: draft.alsoKey,
      lane: draft.lane,
    };
  });

  // Lanes in the order of the dispute's actors (or of the kinds), then any lane without an actor.
  const order =
    options.lanes === 'kind'
      ? [...EventKindSchema.options, 'demand', 'response']
      : [...new Set(dispute.actors.map((actor) => names.get(actor.id) ?? ''))];
  const laneMarks = new Map<string, SceneMark[]>();
  for (const mark of marks) {
    if (mark.shape === 'deadline') continue;
    const list = laneMarks.get(mark.lane) ?? [];
    list.push(mark);
    laneMarks.set(mark.lane, list);
  }
  const aliases = laneAliases(dispute, options.lanes);
  const lanes: SceneLane[] = [...order, NO_ACTOR]
    .filter((name) => laneMarks.has(name))
    .map((name) => ({ name, aliases: aliases.get(name), marks: laneMarks.get(name) ?? [] }));
  const deadlineMarks = marks.filter((mark) => mark.shape === 'deadline');
  const lines: SceneLine[] = deadlineMarks.map((mark) => ({
    x: mark.x0,
    kind: 'deadline',
    dash: mark.dash,
    key: mark.key,
  }));
  const zone = dispute.timeZone ?? 'UTC';
  const count = (shape: MarkShape) => marks.filter((mark) => mark.shape === shape).length;
  const first = shown.reduce<ParsedDate | undefined>(
    (a, d) => (a === undefined || d.date.earliest < a.earliest ? d.date : a),
    undefined,
  );
  const last = shown.reduce<ParsedDate | undefined>(
    (a, d) => (a === undefined || d.date.latest > a.latest ? d.date : a),
    undefined,
  );
  const legend: Scene['legend'][number][] = [];
  if (count('event') > 0) legend.push('event');
  if (count('demand') > 0) legend.push('demand');
  if (count('response') > 0) legend.push('response');
  if (marks.some((mark) => mark.span)) legend.push('span');
  if (deadlineMarks.length > 0) legend.push('deadline');
  if (deadlineMarks.some((mark) => mark.extendsFrom !== undefined)) legend.push('extension');
  if (axis.breaks.length > 0) legend.push('break');
  const laneWord =
    options.lanes === 'kind' ? 'kind of event' : options.lanes === 'group' ? 'group of actors' : 'actor';
  const merged = restated.size;
  return {
    idPrefix: idPrefixOf(dispute.id),
    width: options.width,
    left,
    right,
    title: visibleText(dispute.title),
    description:
      `A timeline of ${count('event')} events, ${count('demand')} demands, ${count('response')} responses and ` +
      `${count('deadline')} deadlines${first === undefined || last === undefined ? '' : `, from ${first.text} to ${last.text}`}, ` +
      `one lane per ${laneWord}. The axis is in UTC; dates are local to ${zone} unless marked.`,
    notes: [
      `Axis in UTC. Dates as the sources give them, local to ${zone} unless marked; lanes by ${laneWord}.` +
        (merged === 0
          ? ''
          : ` A demand or response and the event that records it are one mark, with the event\u2019s title.`),
    ],
    axis: axisTicks(axis, 'time', TICK_SPACE),
    strip: deadlineMarks.length === 0 ? undefined : { name: 'Deadlines', marks: deadlineMarks },
    lanes,
    lines,
    claims:
      options.records.size === 4 && options.events.length === dispute.events.length ? claimsOf(dispute) : [],
    legend,
  };
}

/** The stretches a break must never cut: from each deadline's demands (or when it was set) to when it fell due
 * and ended. */
export function keptWhole(dispute: Dispute): Stretch[] {
  const demands = new Map(dispute.demands.map((demand) => [demand.id as string, demand]));
  return dispute.deadlines.map((deadline) => {
    const due = dateOf(deadline, dispute);
    const dates = [
      due,
      ...(deadline.setOn === undefined ? [] : [dateOf(deadline.setOn, dispute)]),
      ...(deadline.outcome?.on === undefined ? [] : [dateOf(deadline.outcome.on, dispute)]),
      ...deadline.demands.flatMap((id) => {
        const demand = demands.get(id);
        return demand === undefined ? [] : [dateOf(demand, dispute)];
      }),
    ];
    return {
      from: Math.min(...dates.map((d) => d.earliest)),
      to: Math.max(...dates.map((d) => d.latest + 1)),
    };
  });
}

/** The short names of each lane: its actor's aliases (for `actor` and `group` lanes). */
function laneAliases(dispute: Dispute, lanes: DrawingOptions['lanes']): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (lanes === 'kind') return out;
  const names = laneNames(dispute, lanes);
  const byName = new Map(dispute.actors.map((actor) => [visibleText(actor.name), actor]));
  for (const name of new Set(names.values())) {
    const actor = byName.get(name);
    if (actor?.aliases !== undefined) out.set(name, actor.aliases.map(visibleText));
  }
  return out;
}

/** Names as a reader says them: `A`, `A and B`, `A, B and C`. */
export function inWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

import { deepFreeze } from '../_lib/freeze.js';
import { builtDispute } from '../builder/seam.js';
import type { ParsedDate } from '../dates/edtf.js';
import { precisionRank } from '../dates/precision.js';
import { daySpanOf, isoDay, wallClockAt } from '../dates/wall-clock.js';
import { dateInWords } from '../dates/words/index.js';
import type { Actor, ActorKind } from '../model/actor.js';
import type { Citation } from '../model/common.js';
import type { Demand, DemandSubject } from '../model/demand.js';
import type { Dispute } from '../model/dispute.js';
import type { EventKind, TimelineEvent } from '../model/event.js';
import { dateOf } from '../model/record-date.js';
import type { Stance } from '../model/response.js';
import { defineFormat } from './format.js';
import type { JsonLinesItem } from './json-lines/shape.js';
import type { PLOVER_EVENTS } from './plover-schema.js';
import { alpha3Of } from './support/country-alpha3.js';
import { deadlineSubject } from './support/deadline-subject.js';
import { asUri } from './support/html-escape.js';
import { jsonLine } from './support/json-line.js';
import { RestatementFinder } from './support/restatements.js';
import { type StreamedRecord, streamRecords } from './support/stream-items.js';

/**
 * An actor or recipient of a PLOVER record: its country (ISO alpha-3), sector and name.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toPloverRecords, type PloverEntity } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const actor: PloverEntity | undefined = toPloverRecords(blackberryPakistan2015)[0]?.actor[0];
 * actor;
 * //=> { code: 'PAK', sector: 'GOV', entity_text: 'Pakistan Telecommunication Authority' }
 * ```
 */
export interface PloverEntity {
  /** The country, ISO 3166-1 alpha-3 (the actor's, else its organisation's); absent when none is known. */
  readonly code?: string;
  /** The PLOVER sector code: GOV, JUD, LEG, BUS, SOC or CVL, from the actor's kind. */
  readonly sector: string;
  /** The actor's name. */
  readonly entity_text: string;
}

/**
 * The citation object of a PLOVER record: the sources it is coded from.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toPloverRecords, type PloverCitation } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const cite: PloverCitation | undefined = toPloverRecords(blackberryPakistan2015)[0]?.cite_info;
 * [cite?.publication, cite?.url];
 * //=> [ 'Reuters', 'http://www.reuters.com/article/pakistan-telecoms-idUSL3N13P41120151130' ]
 * ```
 */
export interface PloverCitation {
  /** The dispute's id. */
  readonly corpus: string;
  /** Every source cited, `;`-separated: publisher, and title where known. */
  readonly citation: string;
  /** The URL of the first cited source that has one. */
  readonly url?: string;
  /** That source's title. */
  readonly title?: string;
  /** That source's publisher (the first source's, when none has a URL). */
  readonly publication: string;
  /** `dispute-timeline`. */
  readonly coder: string;
  /** The codebook: PLOVER draft 2.0, mapped by dispute-timeline (see the formats guide). */
  readonly codebook: string;
}

/**
 * One PLOVER event record (a line of PLOVER JSON Lines), as {@link PLOVER_RECORD_SCHEMA} describes it.
 *
 * @category Formats
 * @example
 * ```ts
 * import { toPloverRecords, type PloverRecord } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const refusal: PloverRecord | undefined = toPloverRecords(blackberryPakistan2015).find(
 *   (record) => record.id === 'blackberry-pakistan-2015:responses:blackberry-stays',
 * );
 * [refusal?.event, refusal?.mode, refusal?.cameo_code, refusal?.date];
 * //=> [['REJECT'], ['assist'], '1214', '2015-12-31']
 * ```
 */
export interface PloverRecord {
  /** `<dispute>:<collection>:<record id>` (`:threat` for the threat a demand carries). */
  readonly id: string;
  /** The first day the record's date may stand for, `YYYY-MM-DD`, in the date's own zone. */
  readonly date: string;
  /** The time with its UTC offset, for a date given to the minute. */
  readonly time?: string;
  /** The last day the date may stand for, when it is not `date` (a month, an approximate day, an interval). */
  readonly enddate?: string;
  /** Who acts. */
  readonly actor: readonly PloverEntity[];
  /** At whom, where the record has one. */
  readonly recipient?: readonly PloverEntity[];
  /** The PLOVER event category, as a one-item list. */
  readonly event: readonly (typeof PLOVER_EVENTS)[number][];
  /** The record's own words: its summary or title. */
  readonly event_text: readonly string[];
  /** The quad category: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quad_code: 1 | 2 | 3 | 4;
  /** The PLOVER modes, where one applies. */
  readonly mode?: readonly string[];
  /** The PLOVER contexts. */
  readonly context: readonly string[];
  /** The id of the PLOVER record of the demand it concerns, shared by every record about that demand. */
  readonly link?: string;
  /** The sources, where the record cites any. */
  readonly cite_info?: PloverCitation;
  /** `dispute-timeline`. */
  readonly coder: string;
  /** The date as the sources give it, in words. */
  readonly comment: string;
  /** The CAMEO code of the same event (not part of PLOVER; an added field, as the manual allows). */
  readonly cameo_code: string;
}

type PloverEvent = (typeof PLOVER_EVENTS)[number];

interface Coding {
  readonly event: PloverEvent;
  readonly mode?: string | undefined;
  readonly context: readonly string[];
  readonly cameo: string;
}

/** What a demand asks for, coded: intelligence cooperation (CAMEO 1014) or a change of policy (1042). */
const SUBJECT_CODING: Readonly<Record<DemandSubject, { mode?: string; context: string[]; cameo: string }>> = {
  'lawful-access': { mode: 'assist', context: ['intelligence', 'technology'], cameo: '1014' },
  'traffic-monitoring': { mode: 'assist', context: ['intelligence', 'technology'], cameo: '1014' },
  'decryption-keys': { mode: 'assist', context: ['intelligence', 'technology'], cameo: '1014' },
  'user-data': { mode: 'assist', context: ['intelligence', 'technology'], cameo: '1014' },
  'local-servers': { mode: 'change', context: ['technology'], cameo: '1042' },
  'data-localisation': { mode: 'change', context: ['technology'], cameo: '1042' },
  'service-suspension': { mode: 'change', context: ['technology'], cameo: '1042' },
  'content-removal': { mode: 'change', context: ['technology', 'rights_freedoms'], cameo: '1042' },
  other: { context: ['technology'], cameo: '10' },
};

const QUAD: Readonly<Record<PloverEvent, 1 | 2 | 3 | 4>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  REQUEST: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  PROTEST: 4,
  SANCTION: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

const SECTOR: Readonly<Record<ActorKind, string | undefined>> = {
  government: 'GOV',
  ministry: 'GOV',
  regulator: 'GOV',
  agency: 'GOV',
  court: 'JUD',
  judge: 'JUD',
  legislature: 'LEG',
  company: 'BUS',
  'telecom-operator': 'BUS',
  'customer-group': 'BUS',
  'civil-society': 'SOC',
  person: undefined,
};

/** The sectors of the state: the side that demands when an event names no demand. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['GOV', 'JUD', 'LEG']);

const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** The longest shared prefix of CAMEO codes, at least the two-digit root: `1014` and `1042` share `10`. */
function sharedCode(codes: readonly string[]): string {
  const [first = '10', ...rest] = codes;
  let prefix = first;
  for (const code of rest) while (!code.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix.length >= 2 ? prefix : first.slice(0, 2);
}

/** A demand coded as a REQUEST: its subjects' modes and contexts; the CAMEO code they share. */
function demandCoding(demands: readonly Demand[]): Coding {
  const codings = demands.flatMap((demand) => demand.subjects.map((subject) => SUBJECT_CODING[subject]));
  const modes = unique(codings.flatMap((coding) => (coding.mode === undefined ? [] : [coding.mode])));
  return {
    event: 'REQUEST',
    mode: modes.length === 1 ? modes[0] : undefined,
    context: unique(['technology', ...codings.flatMap((coding) => coding.context)]),
    cameo: codings.length === 0 ? '10' : sharedCode(codings.map((coding) => coding.cameo)),
  };
}

/** A response coded by its stance, given how the demands it answers are coded. */
function stanceCoding(stance: Stance, answered: Coding): Coding {
  const { context, mode } = answered;
  switch (stance) {
    case 'comply':
      return { event: 'CONCEDE', context, cameo: mode === 'change' ? '0832' : '08' };
    case 'partially-comply':
      return { event: 'CONCEDE', context, cameo: '08' };
    case 'negotiate':
      return { event: 'CONSULT', context, cameo: '046' };
    case 'refuse':
      return {
        event: 'REJECT',
        mode,
        context,
        cameo: mode === 'assist' ? '1214' : mode === 'change' ? '1232' : '12',
      };
    case 'leave-market':
      return {
        event: 'SANCTION',
        mode: 'discontinue',
        context: unique([...context, 'economic']),
        cameo: '16',
      };
    case 'challenge':
      return { event: 'ACCUSE', mode: 'disapprove', context: unique([...context, 'legal']), cameo: '11' };
  }
}

/** Which side of a demand an event's kind stands on, and how it is coded; `undefined` for kinds not mapped. */
function kindCoding(
  kind: EventKind,
  demanded: Coding,
): { readonly side: 'demanding' | 'demanded' | 'both'; readonly coding: Coding } | undefined {
  const context = demanded.context;
  const legal = unique([...context, 'legal']);
  switch (kind) {
    case 'demand':
    case 'order':
      return { side: 'demanding', coding: demanded };
    // A court's ruling, or the lifting of a stay, puts what it names in force: coded as the order it is.
    case 'ruling':
    case 'stay-lifted':
      return { side: 'demanding', coding: { ...demanded, context: legal } };
    // A stay suspends the order or deadline: the state yields, for now.
    case 'stay':
      return { side: 'demanding', coding: { event: 'CONCEDE', context: legal, cameo: '08' } };
    // A suit, a petition or an appeal: brought by either side (CAMEO 115, bring lawsuit against).
    case 'filing':
    case 'appeal':
      return { side: 'both', coding: { event: 'ACCUSE', mode: 'disapprove', context: legal, cameo: '115' } };
    // The parties before a court: a consultation before a third party.
    case 'hearing':
      return { side: 'both', coding: { event: 'CONSULT', mode: 'third-party', context: legal, cameo: '04' } };
    case 'deadline':
      return { side: 'demanding', coding: { event: 'THREATEN', mode: 'restrict', context, cameo: '139' } };
    case 'extension':
    case 'rescission':
      return { side: 'demanding', coding: { event: 'CONCEDE', context, cameo: '08' } };
    case 'enforcement':
      return { side: 'demanding', coding: { event: 'COERCE', mode: 'withhold', context, cameo: '17' } };
    case 'exit':
      return { side: 'demanded', coding: stanceCoding('leave-market', demanded) };
    case 'negotiation':
      return { side: 'both', coding: { event: 'CONSULT', context, cameo: '046' } };
    case 'meeting':
      return { side: 'both', coding: { event: 'CONSULT', context, cameo: '04' } };
    case 'agreement':
      return { side: 'both', coding: { event: 'AGREE', context, cameo: '03' } };
    default:
      return undefined;
  }
}

/**
 * The demands, responses, deadlines and events of a dispute as PLOVER event records (the event-data ontology
 * that succeeds CAMEO), each with its CAMEO code. A demand is a `REQUEST` (mode `assist` and context
 * `intelligence` for access to data or traffic; mode `change` for servers, localisation, suspension, removal),
 * plus a `THREATEN` `restrict` record when it carries a consequence; a deadline is a `THREATEN` `restrict`
 * (an ultimatum, CAMEO 139); a response is coded by its stance (`refuse` → `REJECT`, `comply` → `CONCEDE`,
 * `negotiate` → `CONSULT`, `leave-market` → `SANCTION` `discontinue`, `challenge` → `ACCUSE`); events of the
 * kinds that map (demand, order, deadline, extension, rescission, enforcement, exit, negotiation, meeting,
 * agreement, and responses through their response) likewise, and the court's: a `ruling` or `stay-lifted` as the
 * order it puts in force (context `legal`), a `stay` → `CONCEDE` (CAMEO 08), a `filing` or `appeal` → `ACCUSE`
 * `disapprove` (CAMEO 115, bring lawsuit against), a `hearing` → `CONSULT` `third-party` (CAMEO 04); a court's
 * `order` in a case about demands none of its actors made (vacating a hearing, setting a schedule) asks nothing
 * of anyone and gives no record. Statements, announcements, notifications,
 * reports and other events, and events with no actor, give no record. An event that restates a demand or
 * response (linked to it, on the same dates, by one who made it) and would be coded as it is gives no record of
 * its own: each happening is counted once. The formats guide has the whole table.
 *
 * `date` and `enddate` are the first and last day the record's date may stand for, in its own zone: a month
 * gives its first and last day, `2010-08-12~` gives 2010-08-11 to 2010-08-13. A deadline's record is dated when
 * the deadline was set (an ultimatum happens when it is given), and when it is due only if the dispute does
 * not say when it was set; its `comment` gives the due date. Every record's `link` is the id of the record of
 * the demand it concerns.
 *
 * An event's `actor` is those of its actors on the side that acts: who made its demands or was asked, or
 * belongs to one who did (an officer stands with their company, a minister with the government). Its
 * `recipient` is the other side of its demands. An actor on neither side, such as users affected, is left out;
 * when an event names no demand, the state's actors (GOV, JUD, LEG) are the side that demands.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @returns the records, deeply frozen; each is valid against {@link PLOVER_RECORD_SCHEMA}
 * @throws {@link TimelineError} `missing-field`, `invalid-date` and the dispute's other own issues when it is
 *   not a valid dispute
 *
 * @example
 * ```ts
 * import { toPloverRecords } from 'dispute-timeline';
 * import { indiaBlackberry2010 } from 'dispute-timeline/datasets';
 * const records = toPloverRecords(indiaBlackberry2010);
 * const demand = records.find((record) => record.id === 'india-blackberry-2010:demands:bes-bbm-access');
 * [demand?.event, demand?.mode, demand?.context, demand?.cameo_code];
 * //=> [['REQUEST'], ['assist'], ['technology', 'intelligence'], '1014']
 * ```
 */
export function toPloverRecords(dispute: Dispute): readonly PloverRecord[] {
  const built = builtDispute(dispute);
  const coder = ploverCoder(built);
  const records = [...coder.held];
  for (const event of built.events) {
    const record = coder.event(event);
    if (record !== undefined) records.push(record);
  }
  return Object.freeze(records);
}

/**
 * The PLOVER coding of a dispute's records: the records of its demands, responses and deadlines (`held`), and
 * of each event as it comes (`event`, `undefined` for an event PLOVER has no category for or that restates a
 * record), in the order of {@link toPloverRecords}. Made from the records before the events, so that a stream of
 * events is coded one at a time.
 */
function ploverCoder(built: Omit<Dispute, 'events' | 'claims'>): {
  readonly held: readonly PloverRecord[];
  readonly event: (event: TimelineEvent) => PloverRecord | undefined;
} {
  const zone = built.timeZone ?? 'UTC';
  const actors = new Map<string, Actor>(built.actors.map((actor) => [actor.id, actor]));
  const sources = new Map(built.sources.map((source) => [source.id as string, source]));
  const demands = new Map<string, Demand>(built.demands.map((demand) => [demand.id, demand]));
  const responses = new Map(built.responses.map((response) => [response.id as string, response]));
  const deadlines = new Map(built.deadlines.map((deadline) => [deadline.id as string, deadline]));
  const recordId = (collection: string, id: string) => `${built.id}:${collection}:${id}`;

  const entity = (id: string): PloverEntity => {
    const actor = actors.get(id);
    const organisation =
      actor?.memberships?.[0] === undefined ? undefined : actors.get(actor.memberships[0].organization);
    const country = actor?.country ?? organisation?.country;
    const code = country === undefined ? undefined : alpha3Of(country);
    const sector =
      (actor === undefined ? undefined : SECTOR[actor.kind]) ??
      (organisation === undefined ? undefined : SECTOR[organisation.kind]) ??
      'CVL';
    return { ...(code === undefined ? {} : { code }), sector, entity_text: actor?.name ?? id };
  };

  const citeInfo = (citations: readonly Citation[] | undefined): { cite_info?: PloverCitation } => {
    const cited = unique((citations ?? []).map((citation) => citation.source as string))
      .map((id) => sources.get(id))
      .filter((source) => source !== undefined);
    const main = cited.find((source) => source.url !== undefined) ?? cited[0];
    if (main === undefined) return {};
    return {
      cite_info: {
        corpus: built.id,
        citation: cited
          .map((source) => `${source.publisher}${source.title === undefined ? '' : `: ${source.title}`}`)
          .join('; '),
        ...(main.url === undefined ? {} : { url: asUri(main.url) }),
        ...(main.title === undefined ? {} : { title: main.title }),
        publication: main.publisher,
        coder: 'dispute-timeline',
        codebook: 'PLOVER draft 2.0, as mapped by dispute-timeline',
      },
    };
  };

  const record = (
    id: string,
    date: ParsedDate,
    coding: Coding,
    who: { actor: readonly string[]; recipient: readonly string[] },
    what: string,
    link: string | undefined,
    citations: readonly Citation[] | undefined,
    note?: string,
  ): PloverRecord => ({
    id,
    ...dayRange(date),
    actor: who.actor.map(entity),
    ...(who.recipient.length === 0 ? {} : { recipient: who.recipient.map(entity) }),
    event: [coding.event],
    event_text: [what],
    quad_code: QUAD[coding.event],
    ...(coding.mode === undefined ? {} : { mode: [coding.mode] }),
    context: coding.context,
    ...(link === undefined ? {} : { link }),
    ...citeInfo(citations),
    coder: 'dispute-timeline',
    comment: `date as the sources give it: ${dateInWords(date, zone)}${note === undefined ? '' : `; ${note}`}`,
    cameo_code: coding.cameo,
  });

  /** An actor and every organisation it belongs to, through memberships. */
  const withOrganisations = (id: string): Set<string> => {
    const found = new Set<string>([id]);
    for (const one of found)
      for (const membership of actors.get(one)?.memberships ?? []) found.add(membership.organization);
    return found;
  };
  const isState = (id: string) => STATE_SECTORS.has(entity(id).sector);

  /**
   * The actor and recipient of an event on one side of its demands. An event's actor stands on the demanding
   * side when it made the demands or belongs to one who did (a minister of the government that demands), and
   * on the demanded side likewise; an actor on neither side (users affected, a third party) is neither actor
   * nor recipient. The recipients are the other side of the demands. When the event names no demand, the
   * state's actors (GOV, JUD, LEG) are the demanding side and the others the demanded.
   */
  const sidesOf = (
    eventActors: readonly string[],
    side: 'demanding' | 'demanded',
    demanding: readonly string[],
    demanded: readonly string[],
  ): { actor: readonly string[]; recipient: readonly string[] } => {
    const reach = (ids: readonly string[]) => new Set(ids.flatMap((id) => [...withOrganisations(id)]));
    const demandingReach = reach(demanding);
    const demandedReach = reach(demanded);
    const sideOf = (id: string): 'demanding' | 'demanded' | undefined => {
      if (demanding.includes(id)) return 'demanding';
      if (demanded.includes(id)) return 'demanded';
      const organisations = [...withOrganisations(id)];
      const onDemanding = organisations.some((one) => demandingReach.has(one));
      const onDemanded = organisations.some((one) => demandedReach.has(one));
      return onDemanding === onDemanded ? undefined : onDemanding ? 'demanding' : 'demanded';
    };
    const others = side === 'demanding' ? demanded : demanding;
    let actor = eventActors.filter((id) => sideOf(id) === side);
    let recipient = others.filter((id) => !actor.includes(id));
    if (actor.length === 0 && demanding.length === 0 && demanded.length === 0) {
      actor = eventActors.filter((id) => isState(id) === (side === 'demanding'));
      recipient = eventActors.filter((id) => !actor.includes(id));
    }
    if (actor.length === 0)
      return { actor: eventActors, recipient: others.filter((id) => !eventActors.includes(id)) };
    return { actor, recipient };
  };

  /**
   * Whether an order is a court's step in a case about demands none of its actors made (vacating or setting a
   * hearing, a schedule): it asks nothing of anyone, and PLOVER has no category for it. An order by the court
   * or judge who made the demand (a judge's block order) is that demand, a REQUEST.
   */
  const isCourtStep = (eventActors: readonly string[], demandIds: readonly string[]): boolean => {
    if (!eventActors.some((id) => entity(id).sector === 'JUD')) return false;
    const demanding = new Set(demanders(demandIds).flatMap((id) => [...withOrganisations(id)]));
    return !eventActors.some((id) => [...withOrganisations(id)].some((one) => demanding.has(one)));
  };

  const records: PloverRecord[] = [];
  for (const demand of built.demands) {
    const coding = demandCoding([demand]);
    const id = recordId('demands', demand.id);
    const who = { actor: demand.by, recipient: demand.of };
    const date = dateOf(demand, built);
    records.push(record(id, date, coding, who, demand.summary, id, demand.sources));
    if (demand.consequence !== undefined) {
      const threat = { event: 'THREATEN', mode: 'restrict', context: coding.context, cameo: '13' } as const;
      records.push(record(`${id}:threat`, date, threat, who, demand.consequence, id, demand.sources));
    }
  }
  const codingOf = (ids: readonly string[]) =>
    demandCoding(ids.map((id) => demands.get(id)).filter((demand) => demand !== undefined));
  const demanders = (ids: readonly string[]) => unique(ids.flatMap((id) => demands.get(id)?.by ?? []));
  const demandees = (ids: readonly string[]) => unique(ids.flatMap((id) => demands.get(id)?.of ?? []));
  const linkOf = (ids: readonly string[]) => (ids[0] === undefined ? undefined : recordId('demands', ids[0]));

  for (const response of built.responses) {
    const coding = stanceCoding(response.stance, codingOf(response.to));
    const who = {
      actor: response.by,
      recipient: demanders(response.to).filter((id) => !response.by.includes(id)),
    };
    const id = recordId('responses', response.id);
    records.push(
      record(
        id,
        dateOf(response, built),
        coding,
        who,
        response.summary,
        linkOf(response.to),
        response.sources,
      ),
    );
  }
  for (const deadline of built.deadlines) {
    const coding: Coding = {
      event: 'THREATEN',
      mode: 'restrict',
      context: codingOf(deadline.demands).context,
      cameo: '139',
    };
    const who = {
      actor: deadline.setBy,
      recipient: demandees(deadline.demands).filter((id) => !deadline.setBy.includes(id)),
    };
    const what =
      deadline.summary ?? deadline.consequence ?? `Deadline for ${deadlineSubject(deadline, built)}`;
    const id = recordId('deadlines', deadline.id);
    // An ultimatum happens when it is given: the record is dated on the day the deadline was set, when known.
    const due = dateOf(deadline, built);
    const setOn = deadline.setOn === undefined ? undefined : dateOf(deadline.setOn, built);
    const note =
      setOn === undefined
        ? `due ${dateInWords(due, zone)}; the day it was set is not known, so it is dated when due`
        : `due ${dateInWords(due, zone)}`;
    records.push(
      record(id, setOn ?? due, coding, who, what, linkOf(deadline.demands), deadline.sources, note),
    );
  }
  // An event that restates a demand or response (the post announcing an exit, and the exit; the order, and the
  // demand it makes) is one happening: when it would be coded as that record is, it is that record, not a second
  // one. An event that adds something (Pakistan's rescission, in BlackBerry's post that it stays) keeps its own.
  const finder = new RestatementFinder(built);
  const codeOf = new Map(records.map((one) => [one.id, one.event[0]]));
  const event = (event: TimelineEvent): PloverRecord | undefined => {
    // Every event is offered to the finder, in order, as the whole list of events would be.
    const restatedKey = finder.of(event);
    if (event.actors.length === 0) return undefined;
    const answered = (event.responses ?? []).map((id) => responses.get(id)).filter((r) => r !== undefined);
    const demandIds = unique([
      ...(event.demands ?? []),
      ...answered.flatMap((response) => response.to),
      ...(event.deadlines ?? []).flatMap((id) => deadlines.get(id)?.demands ?? []),
    ]);
    const demanded = codingOf(demandIds);
    if (event.kind === 'order' && isCourtStep(event.actors, demandIds)) return undefined;
    const mapped =
      event.kind === 'response' && answered[0] !== undefined
        ? ({ side: 'demanded', coding: stanceCoding(answered[0].stance, demanded) } as const)
        : kindCoding(event.kind, demanded);
    if (mapped === undefined) return undefined;
    if (restatedKey !== undefined) {
      const [kind, recordOf] = restatedKey.split(/:(.*)/s) as [string, string];
      const restated = recordId(kind === 'response' ? 'responses' : 'demands', recordOf);
      if (codeOf.get(restated) === mapped.coding.event) return undefined;
    }
    const who =
      mapped.side === 'both'
        ? { actor: event.actors, recipient: [] }
        : sidesOf(event.actors, mapped.side, demanders(demandIds), demandees(demandIds));
    const id = recordId('events', event.id);
    return deepFreeze(
      record(id, dateOf(event, built), mapped.coding, who, event.title, linkOf(demandIds), event.sources),
    );
  };
  return { held: records.map(deepFreeze), event };
}

/** The first and last day a date may stand for, in its own zone, and its time for a date given to the minute. */
function dayRange(date: ParsedDate): Pick<PloverRecord, 'date' | 'enddate' | 'time'> {
  const span = daySpanOf(date);
  const start = span.first;
  const day = isoDay(start);
  const last = span.last === undefined ? undefined : isoDay(span.last);
  const timed = date.kind === 'point' && precisionRank(date.precision) >= precisionRank('minute');
  const two = (n: number) => String(Math.abs(n)).padStart(2, '0');
  // An offset to the second (Monrovia's −00:44:30 before 1972) has no ±HH:MM: such a time is given in UTC.
  const clock = Number.isInteger(start.offsetMinutes) ? start : wallClockAt(span.instant, 'UTC');
  const offset = clock.offsetMinutes;
  const time = `${two(clock.hour)}:${two(clock.minute)}:${two(clock.second)}${offset < 0 ? '-' : '+'}${two(Math.trunc(offset / 60))}:${two(offset % 60)}`;
  return {
    date: day,
    ...(timed ? { time } : {}),
    ...(last === undefined || last === day ? {} : { enddate: last }),
  };
}

/**
 * The PLOVER records of a dispute ({@link toPloverRecords}) as JSON Lines: one record per line, as the
 * PLOVER manual recommends. As in {@link writeJsonl}, the characters some readers take for line breaks
 * (U+0085, U+2028, U+2029) and the bidirectional controls are written as `\u` escapes, so a line-splitting
 * reader such as Python's `str.splitlines()` sees one record per line.
 *
 * @category Formats
 * @param dispute - a built dispute
 * @returns the lines, each ending in `\n`
 * @throws {@link TimelineError} `missing-field` and the other issues of an invalid dispute, as {@link toPloverRecords}
 *
 * @example
 * ```ts
 * import { writePlover } from 'dispute-timeline';
 * import { saudiBlackberry2010 } from 'dispute-timeline/datasets';
 * const lines = writePlover(saudiBlackberry2010).trimEnd().split('\n');
 * lines.every((line) => typeof JSON.parse(line).id === 'string');
 * //=> true
 * ```
 */
export function writePlover(dispute: Dispute): string {
  return toPloverRecords(dispute)
    .map((record) => jsonLine(record))
    .join('');
}

/**
 * Writes the PLOVER lines of {@link writePlover} from records that stream past instead of from a dispute: the items
 * {@link streamJsonl} (or {@link dispute-timeline/csv-tables!streamCsvTables | streamCsvTables}) yields. The records
 * before the events (the header, actors, sources, demands, responses and deadlines: few) are held; the lines of the
 * demands, responses and deadlines come when the first event does, then a line for each event as it comes, so a million
 * events are coded one at a time. The lines are `writePlover`'s, in its order, when the events come in timeline order
 * (as `writeJsonl` and `writeCsv` write them).
 *
 * @category Formats
 * @param items - the items of {@link streamJsonl}, or any iterable or async iterable of such items
 * @returns an async iterator of the lines, each ending in `\n`
 * @throws {@link TimelineError} `invalid-argument`, at once, for items that are not iterable
 * @throws {@link TimelineError} `wrong-type`, `invalid-value` or any other issue of a record's own, from the
 * iterator, at the first item that is not a valid item (paths start at `['items', n]`); an error the items throw
 * is passed on as it is
 *
 * @example
 * ```ts
 * import { streamJsonl, writeJsonlLines, writePlover, writePloverStream } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * let text = '';
 * for await (const line of writePloverStream(streamJsonl(writeJsonlLines(blackberryPakistan2015)))) text += line;
 * text === writePlover(blackberryPakistan2015);
 * //=> true
 * ```
 */
export function writePloverStream(
  items: Iterable<JsonLinesItem> | AsyncIterable<JsonLinesItem>,
): AsyncIterableIterator<string> {
  // Every collection is validated: a claim is not written, but an invalid one fails the stream as it would the
  // dispute.
  return streamedPlover(streamRecords(items, () => true));
}

async function* streamedPlover(
  records: AsyncIterable<StreamedRecord>,
): AsyncGenerator<string, void, undefined> {
  const held: Record<string, unknown[]> = {
    actors: [],
    sources: [],
    demands: [],
    responses: [],
    deadlines: [],
  };
  let header: object = {};
  let coder: ReturnType<typeof ploverCoder> | undefined;
  const start = () => {
    coder = ploverCoder({ ...header, ...held } as unknown as Omit<Dispute, 'events' | 'claims'>);
    return coder.held.map((record) => jsonLine(record)).join('');
  };
  for await (const streamed of records) {
    if (streamed.collection === 'dispute') {
      header = streamed.record;
      continue;
    }
    const { collection: of, record } = streamed;
    if (of === 'events' || of === 'claims') {
      if (coder === undefined) {
        const lines = start();
        if (lines !== '') yield lines;
      }
      if (of === 'claims') continue;
      const line = (coder as ReturnType<typeof ploverCoder>).event(record as TimelineEvent);
      if (line !== undefined) yield jsonLine(line);
    } else if (coder === undefined) held[of]?.push(record);
  }
  if (coder === undefined) {
    const lines = start();
    if (lines !== '') yield lines;
  }
}

/** PLOVER event records as JSON Lines. */
export const ploverFormat = /* @__PURE__ */ defineFormat({
  name: 'plover',
  description: 'PLOVER event records (with CAMEO codes) as JSON Lines, for event-data research',
  mediaType: 'application/jsonl',
  extension: '.jsonl',
  write: (dispute) => writePlover(dispute),
  stream: (items) => writePloverStream(items),
});

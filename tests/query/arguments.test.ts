/**
 * Every public query function given what it was not written for — wrong types, unknown ids, a bad zone or match
 * mode, a bad number of days, an invalid Date, null and undefined — answers with a TimelineError whose code is
 * `invalid-argument` or `unknown-reference` and whose path names the argument, never with a TypeError from inside.
 */
import {
  after,
  alignCases,
  allen,
  before as beforeDate,
  between,
  businessDaysBetween,
  countdown,
  createDispute,
  daysBetween,
  deadlineChain,
  deadlineEnding,
  demandOutcome,
  effectiveDeadline,
  eventsBefore,
  eventsInLastDays,
  inRelation,
  inTimelineOrder,
  label,
  on,
  parseDate,
  pendingOn,
  query,
  relate,
  responsesTo,
  summarizeCases,
  TimelineError,
  within,
} from 'dispute-timeline';
import {
  indiaBlackberry2010 as india,
  blackberryPakistan2015 as pakistan,
  uaeBlackberry2010 as uae,
} from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { oneDemandDispute } from '../support/disputes.js';
import { issuesOf } from '../support/issues.js';

/** The one issue a call throws. */
const issueOf = (call: () => unknown): string => {
  const issues = issuesOf(call);
  expect(issues).toHaveLength(1);
  return issues[0] as string;
};

/** A value passed where the types forbid it, as a caller without types could. */
const bad = (value: unknown): never => value as never;

/** Values no argument of a query function takes as they are. */
const ODD_VALUES: readonly [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['a boolean', true],
  ['a bigint', 10n],
  ['a symbol', Symbol('odd')],
  ['an empty object', {}],
  ['a list', [1, 2]],
  ['a function', () => 1],
  ['an invalid Date', new Date(Number.NaN)],
  ['a string that is no date and no id', 'no-such-thing'],
];

/** Values that are not dates, with the answer each gets as a `ref` read without a dispute. */
const NOT_DATES: readonly [string, unknown, string][] = [
  ['null', null, 'invalid-argument at ref'],
  ['undefined', undefined, 'invalid-argument at ref'],
  ['a number', 2015, 'invalid-argument at ref'],
  ['an empty object', {}, 'invalid-argument at ref'],
  ['a list', ['2015'], 'invalid-argument at ref'],
  ['an invalid Date', new Date(Number.NaN), 'invalid-argument at ref'],
  ['a Date after the year 9999', new Date('+010000-01-01T00:00:00Z'), 'invalid-argument at ref'],
  ['a word', 'soon', 'invalid-argument at ref'],
  ['a 13th month', '2015-13', 'invalid-argument at ref'],
  ['a date in an unknown zone', { value: '2015-11-30', timeZone: 'Mars/Olympus' }, 'invalid-argument at ref'],
  ['a date value that is a number', { value: 2015, timeZone: 'UTC' }, 'invalid-argument at ref'],
  ['a record without its date', { id: 'x', date: undefined }, 'invalid-argument at ref.date'],
  ['a record whose date is null', { id: 'x', date: null }, 'invalid-argument at ref.date'],
  ['a deadline whose due is a number', { id: 'x', due: 20151230 }, 'invalid-argument at ref.due'],
  ['a record with a bad date', { id: 'x', date: '2015-02-30' }, 'invalid-argument at ref.date'],
  [
    'a record with a date in an unknown zone',
    { id: 'x', date: { value: '2015-11-30', timeZone: 'Asia/Nowhere' } },
    'invalid-argument at ref.date',
  ],
];

describe('the time predicates given bad arguments', () => {
  const makers: readonly [string, (ref: unknown) => unknown][] = [
    ['before', (ref) => beforeDate(bad(ref))],
    ['after', (ref) => after(bad(ref))],
    ['on', (ref) => on(bad(ref))],
    ['within', (ref) => within(7, 'before', bad(ref))],
    ['inRelation', (ref) => inRelation('during', bad(ref))],
  ];

  it.each(makers)('%s rejects a reference that is not a date, naming ref', (_name, make) => {
    for (const [what, value, expected] of NOT_DATES) {
      expect(
        issueOf(() => make(value)),
        what,
      ).toBe(expected);
    }
  });

  it('between names the end that is not a date, and rejects a span that ends before it starts', () => {
    expect(issueOf(() => between(bad(null), '2015-12-30'))).toBe('invalid-argument at start');
    expect(issueOf(() => between('2015-07-24', bad({})))).toBe('invalid-argument at end');
    expect(issueOf(() => between('2015-12-30', '2015-07-24'))).toBe('invalid-argument at end');
    // A span may start and end within the same month: "from July 2015 to 24 July 2015" is not reversed.
    expect(between('2015-07', '2015-07-24').truth('2015-07-10')).toBe('yes');
  });

  it('reject options that are not an object, or name an unknown zone or match mode', () => {
    for (const make of [
      (options: unknown) => beforeDate('2015-12-30', bad(options)),
      (options: unknown) => between('2015-07-24', '2015-12-30', bad(options)),
      (options: unknown) => within(30, 'after', '2015-07-24', bad(options)),
      (options: unknown) => inRelation('before', '2015-12-30', bad(options)),
    ]) {
      expect(issueOf(() => make(null))).toBe('invalid-argument at options');
      expect(issueOf(() => make('Asia/Karachi'))).toBe('invalid-argument at options');
      expect(issueOf(() => make({ timeZone: 'Mars/Olympus' }))).toBe('invalid-argument at options.timeZone');
      expect(issueOf(() => make({ timeZone: '+05:00' }))).toBe('invalid-argument at options.timeZone');
      expect(issueOf(() => make({ timeZone: 5 }))).toBe('invalid-argument at options.timeZone');
      expect(issueOf(() => make({ match: 'sure' }))).toBe('invalid-argument at options.match');
      expect(issueOf(() => make({ match: null }))).toBe('invalid-argument at options.match');
    }
  });

  it('within rejects a number of days that is negative, fractional, above 100,000 or not a number', () => {
    for (const days of [-1, 1.5, 100_001, 1e21, Number.NaN, Number.POSITIVE_INFINITY, '7', null, undefined]) {
      expect(
        issueOf(() => within(bad(days), 'before', '2015-12-30')),
        String(days),
      ).toBe('invalid-argument at days');
    }
    // The bounds themselves are accepted.
    expect(within(0, 'before', '2015-12-30').truth('2015-12-29')).toBe('no');
    expect(within(100_000, 'before', '2015-12-30').truth('2010')).toBe('yes');
  });

  it('within rejects a direction other than before or after', () => {
    for (const direction of ['since', 'BEFORE', '', null, 1]) {
      expect(issueOf(() => within(7, bad(direction), '2015-12-30'))).toBe('invalid-argument at direction');
    }
  });

  it('a predicate called on something that is not a date names the item', () => {
    const predicate = beforeDate('2015-12-30');
    expect(issueOf(() => predicate(bad(null)))).toBe('invalid-argument at item');
    expect(issueOf(() => predicate.truth(bad(42)))).toBe('invalid-argument at item');
    expect(issueOf(() => predicate.truth('2015-12-32'))).toBe('invalid-argument at item');
    expect(issueOf(() => [pakistan.events[0], { id: 'x' }].filter(bad(predicate)))).toBe(
      'invalid-argument at item',
    );
    // A record's bad date is reported under the record's key.
    expect(issueOf(() => predicate(bad({ date: 'July 2015' })))).toBe('invalid-argument at item.date');
  });

  it('label rejects items that are not a list and a predicate that is not a time predicate', () => {
    const predicate = beforeDate('2015-12-30');
    expect(issueOf(() => label(bad(null), predicate))).toBe('invalid-argument at items');
    expect(issueOf(() => label(bad('2015-07'), predicate))).toBe('invalid-argument at items');
    expect(issueOf(() => label([], bad(null)))).toBe('invalid-argument at predicate');
    // A plain function is not enough: label needs the three-valued answer.
    expect(
      issueOf(() =>
        label(
          ['2015-07'],
          bad(() => true),
        ),
      ),
    ).toBe('invalid-argument at predicate');
    expect(issueOf(() => label([bad(7)], predicate))).toBe('invalid-argument at item');
  });

  it('allen, relate and inRelation name the argument that is not a date, and reject an unknown relation', () => {
    expect(issueOf(() => allen(bad(null), '2015'))).toBe('invalid-argument at a');
    expect(issueOf(() => allen('2015', bad('2015-00')))).toBe('invalid-argument at b');
    expect(issueOf(() => allen('2015', '2016', bad({ timeZone: 'Nowhere' })))).toBe(
      'invalid-argument at options.timeZone',
    );
    expect(issueOf(() => relate('2015', '2016', bad('touches')))).toBe('invalid-argument at relation');
    expect(issueOf(() => relate('2015', '2016', bad(undefined)))).toBe('invalid-argument at relation');
    expect(issueOf(() => relate(bad(undefined), '2016', 'before'))).toBe('invalid-argument at a');
    expect(issueOf(() => inRelation(bad('Before'), '2016'))).toBe('invalid-argument at relation');
  });

  it('allen rejects an object that looks like a parsed date but has no ends, rather than failing inside', () => {
    const real = parseDate('2015-12-30');
    const fake = { ...real, start: null, end: null };
    expect(issueOf(() => allen(bad(fake), '2016'))).toBe('invalid-argument at a');
    expect(issueOf(() => relate('2016', bad({ ...real, end: { earliest: 'x' } }), 'after'))).toBe(
      'invalid-argument at b',
    );
    expect(issueOf(() => inRelation('before', '2016').truth(bad(fake)))).toBe('invalid-argument at item');
    // The parsed date itself is taken as it is.
    expect(allen(real, '2016').before).toBe('yes');
  });

  it('daysBetween and businessDaysBetween name from, to and a bad zone', () => {
    for (const count of [daysBetween, businessDaysBetween]) {
      expect(issueOf(() => count(bad(null), '2015-12-30'))).toBe('invalid-argument at from');
      expect(issueOf(() => count('2015-07-24', bad(new Date(Number.NaN))))).toBe('invalid-argument at to');
      expect(issueOf(() => count('2015-07-24', '2015-12-30', bad(7)))).toBe('invalid-argument at options');
      expect(issueOf(() => count('2015-07-24', '2015-12-30', { timeZone: 'Karachi' }))).toBe(
        'invalid-argument at options.timeZone',
      );
    }
  });

  it('inTimelineOrder rejects what is not a list of dated records with ids', () => {
    expect(issueOf(() => inTimelineOrder(bad(null)))).toBe('invalid-argument at records');
    expect(issueOf(() => inTimelineOrder(bad([{ date: '2015' }])))).toBe('invalid-argument at records[0]');
    expect(issueOf(() => inTimelineOrder(bad([pakistan.events[0], null])))).toBe(
      'invalid-argument at records[1]',
    );
    expect(issueOf(() => inTimelineOrder(bad([{ id: 'a', date: '2015-13' }])))).toBe(
      'invalid-argument at records[0].date',
    );
    expect(issueOf(() => inTimelineOrder([], { timeZone: 'Nowhere' }))).toBe(
      'invalid-argument at options.timeZone',
    );
  });
});

describe('the queries on a dispute given bad arguments', () => {
  const onDispute: readonly [string, (dispute: unknown) => unknown][] = [
    ['query', (d) => query(bad(d)).events()],
    ['eventsBefore', (d) => eventsBefore(bad(d), 'deadline-2015-12-30')],
    ['eventsInLastDays', (d) => eventsInLastDays(bad(d), 'deadline-2015-12-30', 7)],
    ['countdown', (d) => countdown(bad(d), 'bes-shutdown-order')],
    ['deadlineChain', (d) => deadlineChain(bad(d), 'deadline-2015-12-30')],
    ['deadlineEnding', (d) => deadlineEnding(bad(d), 'deadline-2015-12-30')],
    ['effectiveDeadline', (d) => effectiveDeadline(bad(d), 'bes-shutdown-order', '2015-12-01')],
    ['pendingOn', (d) => pendingOn(bad(d), '2015-12-01')],
    ['responsesTo', (d) => responsesTo(bad(d), 'bes-traffic-access')],
    ['demandOutcome', (d) => demandOutcome(bad(d), 'bes-traffic-access')],
  ];

  it.each(onDispute)('%s rejects a dispute that is not an object, under dispute', (_name, call) => {
    for (const value of [null, undefined, 42, 'blackberry-pakistan-2015', [pakistan]]) {
      expect(issueOf(() => call(value))).toBe('invalid-argument at dispute');
    }
  });

  it('name a demand the dispute does not have, or a record of another kind given for it', () => {
    for (const call of [
      (demand: unknown) => countdown(pakistan, bad(demand)),
      (demand: unknown) => effectiveDeadline(pakistan, bad(demand), '2015-12-01'),
      (demand: unknown) => responsesTo(pakistan, bad(demand)),
      (demand: unknown) => demandOutcome(pakistan, bad(demand)),
      (demand: unknown) => query(pakistan).events().byDemand(bad(demand)),
    ]) {
      expect(issueOf(() => call('bes-access'))).toBe('unknown-reference at demand');
      // A deadline's id, and India's demand, are not demands of this dispute.
      expect(issueOf(() => call('deadline-2015-11-30'))).toBe('unknown-reference at demand');
      expect(issueOf(() => call(india.demands[0]))).toBe('unknown-reference at demand');
      expect(issueOf(() => call(null))).toBe('invalid-argument at demand');
      expect(issueOf(() => call({ id: 7 }))).toBe('invalid-argument at demand');
    }
  });

  it('say what kind of record an id of the wrong kind names, with its article', () => {
    const messageOf = (call: () => unknown): string => {
      try {
        call();
      } catch (error) {
        if (error instanceof TimelineError) return error.issues[0].message;
      }
      throw new Error('expected a TimelineError');
    };
    expect(messageOf(() => responsesTo(pakistan, 'deadline-2015-11-30'))).toBe(
      'the dispute has no demand "deadline-2015-11-30"; "deadline-2015-11-30" is a deadline',
    );
    const actor = pakistan.actors[0]?.id as string;
    expect(messageOf(() => responsesTo(pakistan, actor))).toBe(
      `the dispute has no demand "${actor}"; "${actor}" is an actor`,
    );
    const event = pakistan.events[0]?.id as string;
    expect(messageOf(() => deadlineChain(pakistan, event))).toBe(
      `the dispute has no deadline "${event}"; "${event}" is an event`,
    );
    expect(messageOf(() => responsesTo(pakistan, bad(7)))).toBe('expected a demand or its id; got number 7');
  });

  it('name a deadline the dispute does not have', () => {
    for (const call of [
      (deadline: unknown) => deadlineChain(pakistan, bad(deadline)),
      (deadline: unknown) => deadlineEnding(pakistan, bad(deadline)),
      (deadline: unknown) => eventsInLastDays(pakistan, bad(deadline), 7),
      (deadline: unknown) => eventsBefore(pakistan, bad(deadline)),
    ]) {
      expect(issueOf(() => call('deadline-2015-12-31'))).toBe('unknown-reference at deadline');
      expect(issueOf(() => call('bes-shutdown-order'))).toBe('unknown-reference at deadline');
      expect(issueOf(() => call(india.deadlines[0]))).toBe('unknown-reference at deadline');
    }
    expect(issueOf(() => deadlineChain(pakistan, bad(undefined)))).toBe('invalid-argument at deadline');
  });

  it('eventsInLastDays rejects a bad number of days', () => {
    for (const days of [-7, 0.5, 100_001, Number.NaN, '7']) {
      expect(issueOf(() => eventsInLastDays(pakistan, 'deadline-2015-12-30', bad(days)))).toBe(
        'invalid-argument at days',
      );
    }
  });

  it('effectiveDeadline and pendingOn tell an unknown id from a date that cannot be read', () => {
    // A string that is neither a date nor a record of the dispute: most likely a mistyped id.
    expect(issueOf(() => effectiveDeadline(pakistan, 'bes-shutdown-order', 'pta-extends'))).toBe(
      'unknown-reference at date',
    );
    expect(issueOf(() => pendingOn(pakistan, 'first-of-december'))).toBe('unknown-reference at date');
    // Records without a date cannot be read as one.
    expect(issueOf(() => pendingOn(pakistan, 'pta'))).toBe('invalid-argument at date');
    expect(issueOf(() => pendingOn(pakistan, 'verge-2015-11-30'))).toBe('invalid-argument at date');
    for (const value of [null, 20151201, new Date(Number.NaN), { value: '2015-12-01' }]) {
      expect(issueOf(() => effectiveDeadline(pakistan, 'bes-shutdown-order', bad(value)))).toBe(
        'invalid-argument at date',
      );
      expect(issueOf(() => pendingOn(pakistan, bad(value)))).toBe('invalid-argument at date');
    }
  });

  it('countdown rejects options that are not an object, events that are not a list, and events from elsewhere', () => {
    for (const options of [null, 42, 'all', true]) {
      expect(
        issueOf(() => countdown(pakistan, 'bes-shutdown-order', bad(options))),
        String(options),
      ).toBe('invalid-argument at options');
    }
    expect(issueOf(() => countdown(pakistan, 'bes-shutdown-order', { events: bad('all') }))).toBe(
      'invalid-argument at options.events',
    );
    // An Indian event, a Pakistani demand and a bare id are not events of the Pakistani dispute.
    expect(issueOf(() => countdown(pakistan, 'bes-shutdown-order', { events: [india.events[0]!] }))).toBe(
      'unknown-reference at options.events[0]',
    );
    expect(
      issueOf(() =>
        countdown(pakistan, 'bes-shutdown-order', {
          events: [pakistan.events[1]!, bad(pakistan.demands[0])],
        }),
      ),
    ).toBe('unknown-reference at options.events[1]');
    expect(
      issueOf(() => countdown(pakistan, 'bes-shutdown-order', { events: [bad('pta-extends-deadline')] })),
    ).toBe('unknown-reference at options.events[0]');
  });

  it('summarizeCases and alignCases reject what is not a list of built disputes, and an unknown anchor', () => {
    for (const cases of [null, pakistan, 'all']) {
      expect(issueOf(() => summarizeCases(bad(cases)))).toBe('invalid-argument at disputes');
      expect(issueOf(() => alignCases(bad(cases), 'first-demand'))).toBe('invalid-argument at disputes');
    }
    expect(issueOf(() => summarizeCases(bad([pakistan, null])))).toBe('invalid-argument at disputes[1]');
    expect(issueOf(() => alignCases(bad([pakistan, 42]), 'first-deadline'))).toBe(
      'invalid-argument at disputes[1]',
    );
    for (const anchor of ['last-deadline', 'first_demand', null]) {
      expect(issueOf(() => alignCases([pakistan], bad(anchor)))).toBe('invalid-argument at anchor');
    }
  });

  it('alignCases names the case that has no anchor to align on', () => {
    const noDeadline = oneDemandDispute(
      { id: 'no-deadline', title: 'A demand without a deadline' },
      { id: 'access', date: '2020-01-01' },
    ).build();
    const empty = createDispute({ id: 'empty', title: 'Nothing yet' }).build();
    expect(issueOf(() => alignCases([uae, noDeadline], 'first-deadline'))).toBe(
      'invalid-argument at disputes[1]',
    );
    expect(issueOf(() => alignCases([uae, pakistan, noDeadline], 'final-deadline'))).toBe(
      'invalid-argument at disputes[2]',
    );
    expect(issueOf(() => alignCases([empty], 'first-demand'))).toBe('invalid-argument at disputes[0]');
    // The case without a deadline still has a first demand to align on.
    expect(alignCases([noDeadline], 'first-demand')[0]?.anchor.id).toBe('access');
  });
});

describe('the query chain given bad arguments', () => {
  const events = () => query(pakistan).events();

  it('dates: names ref, and tells an unknown id (unknown-reference) from a bad date (invalid-argument)', () => {
    expect(issueOf(() => events().before('deadline-2015-12-31'))).toBe('unknown-reference at ref');
    expect(issueOf(() => events().after(bad(null)))).toBe('invalid-argument at ref');
    expect(issueOf(() => events().on(bad(new Date(Number.NaN))))).toBe('invalid-argument at ref');
    expect(issueOf(() => events().between('2015-07-24', 'never'))).toBe('unknown-reference at end');
    expect(issueOf(() => events().between('2015-12-30', '2015-07-24'))).toBe('invalid-argument at end');
    expect(issueOf(() => events().within(7, 'before', 'pta'))).toBe('invalid-argument at ref');
    expect(issueOf(() => events().relate('during', bad({})))).toBe('invalid-argument at ref');
  });

  it('within and relate: days, direction and relation', () => {
    expect(issueOf(() => events().within(-1, 'before', '2015-12-30'))).toBe('invalid-argument at days');
    expect(issueOf(() => events().within(2.5, 'after', '2015-12-30'))).toBe('invalid-argument at days');
    expect(issueOf(() => events().within(7, bad('around'), '2015-12-30'))).toBe(
      'invalid-argument at direction',
    );
    expect(issueOf(() => events().relate(bad('near'), '2015-12-30'))).toBe('invalid-argument at relation');
  });

  it('selection: unknown actors, sources and demands, kinds, roles, services, confidences and options', () => {
    expect(issueOf(() => events().byActor('rim'))).toBe('unknown-reference at actor');
    expect(issueOf(() => events().byActor(bad(7)))).toBe('invalid-argument at actor');
    expect(issueOf(() => events().byActor('pta', bad('all')))).toBe('invalid-argument at options');
    expect(issueOf(() => events().byActor('pta', bad(null)))).toBe('invalid-argument at options');
    expect(issueOf(() => events().byActor('pta', bad({ members: 'yes' })))).toBe(
      'invalid-argument at options.members',
    );
    expect(issueOf(() => events().byActor('pta', bad({ members: null })))).toBe(
      'invalid-argument at options.members',
    );
    expect(issueOf(() => events().byActorKind(bad('alien')))).toBe('invalid-argument at kind');
    expect(issueOf(() => events().byKind(bad('Order')))).toBe('invalid-argument at kind');
    expect(issueOf(() => events().byRole(''))).toBe('invalid-argument at role');
    expect(issueOf(() => events().byRole('x'.repeat(501)))).toBe('invalid-argument at role');
    expect(issueOf(() => events().byService(bad(null)))).toBe('invalid-argument at service');
    // "pta" is an actor, not a source.
    expect(issueOf(() => events().bySource('pta'))).toBe('unknown-reference at source');
    expect(issueOf(() => events().byConfidence())).toBe('invalid-argument at confidences');
    expect(issueOf(() => events().byConfidence('confirmed', bad('certain')))).toBe(
      'invalid-argument at confidences[1]',
    );
    expect(issueOf(() => events().where(bad('yes')))).toBe('invalid-argument at test');
  });

  it('terminals: an unknown group key', () => {
    expect(issueOf(() => events().groupBy(bad('year')))).toBe('invalid-argument at key');
    expect(issueOf(() => events().countBy(bad(undefined)))).toBe('invalid-argument at key');
  });
});

describe('odd values in every argument', () => {
  /** Each public query function with one argument left open; the others are valid. */
  const CALLS: readonly [string, (value: unknown) => unknown][] = [
    ['before(ref)', (v) => beforeDate(bad(v))],
    ['before(options)', (v) => beforeDate('2015-12-30', bad(v))],
    ['before(ref).truth(item)', (v) => beforeDate('2015-12-30').truth(bad(v))],
    ['after(ref)', (v) => after(bad(v))],
    ['on(ref)', (v) => on(bad(v))],
    ['between(start)', (v) => between(bad(v), '2015-12-30')],
    ['between(end)', (v) => between('2015-07-24', bad(v))],
    ['within(days)', (v) => within(bad(v), 'before', '2015-12-30')],
    ['within(direction)', (v) => within(7, bad(v), '2015-12-30')],
    ['within(ref)', (v) => within(7, 'after', bad(v))],
    ['label(items)', (v) => label(bad(v), beforeDate('2015-12-30'))],
    ['label(predicate)', (v) => label(['2015-07'], bad(v))],
    ['allen(a)', (v) => allen(bad(v), '2015')],
    ['allen(options)', (v) => allen('2015', '2016', bad(v))],
    ['relate(relation)', (v) => relate('2015', '2016', bad(v))],
    ['inRelation(relation)', (v) => inRelation(bad(v), '2016')],
    ['inRelation(ref)', (v) => inRelation('before', bad(v))],
    ['daysBetween(from)', (v) => daysBetween(bad(v), '2015')],
    ['businessDaysBetween(to)', (v) => businessDaysBetween('2015', bad(v))],
    ['inTimelineOrder(records)', (v) => inTimelineOrder(bad(v))],
    ['inTimelineOrder([record])', (v) => inTimelineOrder(bad([v]))],
    ['countdown(demand)', (v) => countdown(pakistan, bad(v))],
    ['countdown(options)', (v) => countdown(pakistan, 'bes-shutdown-order', bad(v))],
    ['countdown(options.events)', (v) => countdown(pakistan, 'bes-shutdown-order', { events: bad(v) })],
    ['countdown(options.events[0])', (v) => countdown(pakistan, 'bes-shutdown-order', { events: bad([v]) })],
    ['deadlineChain(deadline)', (v) => deadlineChain(pakistan, bad(v))],
    ['effectiveDeadline(date)', (v) => effectiveDeadline(pakistan, 'bes-shutdown-order', bad(v))],
    ['eventsBefore(deadline)', (v) => eventsBefore(pakistan, bad(v))],
    ['eventsInLastDays(days)', (v) => eventsInLastDays(pakistan, 'deadline-2015-12-30', bad(v))],
    ['pendingOn(date)', (v) => pendingOn(pakistan, bad(v))],
    ['responsesTo(demand)', (v) => responsesTo(pakistan, bad(v))],
    ['demandOutcome(demand)', (v) => demandOutcome(pakistan, bad(v))],
    ['summarizeCases(disputes)', (v) => summarizeCases(bad(v))],
    ['summarizeCases([dispute])', (v) => summarizeCases(bad([v]))],
    ['alignCases(disputes)', (v) => alignCases(bad(v), 'first-demand')],
    ['alignCases(anchor)', (v) => alignCases([pakistan], bad(v))],
    ['query(dispute)', (v) => query(bad(v))],
    ['query.before(ref)', (v) => query(pakistan).events().before(bad(v))],
    ['query.within(days)', (v) => query(pakistan).events().within(bad(v), 'before', '2015-12-30')],
    ['query.relate(relation)', (v) => query(pakistan).events().relate(bad(v), '2015-12-30')],
    ['query.where(test)', (v) => query(pakistan).events().where(bad(v))],
    ['query.byActor(actor)', (v) => query(pakistan).events().byActor(bad(v))],
    ['query.byActor(options)', (v) => query(pakistan).events().byActor('pta', bad(v))],
    ['query.byActorKind(kind)', (v) => query(pakistan).events().byActorKind(bad(v))],
    ['query.byRole(role)', (v) => query(pakistan).events().byRole(bad(v))],
    ['query.byKind(kind)', (v) => query(pakistan).events().byKind(bad(v))],
    ['query.byService(service)', (v) => query(pakistan).events().byService(bad(v))],
    ['query.bySource(source)', (v) => query(pakistan).events().bySource(bad(v))],
    ['query.byDemand(demand)', (v) => query(pakistan).events().byDemand(bad(v))],
    ['query.byConfidence(confidence)', (v) => query(pakistan).events().byConfidence(bad(v))],
    ['query.groupBy(key)', (v) => query(pakistan).events().groupBy(bad(v))],
  ];

  it.each(CALLS)(
    '%s answers or throws a TimelineError naming an argument, never a TypeError',
    (_name, call) => {
      for (const [what, value] of ODD_VALUES) {
        try {
          call(value);
        } catch (error) {
          expect(error, what).toBeInstanceOf(TimelineError);
          const issues = (error as TimelineError).issues;
          expect(issues.length, what).toBeGreaterThan(0);
          for (const issue of issues) {
            expect(issue.path.length, what).toBeGreaterThan(0);
            // A dispute the library did not build is validated, and its own problems reported under it.
            if (issue.path[0] === 'dispute' || issue.path[0] === 'disputes') continue;
            expect(['invalid-argument', 'unknown-reference'], what).toContain(issue.code);
          }
        }
      }
    },
  );
});

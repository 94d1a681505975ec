/**
 * Deadline chains, the effective deadline of a demand, the countdown to it, and cases aligned on their demands
 * and deadlines — on the shipped datasets, and on a made-up dispute where a demand has three chains of deadlines.
 *
 * Zones: India is UTC+5:30, Pakistan UTC+5, Saudi Arabia UTC+3, the UAE UTC+4; Waterloo (America/Toronto), where
 * BlackBerry's statements are dated, UTC−5 in winter and UTC−4 in summer.
 */
import {
  alignCases,
  countdown,
  createDispute,
  type DayCount,
  type Dispute,
  deadlineChain,
  deadlineEnding,
  demandOutcome,
  effectiveDeadline,
  parseDispute,
  pendingOn,
  query,
  serializeDispute,
  summarizeCases,
} from 'dispute-timeline';
import {
  datasets as allDatasets,
  indiaBlackberry2010 as india,
  indiaBlackberry2010,
  blackberryPakistan2015 as pakistan,
  saudiBlackberry2010 as saudi,
  uaeBlackberry2010 as uae,
} from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { oneDemandDispute } from '../support/disputes.js';

/** The four BlackBerry cases of 2010 and 2015, which these tests compare side by side (every one sets a deadline). */
const datasets = allDatasets.filter((d) => d.id.endsWith('2010') || d.id === 'blackberry-pakistan-2015');

const ids = (list: readonly { readonly id: string }[]) => list.map((record) => record.id);

/** A copy of a dataset with some of its deadlines changed: for the shapes the shipped cases no longer have. */
function withDeadlines(
  dispute: Dispute,
  change: Record<string, (deadline: Record<string, unknown>) => Record<string, unknown>>,
) {
  const json = JSON.parse(serializeDispute(dispute)) as { deadlines: Record<string, unknown>[] };
  json.deadlines = json.deadlines.map((d) => change[d['id'] as string]?.(d) ?? d);
  return parseDispute(JSON.stringify(json));
}

/**
 * The deadline in force (the demand's deadline, `pending`), how many extensions led to it, and whether it
 * certainly was; `null` when none was.
 */
function inForce(dispute: Dispute, demand: string, date: Parameters<typeof effectiveDeadline>[2]) {
  const effective = effectiveDeadline(dispute, demand, date);
  const pending = effective?.state.possible.pending;
  if (effective === null || pending === undefined) return null;
  const truth = effective.truth === 'yes' && pending === 'yes' ? 'yes' : 'maybe';
  return [effective.deadline.id, effective.extensions, truth];
}

describe('deadlineChain', () => {
  it('gives India’s whole chain from any of its deadlines: 31 August → 31 October 2010 → 31 January 2011', () => {
    const chain = ['deadline-2010-08-31', 'deadline-2010-10-31', 'deadline-2011-01-31'];
    for (const id of chain) expect(ids(deadlineChain(india, id))).toEqual(chain);
    expect(
      deadlineChain(india, india.deadlines.find((d) => d.id === 'deadline-2011-01-31')!).map((d) => d.due),
    ).toEqual(['2010-08-31', '2010-10-31', '2011-01-31']);
  });

  it('gives a deadline that was never extended alone, and Saudi Arabia’s one extension', () => {
    expect(ids(deadlineChain(india, 'deadline-2010-09-22'))).toEqual(['deadline-2010-09-22']);
    expect(ids(deadlineChain(uae, 'deadline-2010-10-11'))).toEqual(['deadline-2010-10-11']);
    expect(ids(deadlineChain(saudi, saudi.deadlines[1]!))).toEqual([
      'deadline-2010-08-06',
      'deadline-2010-08-09',
    ]);
  });

  it('returns the dispute’s own records, in a frozen list', () => {
    const chain = deadlineChain(pakistan, 'deadline-2015-12-30');
    expect(Object.isFrozen(chain)).toBe(true);
    expect(chain[0]).toBe(pakistan.deadlines[0]);
    expect(chain[1]).toBe(pakistan.deadlines[1]);
  });
});

describe('effectiveDeadline on the shipped datasets', () => {
  it('follows India’s chain as each extension is set: 12 August, 30 August, about 12 October 2010', () => {
    // Nothing had been set before the demand of 12 August.
    expect(inForce(india, 'bes-bbm-access', '2010-08-11')).toBeNull();
    expect(inForce(india, 'bes-bbm-access', '2010-08-12')).toEqual(['deadline-2010-08-31', 0, 'yes']);
    expect(inForce(india, 'bes-bbm-access', '2010-08-29')).toEqual(['deadline-2010-08-31', 0, 'yes']);
    // The reprieve was set on 30 August: in force at the end of that day.
    expect(inForce(india, 'bes-bbm-access', '2010-08-30')).toEqual(['deadline-2010-10-31', 1, 'yes']);
    // The last extension was set "about 12 October" (11 to 13 October): maybe already on the 11th and 12th.
    expect(inForce(india, 'bes-bbm-access', '2010-10-10')).toEqual(['deadline-2010-10-31', 1, 'yes']);
    expect(inForce(india, 'bes-bbm-access', '2010-10-11')).toEqual(['deadline-2010-10-31', 1, 'maybe']);
    expect(inForce(india, 'bes-bbm-access', '2010-10-12')).toEqual(['deadline-2010-10-31', 1, 'maybe']);
    expect(inForce(india, 'bes-bbm-access', '2010-10-13')).toEqual(['deadline-2011-01-31', 2, 'yes']);
    // The last deadline is in force on its day; it was missed as the day ended (no further extension or block).
    expect(inForce(india, 'bes-bbm-access', '2011-01-31')).toEqual(['deadline-2011-01-31', 2, 'yes']);
    expect(inForce(india, 'bes-bbm-access', '2011-02-01')).toBeNull();
    // After the last deadline was missed (as the audited records have it), it is the last one set, ended, not in
    // force: RIM said in October 2011 "We are not operating under any deadlines".
    for (const date of ['2011-03-01', '2013-08-01']) {
      const effective = effectiveDeadline(india, 'bes-bbm-access', date);
      expect([
        effective?.deadline.id,
        effective?.state.status,
        effective?.state.ending?.kind,
        effective?.state.truth,
      ]).toEqual(['deadline-2011-01-31', 'ended', 'missed', 'yes']);
    }
    expect(query(india).deadlines().inForce('2013-08-01').possible().count()).toBe(0);
  });

  it('reads an imprecise date at its end: at the end of August 2010 the reprieve to 31 October was in force', () => {
    expect(inForce(india, 'bes-bbm-access', '2010-08')).toEqual(['deadline-2010-10-31', 1, 'yes']);
    expect(inForce(india, 'bes-bbm-access', '2010')).toEqual(['deadline-2011-01-31', 2, 'yes']);
  });

  it('follows only the extensions that name the demand', () => {
    // In India the reprieve extended both demands' deadline. Were its extensions to name only BES and BBM access,
    // the 31 August deadline, ended (extended) on 30 August, would leave the operators' demand without one.
    const india = withDeadlines(indiaBlackberry2010, {
      'deadline-2010-10-31': (d) => ({ ...d, demands: ['bes-bbm-access'] }),
      'deadline-2011-01-31': (d) => ({ ...d, demands: ['bes-bbm-access'] }),
    });
    expect(inForce(india, 'legal-intervention-capability', '2010-08-29')).toEqual([
      'deadline-2010-08-31',
      0,
      'yes',
    ]);
    expect(inForce(india, 'legal-intervention-capability', '2010-12-01')).toBeNull();
    expect(inForce(india, 'bes-bbm-access', '2010-12-01')).toEqual(['deadline-2011-01-31', 2, 'yes']);
  });

  it('counts a first deadline without a setting date as maybe set before the earliest evidence of it', () => {
    // The 22 September compliance report, as if its setting date were not given at all: the Asian Age reported it
    // on 19 September, so it may have been set before; not certainly.
    const india = withDeadlines(indiaBlackberry2010, {
      'deadline-2010-09-22': ({ setOn: _setOn, ...d }) => d,
    });
    expect(inForce(india, 'interception-upgrade', '2010-01-01')).toEqual(['deadline-2010-09-22', 0, 'maybe']);
    expect(inForce(india, 'interception-upgrade', '2010-09-19')).toEqual(['deadline-2010-09-22', 0, 'yes']);
    // As shipped, it was set no later than the report of 19 September: maybe in force on 15 September.
    expect(inForce(indiaBlackberry2010, 'interception-upgrade', '2010-09-15')).toEqual([
      'deadline-2010-09-22',
      0,
      'maybe',
    ]);
  });

  it('gives the chain up to the deadline in force, frozen, with its due date read in the dispute’s zone', () => {
    const effective = effectiveDeadline(india, india.demands[0]!, '2010-09-01')!;
    expect(ids(effective.chain)).toEqual(['deadline-2010-08-31', 'deadline-2010-10-31']);
    expect(Object.isFrozen(effective)).toBe(true);
    expect(Object.isFrozen(effective.chain)).toBe(true);
    // 31 October 2010 in Kolkata begins at 18:30 UTC on 30 October.
    expect(new Date(effective.due.earliest).toISOString()).toBe('2010-10-30T18:30:00.000Z');
  });

  it('reads the date from a record of the dispute, its id, a Date or a { value, timeZone }', () => {
    const reprieve = india.events.find((e) => e.id === 'sixty-day-reprieve')!; // 30 August 2010
    expect(inForce(india, 'bes-bbm-access', reprieve)).toEqual(['deadline-2010-10-31', 1, 'yes']);
    expect(inForce(india, 'bes-bbm-access', 'sixty-day-reprieve')).toEqual(['deadline-2010-10-31', 1, 'yes']);
    // A deadline's id is read at its due date: on 31 October the January deadline had been set.
    expect(inForce(india, 'bes-bbm-access', 'deadline-2010-10-31')).toEqual([
      'deadline-2011-01-31',
      2,
      'yes',
    ]);
    // 23:00 UTC on 29 August is 04:30 on 30 August in India: the reprieve may not yet have been granted.
    expect(inForce(india, 'bes-bbm-access', { value: '2010-08-29T23:00', timeZone: 'UTC' })).toEqual([
      'deadline-2010-08-31',
      0,
      'maybe',
    ]);
    // Pakistan's extension was set on 30 November: the only one set from the first instant of 1 December, and
    // only maybe in force, since the day it was rescinded is not known.
    expect(inForce(pakistan, 'bes-shutdown-order', new Date('2015-11-30T19:00:00Z'))).toEqual([
      'deadline-2015-12-30',
      1,
      'maybe',
    ]);
    expect(inForce(pakistan, 'bes-shutdown-order', new Date('2015-11-30T12:00:00Z'))).toEqual([
      'deadline-2015-11-30',
      0,
      'maybe',
    ]);
  });

  it('follows Saudi Arabia’s extension to Monday 9 August, set on the 7th', () => {
    expect(inForce(saudi, 'organisational-requirements', '2010-08-01')).toBeNull();
    expect(inForce(saudi, 'organisational-requirements', '2010-08-06')).toEqual([
      'deadline-2010-08-06',
      0,
      'yes',
    ]);
    expect(inForce(saudi, 'organisational-requirements', '2010-08-07')).toEqual([
      'deadline-2010-08-09',
      1,
      'yes',
    ]);
  });
});

describe('effectiveDeadline on a demand with several chains of deadlines', () => {
  // A made-up case, not from any source: one demand with three deadlines set independently, one of them extended.
  //   chain A: A1 due 1 March 2020 (set 1 January) → A2 due 1 May (set 15 February)
  //   chain B: B1 due 1 April 2020 (set 10 January)
  //   chain C: C1 due 1 July 2020 (set 1 June)
  const threeChains = oneDemandDispute(
    { id: 'three-chains', title: 'Three chains of deadlines', timeZone: 'Asia/Karachi' },
    { id: 'access', date: '2020-01-01' },
  )
    .deadline(
      { id: 'a1', due: '2020-03-01', setOn: '2020-01-01', setBy: ['gov'], demands: ['access'] },
      {
        id: 'a2',
        due: '2020-05-01',
        setOn: '2020-02-15',
        setBy: ['gov'],
        demands: ['access'],
        extends: 'a1',
      },
      { id: 'b1', due: '2020-04-01', setOn: '2020-01-10', setBy: ['gov'], demands: ['access'] },
      { id: 'c1', due: '2020-07-01', setOn: '2020-06-01', setBy: ['gov'], demands: ['access'] },
    )
    .build();

  it('gives the deadline due first among those not yet passed', () => {
    expect(inForce(threeChains, 'access', '2019-12-31')).toBeNull();
    // Only A1 is set on 5 January.
    expect(inForce(threeChains, 'access', '2020-01-05')).toEqual(['a1', 0, 'yes']);
    // A1 (1 March) falls due before B1 (1 April).
    expect(inForce(threeChains, 'access', '2020-02-01')).toEqual(['a1', 0, 'yes']);
    // A1 was extended to 1 May on 15 February: B1 now falls due first.
    expect(inForce(threeChains, 'access', '2020-02-20')).toEqual(['b1', 0, 'yes']);
    // B1 falls due on 1 April, which is in April: not yet passed for "April 2020".
    expect(inForce(threeChains, 'access', '2020-04')).toEqual(['b1', 0, 'yes']);
    // B1 has passed: A2 remains.
    expect(inForce(threeChains, 'access', '2020-04-15')).toEqual(['a2', 1, 'yes']);
    // A2 and B1 have passed; C1 is set on 1 June.
    expect(inForce(threeChains, 'access', '2020-06-01')).toEqual(['c1', 0, 'yes']);
  });

  it('gives the last to fall due once all have passed, passed and not in force', () => {
    const last = (date: string) => {
      const effective = effectiveDeadline(threeChains, 'access', date);
      return [effective?.deadline.id, effective?.extensions, effective?.state.status];
    };
    expect(last('2020-05-15')).toEqual(['a2', 1, 'passed']);
    expect(last('2020-08-01')).toEqual(['c1', 0, 'passed']);
    expect(inForce(threeChains, 'access', '2020-08-01')).toBeNull();
  });

  it('keeps the chains apart', () => {
    expect(ids(deadlineChain(threeChains, 'a2'))).toEqual(['a1', 'a2']);
    expect(ids(deadlineChain(threeChains, 'b1'))).toEqual(['b1']);
    expect(ids(deadlineChain(threeChains, 'c1'))).toEqual(['c1']);
    expect(ids(effectiveDeadline(threeChains, 'access', '2020-02-20')!.chain)).toEqual(['b1']);
  });
});

describe('countdown with the events option', () => {
  it('counts down only at the events given: the PTA’s, to the deadline then in force', () => {
    const events = query(pakistan).events().byActor('pta').toArray();
    const rows = countdown(pakistan, 'bes-shutdown-order', { events });
    // 24 July to 30 November: 7 + 31 + 30 + 31 + 30 = 129 days. From the extension on 30 November, 30 days to
    // 30 December. At the rescission's announcement, 31 December in Waterloo, nothing is in force any more.
    expect(
      rows.map(({ event, effective, daysLeft }) => [event.id, effective?.deadline.id, daysLeft]),
    ).toEqual([
      // The PTA's letters were sent in July, by the report of 24 July: 129 to 152 days before 30 November.
      ['pta-directs-operators', 'deadline-2015-11-30', { min: 129, max: 152 }],
      ['pta-affected-users', 'deadline-2015-11-30', { min: 129, max: 129 }],
      ['pta-extends-deadline', 'deadline-2015-12-30', { min: 30, max: 30 }],
      ['rescission-announced', 'deadline-2015-12-30', null],
    ]);
    expect(rows.map((row) => row.event)).toEqual(events);
  });

  it('keeps the order of the events given, and answers an empty list with an empty list', () => {
    const byId = (id: string) => pakistan.events.find((event) => event.id === id)!;
    const given = [byId('rescission-announced'), byId('blackberry-exit-delayed')];
    const rows = countdown(pakistan, 'bes-traffic-access', { events: given });
    // BlackBerry's delayed exit, 30 November in Pakistan's day: 30 days left to 30 December.
    expect(rows.map(({ event, daysLeft }) => [event.id, daysLeft])).toEqual([
      ['rescission-announced', null],
      ['blackberry-exit-delayed', { min: 30, max: 30 }],
    ]);
    expect(given.map((e) => e.id)).toEqual(['rescission-announced', 'blackberry-exit-delayed']);
    expect(countdown(pakistan, 'bes-traffic-access', { events: [] })).toEqual([]);
    // Without events (or with events left undefined), all the dispute's events.
    expect(countdown(pakistan, 'bes-traffic-access', { events: undefined })).toHaveLength(
      pakistan.events.length,
    );
  });

  it('gives no deadline and no count at an event before any deadline was set', () => {
    const precedent = pakistan.events.find((e) => e.id === 'india-2010-precedent')!;
    expect(countdown(pakistan, 'bes-traffic-access', { events: [precedent] })).toEqual([
      { event: precedent, effective: null, daysLeft: null },
    ]);
  });

  it('counts down India’s extensions: 62 days from the reprieve, 110 to 112 from "about 12 October"', () => {
    const extensions = query(india).events().byKind('extension').toArray();
    const rows = countdown(india, 'bes-bbm-access', { events: extensions });
    // 30 August to 31 October: 1 + 30 + 31 = 62. About 12 October (11 to 13) to 31 January: 18 to 20 days of
    // October, then 30 + 31 + 31.
    expect(
      rows.map(({ event, effective, daysLeft }) => [
        event.id,
        effective?.deadline.due,
        effective?.truth,
        daysLeft,
      ]),
    ).toEqual([
      ['sixty-day-reprieve', '2010-10-31', 'yes', { min: 62, max: 62 }],
      ['extension-to-2011-01-31', '2011-01-31', 'yes', { min: 110, max: 112 }],
    ]);
    expect(Object.isFrozen(rows)).toBe(true);
    expect(rows.every((row) => Object.isFrozen(row))).toBe(true);
  });
});

describe('alignCases on each anchor', () => {
  it('first demand: each case from the day its first demand was made', () => {
    const aligned = alignCases(datasets, 'first-demand');
    expect(aligned.map((c) => [c.dispute.id, c.anchor.id])).toEqual([
      ['india-blackberry-2010', 'bes-bbm-access'],
      ['uae-blackberry-2010', 'suspend-blackberry-services'],
      ['saudi-blackberry-2010', 'organisational-requirements'],
      // The PTA's demand for access to BES traffic was made in July 2015, the shutdown order on 24 July.
      ['blackberry-pakistan-2015', 'bes-traffic-access'],
    ]);
    const saudiCase = aligned.find((c) => c.dispute === saudi)!;
    // Demand on 2 August 2010; the block announced on the 3rd, extended on the 7th, BBM allowed on the 10th.
    expect(saudiCase.events.map(({ event, days }) => [event.id, days.min, days.max])).toEqual([
      ['citc-notifies-providers', 0, 0],
      ['citc-announces-block', 1, 1],
      ['deadline-extended-to-monday', 5, 5],
      ['bbm-allowed-to-continue', 8, 8],
    ]);
  });

  it('first deadline: the UAE’s only one, 11 October 2010, 71 days after its 1 August announcement', () => {
    const aligned = alignCases(datasets, 'first-deadline');
    expect(aligned.map((c) => c.anchor.id)).toEqual([
      'deadline-2010-08-31',
      'deadline-2010-10-11',
      'deadline-2010-08-06',
      'deadline-2015-11-30',
    ]);
    const uaeCase = aligned.find((c) => c.dispute === uae)!;
    // 1 August to 11 October: 30 + 30 + 11 = 71; the suspension was withdrawn on 8 October, 3 days before.
    expect(uaeCase.events.map(({ event, days }) => [event.id, days])).toEqual([
      ['tra-announces-suspension', { min: -71, max: -71 }],
      ['suspension-withdrawn', { min: -3, max: -3 }],
    ]);
    expect(uaeCase.anchorDate.text).toBe('2010-10-11');
  });

  it('final deadline: the last extension of each chain; the same as the first where there was none', () => {
    const aligned = alignCases(datasets, 'final-deadline');
    expect(aligned.map((c) => c.anchor.id)).toEqual([
      'deadline-2011-01-31',
      'deadline-2010-10-11',
      'deadline-2010-08-09',
      'deadline-2015-12-30',
    ]);
    const pakistanCase = aligned.find((c) => c.dispute === pakistan)!;
    const days = new Map<string, DayCount>(pakistanCase.events.map(({ event, days }) => [event.id, days]));
    // 30 November to 30 December is 30 days; BlackBerry's posts of 30 November are read in Pakistan's day too.
    expect(days.get('pta-extends-deadline')).toEqual({ min: -30, max: -30 });
    expect(days.get('blackberry-exit-delayed')).toEqual({ min: -30, max: -30 });
    expect(days.get('rescission-announced')).toEqual({ min: 1, max: 2 });
    // The precedent is dated only to 2010: 1 January 2010 to 30 December 2015 is 2189 days, 31 December 1825.
    expect(days.get('india-2010-precedent')).toEqual({ min: -2189, max: -1825 });
  });

  it('returns frozen rows in the order the cases are given, holding the datasets’ own records', () => {
    const aligned = alignCases([pakistan, india], 'final-deadline');
    expect(aligned.map((c) => c.dispute)).toEqual([pakistan, india]);
    expect(aligned[0]?.anchor).toBe(pakistan.deadlines[1]);
    expect(Object.isFrozen(aligned)).toBe(true);
    expect(Object.isFrozen(aligned[0]?.events)).toBe(true);
    expect(alignCases([], 'first-demand')).toEqual([]);
  });
});

describe('summarizeCases on a case without demands', () => {
  it('reports it open, with no first demand and no resolution', () => {
    const empty = createDispute({ id: 'quiet', title: 'No demand yet' }).build();
    const [summary] = summarizeCases([empty]);
    expect(summary).toEqual({
      dispute: 'quiet',
      title: 'No demand yet',
      demands: 0,
      responses: 0,
      deadlines: 0,
      extensions: 0,
      firstDemand: null,
      outcome: 'open',
      madeOn: null,
      madeOnEarliest: null,
      madeOnLatest: null,
      resolvedOn: null,
      resolvedOnEarliest: null,
      resolvedOnLatest: null,
      daysToResolutionMin: null,
      daysToResolutionMax: null,
      firstDeadline: null,
      firstDeadlineDue: null,
      firstDeadlineDueEarliest: null,
      firstDeadlineDueLatest: null,
      daysToFirstDeadlineMin: null,
      daysToFirstDeadlineMax: null,
      daysSetToFirstDeadlineMin: null,
      daysSetToFirstDeadlineMax: null,
      deadlineMoves: null,
      deadlineEnding: null,
      deadlineEndedOn: null,
      deadlineEndedOnEarliest: null,
      deadlineEndedOnLatest: null,
      daysFirstDeadlineToEndMin: null,
      daysFirstDeadlineToEndMax: null,
      finalDeadline: null,
      finalDeadlineStatus: null,
      finalDeadlineEnding: null,
    });
  });
});

describe('deadlines that end', () => {
  it('lists nothing in force in the UAE on 9 October 2010: the 11 October suspension was withdrawn on the 8th', () => {
    const pending = pendingOn(uae, '2010-10-09');
    expect(pending.demands).toEqual([]);
    expect(pending.deadlines).toEqual([]);
    const effective = effectiveDeadline(uae, 'suspend-blackberry-services', '2010-10-09');
    expect([
      effective?.state.status,
      effective?.state.ending?.kind,
      effective?.state.ending?.on?.text,
    ]).toEqual(['ended', 'rescinded', '2010-10-08']);
    expect(query(uae).deadlines().inForce('2010-10-09').possible().count()).toBe(0);
  });

  it('keeps in a query only the deadlines in force, never a record of another kind', () => {
    // The 22 September compliance report was set no later than 19 September: only maybe in force on the 15th.
    expect(ids(query(india).deadlines().inForce('2010-09-15').toArray())).toEqual(['deadline-2010-10-31']);
    expect(ids(query(india).deadlines().inForce('2010-09-15').possible().toArray())).toEqual([
      'deadline-2010-09-22',
      'deadline-2010-10-31',
    ]);
    expect(query(uae).events().inForce('2010-10-07').possible().count()).toBe(0);
    expect(query(uae).demands().inForce('2010-10-07').possible().count()).toBe(0);
  });

  it('keeps the UAE suspension in force and pending up to the day before its withdrawal, and not on that day', () => {
    const labels = (date: string) =>
      pendingOn(uae, date).deadlines.map(({ item, truth }) => [item.id, truth]);
    expect(labels('2010-10-07')).toEqual([['deadline-2010-10-11', 'yes']]);
    expect(labels('2010-10-08')).toEqual([]);
    expect(inForce(uae, 'suspend-blackberry-services', '2010-10-07')).toEqual([
      'deadline-2010-10-11',
      0,
      'yes',
    ]);
    expect(inForce(uae, 'suspend-blackberry-services', '2010-10-08')).toBeNull();
    // At the end of October 2010, read at its end, the withdrawal had happened.
    expect(inForce(uae, 'suspend-blackberry-services', '2010-10')).toBeNull();
  });

  it('answers maybe while the day of an ending is unknown: Pakistan rescinded on a day no source gives', () => {
    // Set on 30 November, rescinded no later than BlackBerry's announcement of 31 December in Waterloo.
    expect(inForce(pakistan, 'bes-shutdown-order', '2015-12-15')).toEqual([
      'deadline-2015-12-30',
      1,
      'maybe',
    ]);
    expect(pendingOn(pakistan, '2015-12-15').deadlines.map(({ truth }) => truth)).toEqual(['maybe']);
    // On 31 December it had passed, or already ended: not in force either way. 31 December in Waterloo ends at
    // 10:00 on 1 January in Karachi: by the end of 1 January it had ended.
    expect(inForce(pakistan, 'bes-shutdown-order', '2015-12-31')).toBeNull();
    expect(effectiveDeadline(pakistan, 'bes-shutdown-order', '2015-12-31')?.state.possible).toEqual({
      passed: 'maybe',
      ended: 'maybe',
    });
    expect(effectiveDeadline(pakistan, 'bes-shutdown-order', '2016-01-01')?.state.status).toBe('ended');
  });

  it('keeps a deadline that fell due in force until it ends: Saudi Arabia let BBM continue the day after', () => {
    expect(inForce(saudi, 'organisational-requirements', '2010-08-09')).toEqual([
      'deadline-2010-08-09',
      1,
      'yes',
    ]);
    expect(inForce(saudi, 'organisational-requirements', '2010-08-10')).toBeNull();
  });

  it('counts down to no deadline once it has ended', () => {
    // The suspension of 11 October 2010 was withdrawn on 8 October: nothing to count down to at the withdrawal.
    const withdrawn = uae.events.find((e) => e.id === 'suspension-withdrawn')!;
    const [row] = countdown(uae, 'suspend-blackberry-services', { events: [withdrawn] });
    expect([row?.effective?.state.status, row?.daysLeft]).toEqual(['ended', null]);
  });

  it('tells how and when each deadline of a chain ended', () => {
    const endings = deadlineChain(india, 'deadline-2010-08-31').map((d) => {
      const ending = deadlineEnding(india, d);
      return ending === null ? null : [ending.kind, ending.on?.text, ending.event?.id];
    });
    expect(endings).toEqual([
      ['extended', '2010-08-30', 'sixty-day-reprieve'],
      ['extended', '2010-10-12~', 'extension-to-2011-01-31'],
      ['missed', undefined, 'january-deadline-reached'],
    ]);
    const rescinded = deadlineEnding(pakistan, 'deadline-2015-12-30')!;
    expect(rescinded.on).toBeNull();
    // Between the extension (30 November, Karachi) and the end of 31 December in Waterloo.
    expect(new Date(rescinded.earliest).toISOString()).toBe('2015-11-29T19:00:00.000Z');
    expect(new Date(rescinded.latest).toISOString()).toBe('2016-01-01T04:59:59.999Z');
    expect(Object.isFrozen(rescinded)).toBe(true);
  });

  it('resolves the demand at the date of its last deadline’s ending, and summarises cases with it', () => {
    expect(demandOutcome(uae, 'suspend-blackberry-services').resolvedOn?.text).toBe('2010-10-08');
    const [row] = summarizeCases([uae]);
    expect([row?.outcome, row?.resolvedOn, row?.daysToResolutionMin, row?.daysToResolutionMax]).toEqual([
      'rescinded',
      '2010-10-08',
      68,
      68,
    ]);
  });
});

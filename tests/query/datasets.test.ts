import {
  alignCases,
  allen,
  before,
  businessDaysBetween,
  countdown,
  daysBetween,
  demandOutcome,
  effectiveDeadline,
  eventsInLastDays,
  pendingOn,
  query,
  relate,
  responsesTo,
  summarizeCases,
  TimelineError,
} from 'dispute-timeline';
import {
  datasets as allDatasets,
  indiaBlackberry2010 as india,
  blackberryPakistan2015 as pakistan,
} from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/** The four BlackBerry cases of 2010 and 2015, which these tests compare side by side (every one sets a deadline). */
const datasets = allDatasets.filter((d) => d.id.endsWith('2010') || d.id === 'blackberry-pakistan-2015');

const ids = (list: readonly { readonly id: string }[]) => list.map((r) => r.id);

describe('queries on the shipped datasets', () => {
  it('answers which events came before Pakistan’s 30 December 2015 deadline, certainly and possibly', () => {
    const deadline = pakistan.deadlines.find((d) => d.id === 'deadline-2015-12-30')!;
    const chain = query(pakistan).events().before(deadline);
    expect(chain.certain().count()).toBe(7);
    expect(chain.possible().count()).toBe(7);
    expect(chain.uncertain().count()).toBe(0);
    expect(ids(chain.toArray())).not.toContain('rescission-announced');
  });

  it('gives the effective Indian deadline: 31 October 2010 on 1 September, 31 January 2011 on 1 December', () => {
    expect(effectiveDeadline(india, 'bes-bbm-access', '2010-09-01')?.deadline.due).toBe('2010-10-31');
    expect(effectiveDeadline(india, 'bes-bbm-access', '2010-12-01')?.deadline.due).toBe('2011-01-31');
    expect(effectiveDeadline(india, 'bes-bbm-access', '2010-08-20')?.deadline.due).toBe('2010-08-31');
  });

  it('lists what was pending in Pakistan on 1 December 2015', () => {
    const pending = pendingOn(pakistan, '2015-12-01');
    expect(pending.demands.map((l) => [l.item.id, l.truth])).toEqual([
      ['bes-traffic-access', 'yes'],
      ['bes-shutdown-order', 'yes'],
    ]);
    expect(pending.deadlines.map((l) => l.item.id)).toEqual(['deadline-2015-12-30']);
    // BlackBerry's delayed exit of 30 November answers the shutdown order as well as the demand for access.
    expect(pending.unanswered).toEqual([]);
  });

  it('counts down the days to the effective deadline at each event', () => {
    const rows = countdown(pakistan, 'bes-shutdown-order');
    const byId = new Map<string, unknown>(rows.map((r) => [r.event.id, r.daysLeft]));
    expect(byId.get('interior-ministry-decision')).toEqual({ min: 129, max: 129 });
    expect(byId.get('pta-extends-deadline')).toEqual({ min: 30, max: 30 });
    expect(byId.get('india-2010-precedent')).toBeNull();
  });

  it('lists the events in the last 31 days before the deadline', () => {
    // The three of 30 November in the order of the day (their sequence): the exit, the extension, the delay.
    expect(ids(eventsInLastDays(pakistan, 'deadline-2015-12-30', 31).certain)).toEqual([
      'blackberry-exit-announced',
      'pta-extends-deadline',
      'blackberry-exit-delayed',
    ]);
  });

  it('tells a demand’s outcome and its responses in order with time to respond', () => {
    const outcome = demandOutcome(pakistan, 'bes-traffic-access');
    expect(outcome.status).toBe('rescinded');
    expect(outcome.extensions).toBe(1);
    const timings = responsesTo(pakistan, 'bes-traffic-access');
    expect(timings.map((t) => t.response.stance)).toEqual(['leave-market', 'negotiate', 'refuse']);
    // The demand was made in July 2015; BlackBerry answered on 30 November, 122 to 152 days later.
    expect(timings[0]?.days).toEqual({ min: 122, max: 152 });
  });

  it('selects by actor including members of an organisation, by service, and groups by month', () => {
    expect(query(pakistan).events().byActor('government-of-pakistan').count()).toBe(5);
    expect(query(pakistan).events().byActor('government-of-pakistan', { members: false }).count()).toBe(2);
    expect(query(pakistan).events().countBy('month')).toMatchObject({
      '2015-07': 3,
      '2015-11': 3,
      '2015-12': 1,
    });
    expect(query(india).events().byService('BBM').count()).toBeGreaterThan(0);
  });

  it('answers maybe when a comparison involves an imprecise date', () => {
    expect(relate('2015-12', '2015-12-30', 'before')).toBe('maybe');
    expect(relate('2016-01', '2015-12-30', 'before')).toBe('no');
    expect(allen('2015-07', '2015-12-30').before).toBe('yes');
    expect(['2015-12', '2015-07'].filter(before('2015-12-30'))).toEqual(['2015-07']);
  });

  it('counts calendar and business days in the dispute’s zone', () => {
    expect(daysBetween('2015-07-24', '2015-12-30', { timeZone: 'Asia/Karachi' })).toEqual({
      min: 159,
      max: 159,
    });
    expect(businessDaysBetween('2015-12-24', '2015-12-31')).toEqual({ min: 5, max: 5 });
  });

  it('aligns the four cases and summarises them side by side', () => {
    const aligned = alignCases(datasets, 'first-deadline');
    expect(aligned.map((a) => a.anchor.id)).toEqual([
      'deadline-2010-08-31',
      'deadline-2010-10-11',
      'deadline-2010-08-06',
      'deadline-2015-11-30',
    ]);
    const rows = summarizeCases(datasets);
    expect(rows.map((r) => [r.dispute, r.outcome])).toEqual([
      ['india-blackberry-2010', 'agreed'],
      ['uae-blackberry-2010', 'rescinded'],
      ['saudi-blackberry-2010', 'rescinded'],
      ['blackberry-pakistan-2015', 'rescinded'],
    ]);
    expect(Object.isFrozen(rows[0])).toBe(true);
  });

  it('throws a TimelineError, never a TypeError, for an unknown demand or a bad argument', () => {
    expect(() => demandOutcome(pakistan, 'nope')).toThrow(TimelineError);
    expect(() => pendingOn(pakistan, 'not a date')).toThrow(TimelineError);
    expect(() => alignCases(datasets, 'sideways' as never)).toThrow(TimelineError);
  });
});

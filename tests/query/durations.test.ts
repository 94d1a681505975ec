/**
 * Days counted to and from an open end (`..`): the count is unbounded on that side, and bounded on the other.
 */
import { businessDaysBetween, daysBetween } from 'dispute-timeline';
import { indiaBlackberry2010 as india, blackberryPakistan2015 as pakistan } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

describe('days to and from an open end', () => {
  it('counts from a span still going on: no fewest, and at most the days from its start', () => {
    // 12 August 2010 to 31 January 2011: 19 + 30 + 31 + 30 + 31 + 31 = 172 days.
    expect(daysBetween('2010-08-12/..', '2011-01-31', india)).toEqual({ min: -Infinity, max: 172 });
  });

  it('counts to a span with no start: at least the days to its end, with no most', () => {
    // 24 July to 30 December 2015: 7 + 31 + 30 + 31 + 30 + 30 = 159 days.
    expect(daysBetween('../2015-07-24', '2015-12-30', pakistan)).toEqual({ min: 159, max: Infinity });
  });

  it('counts business days to a span still going on: at least those to its start', () => {
    // Friday 24 July to Wednesday 30 December 2015: 22 whole weeks (110 business days) reach Friday 25 December,
    // then Monday to Wednesday: 113.
    expect(businessDaysBetween('2015-07-24', '2015-12-30/..', pakistan)).toEqual({ min: 113, max: Infinity });
  });
});

describe('business days from an open start', () => {
  it('counts business days from a span with no start: at least those from its end, with no most', () => {
    // As above: Friday 24 July to Wednesday 30 December 2015 is 113 business days.
    expect(businessDaysBetween('../2015-07-24', '2015-12-30', pakistan)).toEqual({ min: 113, max: Infinity });
  });
});

/**
 * The query engine at the edges its generated tests do not reach: years before the common era, open ends.
 */
import {
  createDispute,
  deadlineEnding,
  deadlineState,
  query,
  type TimelineEventInput,
} from 'dispute-timeline';
import { describe, expect, it } from 'vitest';

const event = (id: string, date: string): TimelineEventInput => ({
  id,
  date,
  kind: 'statement',
  title: id,
  actors: ['a'],
  sources: [{ source: 's' }],
  confidence: 'confirmed',
});

const ancient = createDispute({ id: 'x', title: 'x', timeZone: 'UTC' })
  .actor({ id: 'a', name: 'A', kind: 'government' })
  .source({ id: 's', publisher: 'S' })
  .event(
    event('ides', '-0044-03-15'),
    event('year-zero', '0000-06'),
    event('first-millennium', '0999-01-02'),
    event('still-going', '2015-07/..'),
  )
  .build();

describe('grouping by month', () => {
  it('writes a month before the common era with its minus sign, year 0 without one, and years padded to four digits', () => {
    expect(query(ancient).events().countBy('month')).toEqual({
      '-0044-03': 1,
      '0000-06': 1,
      '0999-01': 1,
      '2015-07/..': 1,
    });
  });
});

/** A government's demand of 1 July 2015 and the deadlines set for it, read in UTC. */
function withDeadlines() {
  return createDispute({ id: 'x', title: 'x', timeZone: 'UTC' })
    .actor({ id: 'a', name: 'A', kind: 'government' }, { id: 'c', name: 'C', kind: 'company' })
    .source({ id: 's', publisher: 'S' })
    .demand({ id: 'd', date: '2015-07-01', by: ['a'], of: ['c'], subjects: ['lawful-access'], summary: 'd' });
}

const iso = (instant: number | undefined) =>
  instant === undefined || !Number.isFinite(instant) ? instant : new Date(instant).toISOString();

describe('when a deadline ended', () => {
  it('puts an enforcement no earlier than the day the deadline fell due, though it was set months before', () => {
    const dispute = withDeadlines()
      .deadline({
        id: 'dl',
        setOn: '2015-07-01',
        due: '2015-12-30',
        setBy: ['a'],
        demands: ['d'],
        outcome: { kind: 'enforced', event: 'enforcement' },
      })
      .event({ ...event('enforcement', '2016-01-05'), deadlines: ['dl'] })
      .build();
    const ending = deadlineEnding(dispute, 'dl');
    expect([iso(ending?.earliest), iso(ending?.latest)]).toEqual([
      '2015-12-30T00:00:00.000Z',
      '2016-01-05T23:59:59.999Z',
    ]);
    // Certainly pending the day before it fell due: the enforcement cannot have come before; on the day, it may have.
    expect(deadlineState(dispute, 'dl', '2015-12-29').possible).toEqual({ pending: 'yes' });
    expect(deadlineState(dispute, 'dl', '2015-12-30').possible).toEqual({ pending: 'maybe', ended: 'maybe' });
  });

  it('ends an extended deadline by the end of its due day when the extension gives no day it was set', () => {
    const dispute = withDeadlines()
      .deadline(
        { id: 'first', due: '2015-11-30', setBy: ['a'], demands: ['d'], outcome: { kind: 'extended' } },
        { id: 'second', due: '2015-12-31', setBy: ['a'], demands: ['d'], extends: 'first' },
      )
      .build();
    const ending = deadlineEnding(dispute, 'first');
    expect([ending?.earliest, iso(ending?.latest)]).toEqual([-Infinity, '2015-11-30T23:59:59.999Z']);
  });

  it('may have ended by the end of a day when the earliest it could end is that day’s last millisecond', () => {
    const dispute = withDeadlines()
      .deadline({
        id: 'dl',
        setOn: '2015-12-30T23:59:59.999Z',
        due: '2016-01-31',
        setBy: ['a'],
        demands: ['d'],
        outcome: { kind: 'rescinded', event: 'rescission' },
      })
      .event({ ...event('rescission', '2016-01-05'), deadlines: ['dl'] })
      .build();
    expect(deadlineState(dispute, 'dl', '2015-12-30').possible).toEqual({ pending: 'maybe', ended: 'maybe' });
  });
});

describe('when a deadline passed', () => {
  const dispute = withDeadlines()
    .deadline({ id: 'dl', setOn: '2015-07-01', due: '2015-12-30', setBy: ['a'], demands: ['d'] })
    .build();

  it('is not certainly passed at the last millisecond of its due day, and is passed at the first of the next', () => {
    expect(deadlineState(dispute, 'dl', '2015-12-30T23:59:59.999Z').possible).toEqual({
      pending: 'maybe',
      passed: 'maybe',
    });
    expect(deadlineState(dispute, 'dl', '2015-12-31T00:00:00.000Z').possible).toEqual({ passed: 'yes' });
  });
});

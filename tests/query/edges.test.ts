/**
 * The query engine at the edges its generated tests do not reach: years before the common era, open ends, the
 * millisecond either side of a boundary, the evidence that dates a deadline, stays.
 */
import {
  after as afterDate,
  allen,
  before as beforeDate,
  createDispute,
  daysBetween,
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

  it('never gives an ending that starts after it ends: an enforcement its event dates before the due day ends with that event', () => {
    const dispute = withDeadlines()
      .deadline({
        id: 'dl',
        due: '2015-12-30',
        setBy: ['a'],
        demands: ['d'],
        outcome: { kind: 'enforced', event: 'enforcement' },
      })
      .event({ ...event('enforcement', '2015-12-20'), deadlines: ['dl'] })
      .build();
    const ending = deadlineEnding(dispute, 'dl');
    expect([iso(ending?.earliest), iso(ending?.latest)]).toEqual([
      '2015-12-20T23:59:59.999Z',
      '2015-12-20T23:59:59.999Z',
    ]);
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
    const state = deadlineState(dispute, 'dl', '2015-12-30');
    expect(state.possible).toEqual({ pending: 'maybe', ended: 'maybe' });
    // No state is certain: the first it may be in, in the order of its life.
    expect([state.status, state.truth]).toEqual(['pending', 'maybe']);
  });

  it('is superseded as soon as its extension is set, though no ending of its own is recorded', () => {
    const dispute = withDeadlines()
      .deadline(
        { id: 'first', setOn: '2015-07-01', due: '2015-12-30', setBy: ['a'], demands: ['d'] },
        {
          id: 'second',
          setOn: '2015-11-15',
          due: '2016-01-31',
          setBy: ['a'],
          demands: ['d'],
          extends: 'first',
        },
      )
      .build();
    expect(deadlineState(dispute, 'first', '2015-11-14').possible).toEqual({ pending: 'yes' });
    expect(deadlineState(dispute, 'first', '2015-11-15').possible).toEqual({ ended: 'yes' });
  });
});

describe('when a deadline was set, without a day of its own', () => {
  // The demand is dated only to its year, so the other evidence bounds the day.
  const demandOf2015 = () =>
    createDispute({ id: 'x', title: 'x', timeZone: 'UTC' })
      .actor({ id: 'a', name: 'A', kind: 'government' }, { id: 'c', name: 'C', kind: 'company' })
      .demand({ id: 'd', date: '2015', by: ['a'], of: ['c'], subjects: ['lawful-access'], summary: 'd' });

  it('was set by the day a source that reports it was published', () => {
    const dispute = demandOf2015()
      .source({ id: 's', publisher: 'S', published: '2015-08-01' })
      .deadline({ id: 'dl', due: '2015-12-30', setBy: ['a'], demands: ['d'], sources: [{ source: 's' }] })
      .build();
    expect(deadlineState(dispute, 'dl', '2015-07-31').possible).toEqual({
      'not-yet-set': 'maybe',
      pending: 'maybe',
    });
    expect(deadlineState(dispute, 'dl', '2015-08-01').possible).toEqual({ pending: 'yes' });
  });

  it('was set by the day of an event that names it', () => {
    const dispute = demandOf2015()
      .source({ id: 's', publisher: 'S' })
      .deadline({ id: 'dl', due: '2015-12-30', setBy: ['a'], demands: ['d'] })
      .event({ ...event('reported', '2015-09-10'), deadlines: ['dl'] })
      .build();
    expect(deadlineState(dispute, 'dl', '2015-09-09').status).toBe('not-yet-set');
    expect(deadlineState(dispute, 'dl', '2015-09-10').possible).toEqual({ pending: 'yes' });
  });

  it('may have been set at an instant when the earliest it could have been set is that very millisecond', () => {
    const dispute = demandOf2015()
      .deadline({ id: 'dl', setOn: '2015-07-01T12:00Z', due: '2015-12-30', setBy: ['a'], demands: ['d'] })
      .build();
    expect(deadlineState(dispute, 'dl', '2015-07-01T11:59:59.999Z').possible).toEqual({
      'not-yet-set': 'yes',
    });
    expect(deadlineState(dispute, 'dl', '2015-07-01T12:00:00.000Z').possible).toEqual({
      'not-yet-set': 'maybe',
      pending: 'maybe',
    });
  });
});

describe('a stay', () => {
  const stayed = (...events: TimelineEventInput[]) =>
    withDeadlines()
      .deadline({ id: 'dl', setOn: '2015-07-01', due: '2015-12-30', setBy: ['a'], demands: ['d'] })
      .event(...events.map((e) => ({ ...e, deadlines: ['dl'] })))
      .build();

  it('runs from the first stay, not a second one before it is lifted, to the lift', () => {
    const dispute = stayed(
      { ...event('stay', '2015-09-01'), kind: 'stay' },
      { ...event('stay-again', '2015-10-01'), kind: 'stay' },
      { ...event('lift', '2015-11-01'), kind: 'stay-lifted' },
    );
    expect(deadlineState(dispute, 'dl', '2015-09-15').possible).toEqual({ stayed: 'yes' });
    expect(deadlineState(dispute, 'dl', '2015-11-01').possible).toEqual({ pending: 'yes' });
  });

  it('is not lifted by another event that names the deadline', () => {
    const dispute = stayed(
      { ...event('stay', '2015-09-01'), kind: 'stay' },
      event('statement', '2015-09-10'),
      { ...event('lift', '2015-11-01'), kind: 'stay-lifted' },
    );
    expect(deadlineState(dispute, 'dl', '2015-09-15').possible).toEqual({ stayed: 'yes' });
  });

  it('stays the deadline it names, not another of the same dispute asked about after it', () => {
    const dispute = withDeadlines()
      .deadline(
        { id: 'stayed', setOn: '2015-07-01', due: '2015-12-30', setBy: ['a'], demands: ['d'] },
        { id: 'other', setOn: '2015-07-01', due: '2015-12-31', setBy: ['a'], demands: ['d'] },
      )
      .event({ ...event('stay', '2015-09-01'), kind: 'stay', deadlines: ['stayed'] })
      .build();
    expect(deadlineState(dispute, 'stayed', '2015-09-15').possible).toEqual({ stayed: 'yes' });
    expect(deadlineState(dispute, 'other', '2015-09-15').possible).toEqual({ pending: 'yes' });
  });

  it('is not ended by a lift that comes before any stay', () => {
    const dispute = stayed(
      { ...event('lift', '2015-08-01'), kind: 'stay-lifted' },
      { ...event('stay', '2015-09-01'), kind: 'stay' },
    );
    expect(deadlineState(dispute, 'dl', '2015-08-15').possible).toEqual({ pending: 'yes' });
    expect(deadlineState(dispute, 'dl', '2015-09-15').possible).toEqual({ stayed: 'yes' });
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

describe('before and after a day, to the millisecond', () => {
  const utc = { timeZone: 'UTC' };

  it('may put an instant one millisecond before the day’s last before the day, and not its last', () => {
    expect(beforeDate('2015-12-30', utc).truth('2015-12-29T23:59:59.999Z')).toBe('yes');
    expect(beforeDate('2015-12-30', utc).truth('2015-12-30T23:59:59.998Z')).toBe('maybe');
    expect(beforeDate('2015-12-30', utc).truth('2015-12-30T23:59:59.999Z')).toBe('no');
  });

  it('may put an instant one millisecond after the day’s first after the day, and not its first', () => {
    expect(afterDate('2015-12-30', utc).truth('2015-12-30T00:00:00.000Z')).toBe('no');
    expect(afterDate('2015-12-30', utc).truth('2015-12-30T00:00:00.001Z')).toBe('maybe');
    expect(afterDate('2015-12-30', utc).truth('2015-12-31T00:00:00.000Z')).toBe('yes');
  });
});

describe('records by an organisation and its members', () => {
  it('lists a demand made jointly by two members of an organisation once, among many others', () => {
    // Twenty-one demands, one by two ministries of the government: the two members' lists hold that demand each.
    let builder = createDispute({ id: 'x', title: 'x', timeZone: 'UTC' }).actor(
      { id: 'gov', name: 'Government', kind: 'government' },
      { id: 'interior', name: 'Interior', kind: 'government', memberships: [{ organization: 'gov' }] },
      { id: 'telecom', name: 'Telecom', kind: 'government', memberships: [{ organization: 'gov' }] },
      { id: 'court', name: 'Court', kind: 'court' },
      { id: 'co', name: 'Company', kind: 'company' },
    );
    for (let day = 1; day <= 20; day++)
      builder = builder.demand({
        id: `court-${day}`,
        date: `2015-07-${String(day).padStart(2, '0')}`,
        by: ['court'],
        of: ['co'],
        subjects: ['lawful-access'],
        summary: 'd',
      });
    const dispute = builder
      .demand({
        id: 'joint',
        date: '2015-08-01',
        by: ['interior', 'telecom'],
        of: ['co'],
        subjects: ['lawful-access'],
        summary: 'd',
      })
      .build();
    expect(
      query(dispute)
        .demands()
        .byActor('gov')
        .toArray()
        .map((demand) => demand.id),
    ).toEqual(['joint']);
    expect(query(dispute).demands().byActor('gov').count()).toBe(1);
  });

  it('lists the demands of an organisation’s members each once, in timeline order, among few others', () => {
    // Four demands, three by members of the government: their lists are marked in a table, not sorted.
    const dispute = createDispute({ id: 'x', title: 'x', timeZone: 'UTC' })
      .actor(
        { id: 'gov', name: 'Government', kind: 'government' },
        { id: 'interior', name: 'Interior', kind: 'government', memberships: [{ organization: 'gov' }] },
        { id: 'telecom', name: 'Telecom', kind: 'government', memberships: [{ organization: 'gov' }] },
        { id: 'court', name: 'Court', kind: 'court' },
        { id: 'co', name: 'Company', kind: 'company' },
      )
      .demand(
        {
          id: 'joint',
          date: '2015-08-01',
          by: ['interior', 'telecom'],
          of: ['co'],
          subjects: ['lawful-access'],
          summary: 'd',
        },
        {
          id: 'by-court',
          date: '2015-07-20',
          by: ['court'],
          of: ['co'],
          subjects: ['lawful-access'],
          summary: 'd',
        },
        {
          id: 'telecom-alone',
          date: '2015-09-01',
          by: ['telecom'],
          of: ['co'],
          subjects: ['lawful-access'],
          summary: 'd',
        },
        {
          id: 'interior-first',
          date: '2015-07-01',
          by: ['interior'],
          of: ['co'],
          subjects: ['lawful-access'],
          summary: 'd',
        },
      )
      .build();
    const ids = (list: readonly { readonly id: string }[]) => list.map((demand) => demand.id);
    expect(ids(query(dispute).demands().byActor('gov').toArray())).toEqual([
      'interior-first',
      'joint',
      'telecom-alone',
    ]);
    expect(query(dispute).demands().byActor('gov').count()).toBe(3);
    expect(ids(query(dispute).demands().byActor('gov', { members: false }).toArray())).toEqual([]);
  });
});

describe('records by actor, actor by actor', () => {
  it('finds the demand of each of eighteen actors, past the sixteen its first table holds', () => {
    const ids = Array.from({ length: 18 }, (_, i) => `ministry-${i + 1}`);
    let builder = createDispute({ id: 'x', title: 'x', timeZone: 'UTC' }).actor(
      { id: 'co', name: 'Company', kind: 'company' },
      ...ids.map((id) => ({ id, name: id, kind: 'government' as const })),
    );
    ids.forEach((id, i) => {
      builder = builder.demand({
        id: `demand-of-${id}`,
        date: `2015-07-${String(i + 1).padStart(2, '0')}`,
        by: [id],
        of: ['co'],
        subjects: ['lawful-access'],
        summary: 'd',
      });
    });
    const dispute = builder.build();
    const found = ids.map((id) =>
      query(dispute)
        .demands()
        .byActor(id, { members: false })
        .toArray()
        .map((demand) => demand.id),
    );
    expect(found).toEqual(ids.map((id) => [`demand-of-${id}`]));
    expect(query(dispute).demands().byActor('co', { members: false }).count()).toBe(18);
  });

  it('lists once a demand its actor makes of itself', () => {
    const dispute = createDispute({ id: 'x', title: 'x', timeZone: 'UTC' })
      .actor({ id: 'a', name: 'A', kind: 'government' })
      .demand({
        id: 'd',
        date: '2015-07-01',
        by: ['a'],
        of: ['a'],
        subjects: ['lawful-access'],
        summary: 'd',
      })
      .build();
    expect(query(dispute).demands().byActor('a', { members: false }).count()).toBe(1);
    expect(
      query(dispute)
        .demands()
        .byActor('a')
        .toArray()
        .map((demand) => demand.id),
    ).toEqual(['d']);
  });
});

describe('Allen relations with open and unknown ends', () => {
  const utc = { timeZone: 'UTC' };
  const yes = (truths: Record<string, string>) => Object.keys(truths).filter((name) => truths[name] !== 'no');

  it('puts the open end of a span still going on after any unknown end, and an open start before any unknown start', () => {
    // `..` is beyond every date; an unknown end (`2015-01-01/`) is some date short of that.
    const stillGoing = allen('2015-01-01T00:00:00.000Z/..', '2015-01-01T00:00:00.000Z/', utc);
    expect(yes(stillGoing)).toEqual(['started-by']);
    expect(stillGoing['started-by']).toBe('yes');
    const alwaysWas = allen('../2015-01-01T00:00:00.000Z', '/2015-01-01T00:00:00.000Z', utc);
    expect(yes(alwaysWas)).toEqual(['finished-by']);
    expect(alwaysWas['finished-by']).toBe('yes');
  });
});

describe('a time zone given in options', () => {
  it('refuses a zone that is not a string, saying what it got', () => {
    expect(() => daysBetween('2015-01-01', '2015-02-01', { timeZone: 5 as never })).toThrow(
      expect.objectContaining({
        issues: [
          {
            code: 'invalid-argument',
            path: ['options', 'timeZone'],
            message: 'number 5 is not an IANA time zone',
            value: 5,
          },
        ],
      }),
    );
  });

  it('reads options that look like a dispute (an id, events and deadlines) as one, and reports its faults under options', () => {
    expect(() => beforeDate('2015-01-01', { id: 'x', events: [], deadlines: [] } as never)).toThrow(
      expect.objectContaining({
        issues: expect.arrayContaining([
          { code: 'missing-field', path: ['options', 'title'], message: 'title is required' },
        ]),
      }),
    );
    // Without events and deadlines, an object with an id is taken as plain options.
    expect(beforeDate('2015-01-01', { id: 'x', events: [] } as never).truth('2014')).toBe('yes');
  });

  it('refuses an abbreviation with the zones it may mean, at its path', () => {
    expect(() => daysBetween('2015-01-01', '2015-02-01', { timeZone: 'PST' })).toThrow(
      expect.objectContaining({
        issues: [
          {
            code: 'invalid-argument',
            path: ['options', 'timeZone'],
            message:
              '"PST" is an abbreviation that may mean several zones: write the IANA name of the one meant, America/Los_Angeles (US Pacific), Asia/Karachi (Pakistan Standard Time) or Asia/Manila (Philippine Standard Time)',
            value: 'PST',
          },
        ],
      }),
    );
  });
});

/**
 * What a query says when it is handed the wrong thing: an id of another kind of record, an id near none, a zone
 * that is no IANA name; and options that only look like part of a dispute are read as options.
 */
import { before as beforeDate, daysBetween, query, TimelineError } from 'dispute-timeline';
import { blackberryPakistan2015 as dispute } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/** The issues (code, path, message) of what `run` throws; fails the test when it throws no TimelineError. */
function issuesOf(run: () => unknown): [string, readonly (string | number)[], string][] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TimelineError);
    return (error as TimelineError).issues.map((issue) => [issue.code, issue.path, issue.message]);
  }
  throw new Error('expected a TimelineError');
}

describe('a query handed the wrong record', () => {
  it('names the kind of record an id belongs to when it is not the kind asked for', () => {
    expect(issuesOf(() => query(dispute).events().byDemand('blackberry-exit').count())).toEqual([
      [
        'unknown-reference',
        ['demand'],
        'the dispute has no demand "blackberry-exit"; "blackberry-exit" is a response',
      ],
    ]);
    expect(issuesOf(() => query(dispute).events().byDemand('deadline-2015-11-30').count())).toEqual([
      [
        'unknown-reference',
        ['demand'],
        'the dispute has no demand "deadline-2015-11-30"; "deadline-2015-11-30" is a deadline',
      ],
    ]);
  });

  it('suggests nothing for an id near none of the collection', () => {
    expect(issuesOf(() => query(dispute).events().bySource('zzzzzzzzzzzzzzzz').count())).toEqual([
      ['unknown-reference', ['source'], 'the dispute has no source "zzzzzzzzzzzzzzzz"'],
    ]);
  });
});

describe('the options of a time predicate', () => {
  it('refuses a zone that is no IANA name, and says so at options.timeZone', () => {
    expect(issuesOf(() => beforeDate('2015-07-25', { timeZone: 'Mars/Olympus_Mons' }))).toEqual([
      [
        'invalid-argument',
        ['options', 'timeZone'],
        '"Mars/Olympus_Mons" is not an IANA time zone name (Area/Location, such as Asia/Karachi, or UTC)',
      ],
    ]);
    expect(issuesOf(() => daysBetween('2015-07-01', '2015-08-01', { timeZone: 'IST' }))[0]?.[1]).toEqual([
      'options',
      'timeZone',
    ]);
  });

  it('reads options that only look like part of a dispute as options, not as a dispute', () => {
    for (const options of [{ id: 'x' }, { id: 'x', events: [] }, { events: [], deadlines: [] }]) {
      const predicate = beforeDate('2015-07-25', options as never);
      expect(predicate('2015-07-01')).toBe(true);
      expect(predicate('2015-08-01')).toBe(false);
    }
  });
});

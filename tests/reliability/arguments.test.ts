/**
 * Formatters and parsers given what they were not written for: each answers with a TimelineError that names
 * the argument, never a TypeError from inside, and a dispute the library did not build is validated first.
 */
import {
  eventsBefore,
  formatIssues,
  formatPath,
  formatTimelineText,
  parseDate,
  query,
  serializeDispute,
} from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../support/issues.js';

const copy = () => JSON.parse(serializeDispute(blackberryPakistan2015)) as typeof blackberryPakistan2015;

describe('formatTimelineText and serializeDispute with bad arguments', () => {
  it('reports every problem of a hand-made dispute, under the dispute argument', () => {
    expect(issuesOf(() => formatTimelineText({} as never))).toEqual([
      'missing-field at dispute.id',
      'missing-field at dispute.title',
    ]);
    expect(issuesOf(() => serializeDispute(null as never))).toEqual(['wrong-type at dispute']);
    const broken = { ...copy(), events: [{ ...copy().events[0], date: 2015 }, ...copy().events.slice(1)] };
    expect(issuesOf(() => serializeDispute(broken as never))).toEqual([
      'wrong-type at dispute.events[0].date',
    ]);
  });

  it('rejects a width that is not a number, a heading that is not a boolean and events of another dispute', () => {
    expect(issuesOf(() => formatTimelineText(blackberryPakistan2015, { width: '80' as never }))).toEqual([
      'invalid-argument at options.width',
    ]);
    expect(issuesOf(() => formatTimelineText(blackberryPakistan2015, { heading: 'no' as never }))).toEqual([
      'invalid-argument at options.heading',
    ]);
    expect(
      issuesOf(() => formatTimelineText(blackberryPakistan2015, { events: [{ id: 'elsewhere' }] as never })),
    ).toEqual(['unknown-reference at options.events[0]']);
    expect(issuesOf(() => serializeDispute(blackberryPakistan2015, { indent: 11 }))).toEqual([
      'invalid-argument at options.indent',
    ]);
  });

  it('formats and writes a valid dispute it did not build exactly as the one it built', () => {
    expect(formatTimelineText(copy())).toBe(formatTimelineText(blackberryPakistan2015));
    expect(serializeDispute(copy())).toBe(serializeDispute(blackberryPakistan2015));
  });
});

describe('queries on a dispute the library did not build', () => {
  it('validates it first and answers as on the built one', () => {
    expect(eventsBefore(copy(), 'deadline-2015-12-30').certain.map((e) => e.id)).toEqual(
      eventsBefore(blackberryPakistan2015, 'deadline-2015-12-30').certain.map((e) => e.id),
    );
    const broken = { ...copy(), events: [{ ...copy().events[0], sources: [] }, ...copy().events.slice(1)] };
    expect(
      issuesOf(() =>
        query(broken as never)
          .events()
          .count(),
      ),
    ).toEqual(['missing-source at dispute.events[0].sources']);
  });

  it('sees a change made to it between two calls', () => {
    const dispute = copy();
    const before = query(dispute).events().count();
    (dispute.events as unknown[]).shift(); // the 2010 precedent, which no other record names
    expect(query(dispute).events().count()).toBe(before - 1);
  });
});

describe('formatIssues, formatPath and parseDate with bad arguments', () => {
  it('names the argument that is not a list of issues or of keys', () => {
    expect(issuesOf(() => formatIssues(null as never))).toEqual(['invalid-argument at issues']);
    expect(issuesOf(() => formatIssues([{ code: 'wrong-type' }] as never))).toEqual([
      'invalid-argument at issues[0]',
    ]);
    expect(issuesOf(() => formatPath('events' as never))).toEqual(['invalid-argument at path']);
  });

  it('reads a date in UTC when the options are null, and rejects a zone that is not a string', () => {
    expect(parseDate('2015-12-30', null as never).earliest).toBe(Date.UTC(2015, 11, 30));
    expect(parseDate('2015-12-30', { timeZone: undefined }).earliest).toBe(Date.UTC(2015, 11, 30));
    expect(issuesOf(() => parseDate('2015-12-30', { timeZone: 5 as never }))).toEqual([
      'invalid-time-zone at options.timeZone',
    ]);
  });
});

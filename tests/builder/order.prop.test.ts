/**
 * A built dispute's events are in timeline order: by first instant, then the coarser precision first (a month before its first day), then by id.
 * The builder judges the order as it reads the events and sorts only when they are not in it already; checked
 * against a plain sort, for events read in place (JSON), copied (a builder), and parsed by the schema.
 */
import {
  createDispute,
  DATE_PRECISIONS,
  parseDate,
  parseDispute,
  type TimelineEventInput,
} from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heavyRuns } from '../support/runs.js';
import { statementOn } from './fixtures.js';

const DATES = ['2015-12-30', '2015-12', '2015-12-31', '2015', '2015-12-30T10:00', '2015-12-29/2015-12-31'];
const header = { id: 'case', title: 'Case', timeZone: 'Asia/Karachi' };
const records = {
  actors: [{ id: 'co', name: 'Company', kind: 'company' }],
  sources: [{ id: 'src', publisher: 'Publisher' }],
};

// Ids that differ in their first characters, and ids that share a long part after them: the build orders a tie by
// numbers made from four characters of each id, and only the records can tell the second kind apart.
const events = fc
  .uniqueArray(fc.stringMatching(/^[a-c](-same-part-)?[a-c0-9]{0,2}$/), { maxLength: 30 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record({ date: fc.constantFrom(...DATES), schema: fc.boolean() }).map(({ date, schema }) => {
          const event = statementOn(id, date);
          // Fields out of the schema's order send the event to the schema instead of the reader.
          return schema ? { title: event['title'], ...event } : event;
        }),
      ),
    ),
  );

function naiveOrder(list: readonly Record<string, unknown>[]): string[] {
  const keyed = list.map((e) => {
    const date = parseDate(e['date'] as string, { timeZone: header.timeZone });
    return { id: e['id'] as string, earliest: date.earliest, rank: DATE_PRECISIONS.indexOf(date.precision) };
  });
  keyed.sort(
    (a, b) => a.earliest - b.earliest || a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return keyed.map((e) => e.id);
}

describe('the order of built events', () => {
  it('is the timeline order however the events come, read in place, copied or parsed (property)', () => {
    fc.assert(
      fc.property(events, (list) => {
        const expected = naiveOrder(list);
        let builder = createDispute(header)
          .actor(...(records.actors as never[]))
          .source(...records.sources);
        for (const e of list) builder = builder.event(e as unknown as TimelineEventInput);
        expect(builder.build().events.map((e) => e.id)).toEqual(expected);
        const json = JSON.stringify({ formatVersion: 1, ...header, ...records, events: list });
        expect(parseDispute(json).events.map((e) => e.id)).toEqual(expected);
      }),
      heavyRuns(300),
    );
  });
});

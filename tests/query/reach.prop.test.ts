/**
 * Possible and uncertain lists search each class of spans (days, months, quarters, years…) from where its
 * longest span could still reach the window: checked on a generated dispute, whose events mix all of them,
 * against a plain filter over every event's parsed date.
 */

import { parseDate, query } from 'dispute-timeline';
import { generateDispute } from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heavyRuns } from '../support/runs.js';

const dispute = generateDispute({ events: 3_000, seed: 7 });
const zone = dispute.timeZone ?? 'UTC';
const dated = dispute.events.map((event) => ({
  id: event.id,
  date: parseDate(event.date, { timeZone: zone }),
}));

const DAY = 86_400_000;
const FIRST = Date.UTC(2004, 6, 1);
const day = (offset: number) => new Date(FIRST + offset * DAY).toISOString().slice(0, 10);
/** A window from a day of 2004–2017, a day to three years long. */
const window = fc
  .tuple(fc.integer({ min: 0, max: 13 * 365 }), fc.integer({ min: 0, max: 3 * 365 }))
  .map(([start, length]) => [day(start), day(start + length)] as const);

describe('possible and uncertain lists over spans of every length', () => {
  it('list between two days exactly the events a filter over parsed dates keeps', () => {
    fc.assert(
      fc.property(window, ([from, to]) => {
        const start = parseDate(from, { timeZone: zone }).earliest;
        const end = parseDate(to, { timeZone: zone }).latest;
        const overlaps = ({ date }: (typeof dated)[number]) => date.earliest <= end && date.latest >= start;
        const inside = ({ date }: (typeof dated)[number]) => date.earliest >= start && date.latest <= end;
        const q = query(dispute).events().between(from, to);
        expect(
          q
            .possible()
            .toArray()
            .map((e) => e.id),
        ).toEqual(dated.filter(overlaps).map((e) => e.id));
        expect(
          q
            .uncertain()
            .toArray()
            .map((e) => e.id),
        ).toEqual(dated.filter((e) => overlaps(e) && !inside(e)).map((e) => e.id));
        expect(
          q
            .possible()
            .toLabelled()
            .map(({ item }) => item.id),
        ).toEqual(dated.filter(overlaps).map((e) => e.id));
      }),
      heavyRuns(100),
    );
  });

  it('list after a day exactly the events that may, or only may, come after it', () => {
    fc.assert(
      fc.property(window, ([from]) => {
        const ref = parseDate(from, { timeZone: zone });
        const q = query(dispute).events().after(from);
        expect(
          q
            .possible()
            .toArray()
            .map((e) => e.id),
        ).toEqual(dated.filter(({ date }) => date.latest > ref.earliest).map((e) => e.id));
        expect(
          q
            .uncertain()
            .toArray()
            .map((e) => e.id),
        ).toEqual(
          dated
            .filter(({ date }) => date.latest > ref.earliest && date.earliest <= ref.latest)
            .map((e) => e.id),
        );
      }),
      heavyRuns(50),
    );
  });
});

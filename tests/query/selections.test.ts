/**
 * Selections chained on one query keep the records every one of them keeps: the engine intersects their lists of
 * positions (shortest first), so each pair and triple is checked against a plain filter over the events, on a
 * generated dispute where the lists differ in length and overlap in part.
 */
import { type Confidence, type EventKind, query, type TimelineEvent } from 'dispute-timeline';
import { generateDispute } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

const dispute = generateDispute({ events: 600, seed: 7 });
const KINDS: readonly EventKind[] = ['notification', 'demand', 'response', 'meeting'];
const SOURCES = ['src-5', 'src-0', 'src-7'];
const ACTORS = ['bb', 'pta', 'org-0'];
const CONFIDENCES: readonly (readonly Confidence[])[] = [['confirmed'], ['reported', 'unverified']];

const ids = (events: readonly TimelineEvent[]) => events.map((event) => event.id);
const kept = (test: (event: TimelineEvent) => boolean) => ids(dispute.events.filter(test));

describe('selections chained on one query', () => {
  it('keep the events both of a kind and citing a source, in timeline order', () => {
    for (const kind of KINDS)
      for (const source of SOURCES) {
        const expected = kept(
          (event) => event.kind === kind && event.sources.some((citation) => citation.source === source),
        );
        expect(
          ids(query(dispute).events().byKind(kind).bySource(source).toArray()),
          `${kind} ${source}`,
        ).toEqual(expected);
        expect(query(dispute).events().bySource(source).byKind(kind).count()).toBe(expected.length);
      }
  });

  it('keep the events that name an actor, are of a kind and have one of some confidences, in any order of the three', () => {
    let nonEmpty = 0;
    for (const actor of ACTORS)
      for (const kind of KINDS)
        for (const confidences of CONFIDENCES) {
          const expected = kept(
            (event) =>
              event.actors.includes(actor as never) &&
              event.kind === kind &&
              confidences.includes(event.confidence),
          );
          if (expected.length > 0) nonEmpty++;
          const events = () => query(dispute).events();
          const orders = [
            events()
              .byActor(actor, { members: false })
              .byKind(kind)
              .byConfidence(...confidences),
            events()
              .byConfidence(...confidences)
              .byActor(actor, { members: false })
              .byKind(kind),
            events()
              .byKind(kind)
              .byConfidence(...confidences)
              .byActor(actor, { members: false }),
          ];
          for (const chained of orders) expect(ids(chained.toArray()), `${actor} ${kind}`).toEqual(expected);
        }
    // The dispute is one where the selections meet: most triples keep some events, not none.
    expect(nonEmpty).toBeGreaterThan(12);
  });

  it('keep nothing when two selections share no event', () => {
    expect(kept((event) => event.kind === 'demand')).not.toEqual([]);
    expect(query(dispute).events().byKind('demand').byKind('response').toArray()).toEqual([]);
    expect(query(dispute).events().byKind('demand').byKind('response').count()).toBe(0);
  });
});

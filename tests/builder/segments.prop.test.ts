/**
 * Builders share the records appended along a chain and branch off where another builder has appended already:
 * every builder in a tree of appends and branches builds exactly the records on its own path, in order.
 */
import {
  type ActorInput,
  createDispute,
  type DisputeBuilder,
  type SourceInput,
  type TimelineEventInput,
} from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heavyRuns } from '../support/runs.js';

type Kind = 'actor' | 'source' | 'event';
const step = fc.record({
  from: fc.nat(),
  kind: fc.constantFrom<Kind>('actor', 'source', 'event'),
  count: fc.integer({ min: 1, max: 3 }),
});

const day = (n: number) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

describe('builders that share and branch', () => {
  it('build exactly the records on their own path, in the order appended (property)', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const root = createDispute({ id: 'case', title: 'Case' })
          .actor({ id: 'co', name: 'Company', kind: 'company' })
          .source({ id: 'src', publisher: 'Publisher' });
        const nodes: { builder: DisputeBuilder; records: [Kind, string][] }[] = [
          { builder: root, records: [] },
        ];
        let n = 0;
        for (const { from, kind, count } of steps) {
          const parent = nodes[from % nodes.length] as (typeof nodes)[number];
          const made: [Kind, string][] = [];
          const records: unknown[] = Array.from({ length: count }, () => {
            const at = n++;
            const id = `${kind}-${at}`;
            made.push([kind, id]);
            if (kind === 'actor') return { id, name: id, kind: 'person' as const };
            if (kind === 'source') return { id, publisher: 'Publisher' };
            return {
              id,
              date: day(at),
              kind: 'statement' as const,
              title: id,
              actors: ['co'],
              sources: [{ source: 'src' }],
              confidence: 'confirmed' as const,
            };
          });
          const b = parent.builder;
          const next =
            kind === 'actor'
              ? b.actor(...(records as ActorInput[]))
              : kind === 'source'
                ? b.source(...(records as SourceInput[]))
                : b.event(...(records as TimelineEventInput[]));
          nodes.push({ builder: next, records: [...parent.records, ...made] });
        }
        for (const { builder, records } of nodes) {
          const dispute = builder.build();
          const of = (kind: Kind) => records.filter(([k]) => k === kind).map(([, id]) => id);
          expect(dispute.actors.map((a) => a.id)).toEqual(['co', ...of('actor')]);
          expect(dispute.sources.map((s) => s.id)).toEqual(['src', ...of('source')]);
          expect(dispute.events.map((e) => e.id)).toEqual(of('event'));
        }
      }),
      heavyRuns(100),
    );
  });
});

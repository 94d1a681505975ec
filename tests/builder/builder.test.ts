import {
  createDispute,
  type DeadlineId,
  type Dispute,
  editDispute,
  safeUpdateDispute,
  TimelineError,
  type TimelineEventInput,
  updateDispute,
} from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { minimalInput } from './fixtures.js';

function expectDeeplyFrozen(value: unknown, path = 'root'): void {
  if (typeof value !== 'object' || value === null) return;
  expect(Object.isFrozen(value), path).toBe(true);
  for (const [key, child] of Object.entries(value)) expectDeeplyFrozen(child, `${path}.${key}`);
}

function fromFixture() {
  const input = minimalInput();
  return createDispute({ id: input.id, title: input.title, timeZone: 'Asia/Karachi' })
    .actor(...(input.actors ?? []))
    .source(...(input.sources ?? []))
    .demand(...(input.demands ?? []))
    .response(...(input.responses ?? []))
    .deadline(...(input.deadlines ?? []));
}

const event = (id: string, date: string): TimelineEventInput => ({
  id,
  date,
  kind: 'statement',
  title: `Event ${id}`,
  actors: ['co'],
  sources: [{ source: 'src' }],
  confidence: 'confirmed',
});

describe('createDispute', () => {
  it('builds a deeply frozen dispute with events in timeline order', () => {
    const dispute = fromFixture()
      .event(event('b', '2015-12-01'), event('a', '2015-12'), event('c', '2015-11-30'))
      .build();
    expect(dispute.events.map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expectDeeplyFrozen(dispute);
  });

  it('does not mutate the records it is given', () => {
    const input = minimalInput();
    const snapshot = structuredClone(input);
    createDispute({ id: 'x', title: 'x' })
      .actor(...(input.actors ?? []))
      .source(...(input.sources ?? []))
      .event(...(input.events ?? []))
      .safeBuild();
    expect(input).toEqual(snapshot);
    expect(Object.isFrozen(input.actors?.[0])).toBe(false);
  });

  it('returns a new builder at each step and leaves the old one usable', () => {
    const base = fromFixture();
    const one = base.event(event('a', '2015-08-01'));
    const two = base.event(event('b', '2015-08-02'));
    expect(one.build().events.map((e) => e.id)).toEqual(['a']);
    expect(two.build().events.map((e) => e.id)).toEqual(['b']);
    expect(base.build().events).toEqual([]);
  });

  it('throws a TimelineError listing every problem, and safeBuild returns it', () => {
    const builder = fromFixture().event({ ...event('a', '2015-02-30'), actors: ['ghost'] });
    expect(() => builder.build()).toThrow(TimelineError);
    const result = builder.safeBuild();
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => i.code).sort()).toEqual(['impossible-date', 'unknown-reference']);
    }
  });

  it('reports a record that is not an object instead of throwing a TypeError', () => {
    const result = fromFixture()
      .event(null as unknown as TimelineEventInput)
      .safeBuild();
    expect(result.success ? [] : result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['wrong-type', ['events', 0]],
    ]);
  });

  it('sets header fields with set()', () => {
    const dispute = fromFixture()
      .set({ summary: 'Summary', countries: ['PK'] })
      .build();
    expect(dispute.summary).toBe('Summary');
    expect(dispute.countries).toEqual(['PK']);
  });

  it('appends 20,000 events one by one without copying the dispute per call', () => {
    let builder = fromFixture();
    for (let i = 0; i < 20_000; i++)
      builder = builder.event(event(`e${i}`, `2015-${String((i % 12) + 1).padStart(2, '0')}`));
    expect(builder.build().events).toHaveLength(20_000);
  });
});

describe('editDispute', () => {
  it('adds records to a copy and leaves the original alone', () => {
    const before = blackberryPakistan2015.events.length;
    const edited = editDispute(blackberryPakistan2015)
      .event({
        id: 'note',
        date: '2016-01',
        kind: 'report',
        title: 'A later report',
        actors: ['blackberry'],
        sources: [{ source: 'bbc-blackberry-stays' }],
        confidence: 'reported',
      })
      .build();
    expect(edited.events).toHaveLength(before + 1);
    expect(blackberryPakistan2015.events).toHaveLength(before);
    expect(edited.actors).toEqual(blackberryPakistan2015.actors);
  });
});

describe('updateDispute', () => {
  it('derives a changed, validated, frozen dispute and shares what did not change', () => {
    const updated: Dispute = updateDispute(blackberryPakistan2015, (draft) => {
      draft.title = 'Renamed';
    });
    expect(updated.title).toBe('Renamed');
    expect(blackberryPakistan2015.title).not.toBe('Renamed');
    expect(updated.actors[0]).toEqual(blackberryPakistan2015.actors[0]);
    expectDeeplyFrozen(updated);
  });

  it('re-sorts events whose dates change', () => {
    const updated = updateDispute(blackberryPakistan2015, (draft) => {
      draft.events[0]!.date = '2016-06-01';
    });
    expect(updated.events.at(-1)?.id).toBe(blackberryPakistan2015.events[0]?.id);
  });

  it('rejects a change that breaks the dispute and leaves the original valid', () => {
    const result = safeUpdateDispute(blackberryPakistan2015, (draft) => {
      draft.deadlines[0]!.extends = 'deadline-2015-12-30' as DeadlineId;
    });
    expect(result.success ? 'ok' : result.error.issues[0].code).toBe('extension-cycle');
    expect(blackberryPakistan2015.deadlines[0]?.extends).toBeUndefined();
  });

  it('returns the same dispute when the recipe changes nothing', () => {
    expect(updateDispute(blackberryPakistan2015, () => {})).toBe(blackberryPakistan2015);
  });
});

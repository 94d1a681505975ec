import { safeParseDispute, TimelineEventSchema } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventReader, FAST_EVENTS, isCertainlyValidEvent, isId } from '../../src/builder/fast-event.js';
import { ID_PATTERN } from '../../src/model/ids.js';
import { LIMITS } from '../../src/model/limits.js';
import { brokenDisputeInput, randomDisputeInput } from '../reliability/arbitraries.js';
import { heavyRuns } from '../support/runs.js';
import { minimalInput, plainEvent } from './fixtures.js';

/** Junk for a nested field: a citation's source, a zoned date's parts. */
const nestedJunk = fc.constantFrom(null, 0, '', 'x y', '2015-02-30', 'Asia/Lahore', [], {}, 'a'.repeat(129));

/** An event, changed in one nested place (or not at all), as plain data. */
function nestedChange(g: fc.GeneratorValue, event: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(event) as Record<string, any>;
  const where = g(
    fc.constantFrom,
    'none',
    'citation',
    'citation-extra',
    'date-value',
    'date-zone',
    'date-extra',
    'list',
  );
  const citation = Array.isArray(copy['sources']) ? copy['sources'][0] : undefined;
  const object = typeof citation === 'object' && citation !== null ? citation : undefined;
  if (where === 'citation' && object) object.source = g(() => nestedJunk);
  if (where === 'citation-extra' && object) object.extra = 1;
  if (where === 'date-value') copy['date'] = { value: g(() => nestedJunk), timeZone: 'UTC' };
  if (where === 'date-zone') copy['date'] = { value: '2015-07-24', timeZone: g(() => nestedJunk) };
  if (where === 'date-extra') copy['date'] = { value: '2015-07-24', timeZone: 'UTC', extra: 1 };
  if (where === 'list') copy['actors'] = [g(() => nestedJunk)];
  return copy;
}

describe('the fast path of event validation', () => {
  it('reads an id as the id pattern does, for any text', () => {
    const chars = fc.constantFrom(...'aZ09._:-/ éx\u0000\n'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: chars, maxLength: 140 }), fc.string({ maxLength: 140 })),
        (text) => {
          expect(isId(text)).toBe(text.length <= LIMITS.id && ID_PATTERN.test(text));
        },
      ),
      heavyRuns(2_000),
    );
  });

  it('knows every field of the event schema, in its order', () => {
    expect(FAST_EVENTS).toBe(true);
  });

  it('accepts only events the schema accepts, and only where the schema would give them back unchanged', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const input = g(fc.boolean) ? randomDisputeInput(g) : brokenDisputeInput(g);
        const events = Array.isArray(input['events']) ? (input['events'] as unknown[]) : [];
        for (const raw of events) {
          const event =
            typeof raw === 'object' && raw !== null && !Array.isArray(raw)
              ? nestedChange(g, raw as Record<string, unknown>)
              : raw;
          if (!isCertainlyValidEvent(event)) continue;
          const parsed = TimelineEventSchema.safeParse(event);
          expect(parsed.success).toBe(true);
          // Same fields, same order: the canonical JSON does not change.
          expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(event));
        }
      }),
      heavyRuns(100),
    );
  });

  it('sends an event whose fields are out of schema order to the schema', () => {
    const event = {
      date: '2015-07',
      id: 'e1',
      kind: 'notification',
      title: 'Regulator notifies',
      actors: ['reg'],
      sources: [{ source: 'src' }],
      confidence: 'reported',
    };
    expect(TimelineEventSchema.safeParse(event).success).toBe(true);
    expect(isCertainlyValidEvent(event)).toBe(false);
  });

  it('sends a date in a zone not spelt canonically to the schema, which stores the canonical name', () => {
    const event = {
      id: 'e1',
      date: { value: '2015-07-24', timeZone: 'asia/karachi' },
      kind: 'notification',
      title: 'Regulator notifies',
      actors: ['reg'],
      sources: [{ source: 'src' }],
      confidence: 'reported',
    };
    expect(isCertainlyValidEvent(event)).toBe(false);
    expect(TimelineEventSchema.parse(event).date).toEqual({ value: '2015-07-24', timeZone: 'Asia/Karachi' });
  });

  it('takes no event for a dispute zone not spelt canonically or not a zone, and never throws on one', () => {
    const event = { ...plainEvent('e1'), date: '2015-07-24' };
    for (const zone of ['Asia/Karachi', 'asia/karachi', 'Mars/Olympus_Mons', 'IST']) {
      const reader = new EventReader(zone, { freeze: false });
      reader.read({ ...event });
      expect(reader.dated).toBe(zone === 'Asia/Karachi');
    }
  });

  it('sends an event with a field set to undefined to the schema', () => {
    const event = {
      id: 'e1',
      date: '2015-07',
      kind: 'notification',
      title: 'Regulator notifies',
      description: undefined,
      actors: ['reg'],
      sources: [{ source: 'src' }],
      confidence: 'reported',
    };
    expect(isCertainlyValidEvent(event)).toBe(false);
  });
});

describe('the fast path when Object.prototype has been given enumerable fields', () => {
  it('is not taken, so an event without an id of its own is not accepted', () => {
    const { id: _, ...event } = plainEvent('e1');
    const proto = Object.prototype as Record<string, unknown>;
    proto['id'] = 'inherited';
    try {
      expect(isCertainlyValidEvent(event)).toBe(false);
      const input = { ...minimalInput(), events: [event] };
      // zod reads inherited fields too (it reports one in the citation), but nothing accepts the event.
      expect(safeParseDispute(JSON.stringify(input)).success).toBe(false);
    } finally {
      delete proto['id'];
    }
  });
});

describe('events the schema parsed', () => {
  /** A valid event the fast path gives to the schema: its fields are out of schema order. */
  const outOfOrder = (id: string) => {
    const { date, ...rest } = plainEvent(id);
    return { ...rest, date, tags: ['a tag'] };
  };
  const frozenEverywhere = (event: Record<string, unknown>) =>
    Object.isFrozen(event) &&
    Object.isFrozen(event['actors']) &&
    Object.isFrozen(event['tags']) &&
    Object.isFrozen(event['sources']) &&
    (event['sources'] as object[]).every((citation) => Object.isFrozen(citation));

  it('freezes them deeply when a dispute is parsed from plain data', () => {
    const input = minimalInput() as unknown as { events: unknown[] };
    input.events.push(outOfOrder('e9'));
    const dispute = safeParseDispute(JSON.parse(JSON.stringify(input)));
    expect(dispute.success).toBe(true);
    const event = dispute.success ? dispute.data.events.find((e) => e.id === 'e9') : undefined;
    expect(event).toBeDefined();
    expect(frozenEverywhere(event as unknown as Record<string, unknown>)).toBe(true);
  });

  it('freezes them deeply when a builder copies the caller’s objects, and leaves those unfrozen', () => {
    const given = outOfOrder('e9');
    const input = minimalInput() as unknown as { events: unknown[] };
    input.events.push(given);
    const dispute = safeParseDispute(input);
    expect(dispute.success).toBe(true);
    const event = dispute.success ? dispute.data.events.find((e) => e.id === 'e9') : undefined;
    expect(frozenEverywhere(event as unknown as Record<string, unknown>)).toBe(true);
    expect(Object.isFrozen(given) || Object.isFrozen((given as Record<string, unknown>)['actors'])).toBe(
      false,
    );
  });
});

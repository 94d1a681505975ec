import { createDispute, parseDispute, safeParseDispute, serializeDispute } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { minimalInput, plainEvent } from './fixtures.js';

type Mutable = any;

/** The minimal dispute with its events replaced. */
function withEvents(...events: unknown[]): Mutable {
  const input = minimalInput() as Mutable;
  input.events = events;
  return input;
}

describe('validation reads a snapshot of its input', () => {
  it('does not take an id from a prototype, so two events cannot share one', () => {
    const inherited = Object.assign(Object.create({ id: 'e1' }), plainEvent('e1'));
    delete inherited.id;
    const result = safeParseDispute(withEvents(plainEvent('e1'), inherited));
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues).toContainEqual(
        expect.objectContaining({ code: 'missing-field', path: ['events', 1, 'id'] }),
      );
  });

  it('reads a getter once, so an id that changes on each read cannot slip past the duplicate check', () => {
    let reads = 0;
    const shifty = { ...plainEvent('x') };
    Object.defineProperty(shifty, 'id', {
      enumerable: true,
      get: () => (reads++ === 0 ? 'e2' : 'e1'),
    });
    const result = safeParseDispute(withEvents(plainEvent('e1'), shifty));
    expect(reads).toBe(1);
    // Read once as e2: valid, and its id is the one that was read.
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.events.map((e) => e.id).sort()).toEqual(['e1', 'e2']);
  });

  it('reads a reference getter once, so the built dispute has no dangling reference', () => {
    let reads = 0;
    const shifty = { ...plainEvent('e2') };
    Object.defineProperty(shifty, 'actors', {
      enumerable: true,
      get: () => (reads++ === 0 ? ['reg'] : ['nobody']),
    });
    const dispute = parseDispute(withEvents(shifty));
    expect(reads).toBe(1);
    expect(dispute.events[0]?.actors).toEqual(['reg']);
    expect(parseDispute(serializeDispute(dispute)).events[0]?.actors).toEqual(['reg']);
  });

  it('ignores the getters of a class instance and reports the fields they would give as missing', () => {
    class Notification {
      get id() {
        return 'e1';
      }
      get title() {
        return 'Regulator notifies';
      }
    }
    const instance = new Notification();
    for (const [key, value] of Object.entries(plainEvent('ignored')))
      if (key !== 'id' && key !== 'title')
        Object.defineProperty(instance, key, { value, enumerable: true, writable: true, configurable: true });
    const result = safeParseDispute(withEvents(instance));
    expect(result.success).toBe(false);
    if (!result.success) {
      const paths = result.error.issues.map((issue) => issue.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['events.0.id', 'events.0.title']));
    }
  });

  it('builds from a class instance whose fields are its own, as plain data', () => {
    class Event {
      constructor(readonly fields: Record<string, unknown>) {
        Object.assign(this, fields);
        delete (this as Mutable).fields;
      }
    }
    const dispute = parseDispute(withEvents(new Event(plainEvent('e1'))));
    expect(Object.getPrototypeOf(dispute.events[0])).toBe(Object.prototype);
    expect(dispute.events[0]?.id).toBe('e1');
  });

  it('reads each field of a proxy once', () => {
    const reads = new Map<PropertyKey, number>();
    const proxy = new Proxy(plainEvent('e1'), {
      get(target, key, receiver) {
        reads.set(key, (reads.get(key) ?? 0) + 1);
        return Reflect.get(target, key, receiver);
      },
    });
    parseDispute(withEvents(proxy));
    expect([...reads.values()].every((count) => count === 1)).toBe(true);
    expect([...reads.keys()]).toEqual(expect.arrayContaining(['id', 'date', 'actors', 'sources']));
  });

  it('reports a __proto__ field as unknown, as before', () => {
    const input = JSON.parse(
      JSON.stringify(withEvents(plainEvent('e1'))).replace('"id":"e1"', '"id":"e1","__proto__":{"x":1}'),
    );
    const result = safeParseDispute(input);
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues).toContainEqual(
        expect.objectContaining({ code: 'unknown-field', path: ['events', 0, '__proto__'] }),
      );
  });

  it('does not freeze or change what the builder was given', () => {
    const event = plainEvent('e1');
    const copy = structuredClone(event);
    const input = minimalInput();
    createDispute({ id: 'case', title: 'A case' })
      .actor(...input.actors!)
      .source(...input.sources!)
      .event(event as never)
      .build();
    expect(Object.isFrozen(event)).toBe(false);
    expect(Object.isFrozen(event['sources'])).toBe(false);
    expect(event).toEqual(copy);
  });

  it('survives a cyclic value in an unknown field with an unknown-field issue', () => {
    const cyclic: Mutable = { ...plainEvent('e1') };
    cyclic.extra = cyclic;
    const result = safeParseDispute(withEvents(cyclic));
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues).toContainEqual(
        expect.objectContaining({ code: 'unknown-field', path: ['events', 0, 'extra'] }),
      );
  });
});

describe('a shared part of the input', () => {
  it('is copied once, so a value shared down 10,000 levels (2^10000 paths) is read in linear time', () => {
    let shared: unknown = 'x';
    for (let i = 0; i < 10_000; i++) shared = { a: shared, list: [shared, shared] };
    const result = safeParseDispute({ id: 'case', title: shared, actors: [shared] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.path.join('.'))).toContain('title');
    // No timing here: the exponential walk this guards against would not end within the test's timeout.
  });
});

import { TimelineEventSchema } from 'dispute-timeline';
import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { EVENT_FIELDS, eventOfShape } from '../../src/builder/event-shapes.js';

const FIELDS = Object.keys(TimelineEventSchema.shape);
const OPTIONAL = FIELDS.flatMap((key, i) =>
  TimelineEventSchema.shape[key as keyof typeof TimelineEventSchema.shape].safeParse(undefined).success
    ? [i]
    : [],
);
const REQUIRED_MASK = FIELDS.reduce((mask, _, i) => (OPTIONAL.includes(i) ? mask : mask | (1 << i)), 0);

/** Every mask that gives all the required fields and any subset of the optional ones. */
function shapes(): number[] {
  const out: number[] = [];
  for (let subset = 0; subset < 1 << OPTIONAL.length; subset++) {
    let mask = REQUIRED_MASK;
    OPTIONAL.forEach((bit, j) => {
      if ((subset & (1 << j)) !== 0) mask |= 1 << bit;
    });
    out.push(mask);
  }
  return out;
}

describe('eventOfShape', () => {
  it("knows the event schema's fields in its order", () => {
    expect(EVENT_FIELDS).toEqual(FIELDS);
    expect(OPTIONAL.length).toBe(6);
    expect(shapes()).toHaveLength(64);
  });

  it.each(shapes())('gives the fields of mask %i in the schema order, each from its position', (mask) => {
    const values = FIELDS.map((key) => `value of ${key}`);
    const event = eventOfShape(mask, values);
    const expected = FIELDS.filter((_, i) => (mask & (1 << i)) !== 0);
    expect(event).toBeDefined();
    expect(Object.keys(event as object)).toEqual(expected);
    for (const key of expected) expect(event?.[key]).toBe(`value of ${key}`);
  });

  it('gives a new object each time, made by the same literal for the same shape', () => {
    const values = FIELDS.map((key) => `value of ${key}`);
    const first = eventOfShape(REQUIRED_MASK, values);
    const second = eventOfShape(REQUIRED_MASK, values);
    expect(first).toEqual(second);
    expect(first).not.toBe(second);
  });

  it('returns undefined for a mask that names no field or a field beyond the schema, for the caller to build', () => {
    expect(eventOfShape(0, FIELDS)).toBeUndefined();
    expect(eventOfShape(1 << FIELDS.length, FIELDS)).toBeUndefined();
    expect(eventOfShape(-1, FIELDS)).toBeUndefined();
  });

  it("makes no code from text under zod's jitless setting, for pages whose security policy forbids it", async () => {
    vi.resetModules();
    // A fresh copy of the module, which has made no literal yet.
    const fresh = await import('../../src/builder/event-shapes.js');
    const before = z.config().jitless;
    z.config({ jitless: true });
    try {
      expect(fresh.eventOfShape(REQUIRED_MASK, FIELDS)).toBeUndefined();
    } finally {
      z.config({ jitless: before });
    }
    expect(Object.keys(fresh.eventOfShape(REQUIRED_MASK, FIELDS) ?? {})).toEqual(
      FIELDS.filter((_, i) => (REQUIRED_MASK & (1 << i)) !== 0),
    );
  });
});

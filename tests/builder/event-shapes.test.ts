import { TimelineEventSchema } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { eventOfShape } from '../../src/builder/event-shapes.js';

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
  it('writes out every way to give the optional fields of the event schema', () => {
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

  it('returns undefined for a shape that lacks a required field', () => {
    expect(eventOfShape(REQUIRED_MASK & ~1, FIELDS)).toBeUndefined();
    expect(eventOfShape(0, FIELDS)).toBeUndefined();
  });
});

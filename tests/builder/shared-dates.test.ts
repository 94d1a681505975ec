/**
 * A build remembers the dates it read, by zone and text, for the builds after it (bounded, and cleared in
 * place when full): what a build gives never depends on what was built before it.
 */
import { dateOf } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { buildKarachiCase, karachiStatement } from './fixtures.js';

const event = karachiStatement;
const build = buildKarachiCase;

describe('dates remembered across builds', () => {
  it('gives the same dates when the same texts come again in another zone', () => {
    const first = build([
      event('a', '2015-12-30'),
      event('b', { value: '2015-12-30', timeZone: 'America/Toronto' }),
    ]);
    const second = build([
      event('a', { value: '2015-12-30', timeZone: 'America/Toronto' }),
      event('b', '2015-12-30'),
    ]);
    if (!first.success || !second.success) throw new Error('expected both to build');
    const instants = (d: typeof first.data) =>
      d.events.map((e) => [e.id, new Date(dateOf(e, d).earliest).toISOString()]);
    expect(instants(first.data)).toEqual([
      ['a', '2015-12-29T19:00:00.000Z'],
      ['b', '2015-12-30T05:00:00.000Z'],
    ]);
    expect(instants(second.data)).toEqual([
      ['b', '2015-12-29T19:00:00.000Z'],
      ['a', '2015-12-30T05:00:00.000Z'],
    ]);
  });

  it('reports a date that is not one on every build, a text of a megabyte included', () => {
    for (let round = 0; round < 2; round++) {
      const result = build([
        event('a', '2015-02-30'),
        event('b', 'x'.repeat(1 << 20)),
        event('c', '2015-12-30'),
      ]);
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
        ['impossible-date', 'events.0.date'],
        ['invalid-date', 'events.1.date'],
      ]);
    }
  });
});

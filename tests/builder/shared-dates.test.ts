/**
 * A build remembers the dates it read, by zone and text, for the builds after it (bounded, and cleared in
 * place when full): what a build gives never depends on what was built before it.
 */
import { createDispute, dateOf, parseDate, type TimelineEventInput } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { FULL } from '../support/mode.js';
import { statementOn } from './fixtures.js';

const header = { id: 'case', title: 'Case', timeZone: 'Asia/Karachi' };
const event = (id: string, date: TimelineEventInput['date']) =>
  statementOn(id, date) as unknown as TimelineEventInput;
const build = (events: readonly TimelineEventInput[]) => {
  let builder = createDispute(header)
    .actor({ id: 'co', name: 'Company', kind: 'company' })
    .source({ id: 'src', publisher: 'Publisher' });
  for (const e of events) builder = builder.event(e);
  return builder.safeBuild();
};

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

  it.runIf(FULL)(
    'reads dates right after it has forgotten those of 250,000 texts',
    () => {
      const texts: string[] = [];
      for (let s = 0; texts.length < 260_000; s++) {
        const at = new Date(Date.UTC(2015, 0, 1) + s * 1000).toISOString().slice(0, 19);
        texts.push(at);
      }
      const big = build(texts.map((text, i) => event(`e${i}`, text)));
      expect(big.success).toBe(true);
      const again = build([event('first', texts[0] as string), event('last', texts.at(-1) as string)]);
      if (!again.success) throw again.error;
      expect(again.data.events.map((e) => dateOf(e, again.data).earliest)).toEqual([
        parseDate(texts[0] as string, { timeZone: 'Asia/Karachi' }).earliest,
        parseDate(texts.at(-1) as string, { timeZone: 'Asia/Karachi' }).earliest,
      ]);
    },
    120_000,
  );
});

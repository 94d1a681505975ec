/**
 * The dates a build remembers are bounded: past 250,000 texts they are forgotten in place, and the next build
 * reads its dates again, right (a 260,000-event build: the full run only; shared-dates.test.ts has the rest).
 */
import { dateOf, parseDate } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { buildKarachiCase, karachiStatement } from './fixtures.js';

const event = karachiStatement;
const build = buildKarachiCase;

describe('dates remembered across builds', () => {
  it('reads dates right after it has forgotten those of 250,000 texts', () => {
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
  }, 120_000);
});

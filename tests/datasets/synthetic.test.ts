import { type DatePrecision, dateOf, parseDispute, serializeDispute } from 'dispute-timeline';
import { generateDispute } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

describe('generateDispute', () => {
  const dispute = generateDispute({ events: 2_000, seed: 3 });

  it('gives the same dispute for the same seed, and another for another seed', () => {
    expect(serializeDispute(generateDispute({ events: 2_000, seed: 3 }))).toBe(serializeDispute(dispute));
    expect(serializeDispute(generateDispute({ events: 2_000, seed: 4 }))).not.toBe(serializeDispute(dispute));
  });

  it('has as many events as asked, and reads back from its own JSON', () => {
    expect(dispute.events).toHaveLength(2_000);
    expect(serializeDispute(parseDispute(serializeDispute(dispute)))).toBe(serializeDispute(dispute));
    expect(generateDispute({ events: 0 }).events).toEqual([]);
  });

  it('mixes date precisions and zones, and chains deadlines by extension', () => {
    const precisions = new Set<DatePrecision>(
      dispute.events.map((event) => dateOf(event, dispute).precision),
    );
    expect([...precisions]).toEqual(expect.arrayContaining(['year', 'month', 'day', 'minute']));
    const zones = new Set(dispute.events.map((event) => dateOf(event, dispute).timeZone));
    expect(zones.size).toBeGreaterThan(2);
    expect(dispute.deadlines.some((deadline) => deadline.extends !== undefined)).toBe(true);
    expect(dispute.actors.length).toBeGreaterThan(8);
  });

  it('rejects a count of events that is not a whole number from 0 to 1,000,000', () => {
    for (const events of [-1, 1.5, Number.NaN, 1_000_001, '10'])
      expect(() => generateDispute({ events: events as number })).toThrow(
        expect.objectContaining({ issues: [expect.objectContaining({ code: 'invalid-argument' })] }),
      );
  });
});

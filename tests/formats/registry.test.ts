import { FORMATS, formatByName } from 'dispute-timeline';
import { datasets, generateDispute } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

describe('FORMATS', () => {
  it('has unique names, and each format writes every shipped dataset', () => {
    const names = FORMATS.map((format) => format.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['timelinejs', 'vis-timeline', 'plover', 'ical']));
    for (const format of FORMATS) {
      expect(formatByName(format.name)).toBe(format);
      expect(format.extension).toMatch(/^\.[a-z]+$/);
      for (const dispute of datasets) expect(format.write(dispute).length, format.name).toBeGreaterThan(0);
    }
  });
});

describe('every format', () => {
  it('writes no object, undefined or NaN where a value belongs, for the shipped and generated disputes', () => {
    // A field the writer forgot to turn into text shows as one of these: an ending object once did.
    const disputes = [...datasets, generateDispute({ events: 300, seed: 7 })];
    const found: string[] = [];
    for (const format of FORMATS)
      for (const dispute of disputes) {
        const text = format.write(dispute);
        const at = text.search(/\[object \w+\]|\bundefined\b|\bNaN\b/);
        if (at >= 0)
          found.push(`${format.name} ${dispute.id}: …${text.slice(Math.max(0, at - 40), at + 20)}`);
      }
    expect(found).toEqual([]);
  });
});

import { FORMATS, formatByName } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
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

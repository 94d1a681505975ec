import { createDispute, writeMermaid } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../src/formats/render/text.js';
import { hostileDispute } from './hostile-dispute.js';
import { readMermaid } from './mermaid-reader.js';

describe('writeMermaid read back by Mermaid 11', () => {
  for (const dispute of [...datasets, hostileDispute()]) {
    it(`gives back every event and deadline of ${dispute.id}, in order, with its text`, async () => {
      const text = writeMermaid(dispute);
      const reading = await readMermaid(text);
      expect(reading.title).toBe(visibleText(dispute.title));
      const events = reading.periods.flatMap((period) => period.events);
      const titles = new Set(dispute.events.map((event) => visibleText(event.title)));
      expect(events).toHaveLength(dispute.events.length + dispute.deadlines.length);
      const titled = events.filter((event) => titles.has(event));
      expect(titled).toEqual(dispute.events.map((event) => visibleText(event.title)));
      expect(
        events.filter((event) => !titles.has(event)).every((event) => event.startsWith('Deadline')),
      ).toBe(true);
      for (const period of reading.periods) expect(period.period).toMatch(/^\d{4}/);
      expect(reading.periods.map((period) => period.section)).toEqual(
        reading.periods.map((period) => period.period.slice(0, 4)),
      );
    });
  }
});

describe('writeMermaid deadlines', () => {
  it('head a deadline whose summary starts with the word with the summary alone, its outcome after it', async () => {
    const india = datasets.find((dispute) => dispute.id === 'india-blackberry-2010');
    const events = (await readMermaid(writeMermaid(india as never))).periods.flatMap(
      (period) => period.events,
    );
    expect(events.filter((event) => /^Deadline[^:]*: Deadline/.test(event))).toEqual([]);
    expect(events).toContain(
      'Deadline moved 90 days to 31 January 2011; reached with the BBM solution delivered and BES access still refused, so no outcome is recorded',
    );
    expect(events).toContain(
      'Deadline (extended): BES and BBM accessible to law enforcement by 31 August 2010',
    );
  });
});

describe('writeMermaid on hostile text', () => {
  it('keeps a time with its colon, a leading hash and every markup character as text', async () => {
    const reading = await readMermaid(writeMermaid(hostileDispute()));
    expect(reading.periods.map((period) => period.period)).toEqual(['2015-07', '2015-07-24T09:30 (Toronto)']);
    expect(reading.periods[1]?.events).toEqual(['# starts with a hash: and a colon']);
    expect(reading.periods[0]?.events[0]).toContain('<script>alert(1)</script> "double"');
  });
});

describe('writeMermaid sections', () => {
  it('puts a date with an open start, unspecified digits or a set of days in the section of its year, never a piece of its text', async () => {
    let builder = createDispute({ id: 'x', title: 'Sections', timeZone: 'UTC' })
      .actor({ id: 'gov', name: 'G', kind: 'government' })
      .source({ id: 's', publisher: 'P' });
    const dates = ['../2011-01-31', '[2015-12-30,2015-12-31]', '201X', '-0044-03-15', '2014-21'];
    for (const [i, date] of dates.entries())
      builder = builder.event({
        id: `e${i}`,
        date,
        kind: 'other',
        title: date,
        actors: ['gov'],
        sources: [{ source: 's' }],
        confidence: 'confirmed',
      });
    const reading = await readMermaid(writeMermaid(builder.build()));
    const sectionOf = Object.fromEntries(
      reading.periods.flatMap((period) => period.events.map((event) => [event, period.section])),
    );
    expect(sectionOf).toEqual({
      '../2011-01-31': '2011',
      '[2015-12-30,2015-12-31]': '2015',
      '201X': '2010',
      '-0044-03-15': '-0044',
      '2014-21': '2014',
    });
  });
});

/** TimelineJS3 and vis-timeline data, checked in Node; `tests/browser/` loads them into the viewers themselves. */

import { createRequire } from 'node:module';
import {
  createDispute,
  parseDispute,
  TimelineError,
  type TimelineJsDate,
  toTimelineJs,
  toVisTimeline,
  writeTimelineJs,
  writeVisTimeline,
} from 'dispute-timeline';
import {
  blackberryPakistan2015,
  datasets,
  indiaBlackberry2010,
  telegramRussia2017,
} from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edtfDate, randomDisputeInput, ZONES } from '../reliability/arbitraries.js';
import { ALL_HOSTILE, controlCharactersIn, HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';
import { oneEventDispute } from '../support/disputes.js';
import { heavyRuns } from '../support/runs.js';

// jsdom ships no types, and @types/jsdom is not installed: the one constructor used here, typed by hand.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};
const { document } = new JSDOM('<!doctype html><body></body>').window;

/** The element names an HTML fragment makes, when set as innerHTML. */
function elementsIn(html: string): string[] {
  const div = document.createElement('div');
  div.innerHTML = html;
  return Array.from(div.querySelectorAll('*')).map((element) => element.tagName.toLowerCase());
}

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'];

function checkDate(date: TimelineJsDate | undefined): void {
  expect(date).toBeDefined();
  for (const [key, value] of Object.entries(date ?? {})) {
    expect(PARTS).toContain(key);
    expect(Number.isInteger(value), `${key}: ${value}`).toBe(true);
  }
  // Parts are a prefix of year, month, day…: no day without a month.
  const keys = Object.keys(date ?? {});
  expect(keys).toEqual(PARTS.slice(0, keys.length));
}

/**
 * What TimelineJS3 shows as a group's row label: it strips markup from `group` (`stripMarkup`: the text of it
 * parsed as HTML) and sets that as the label's innerHTML (`TimeGroup`).
 */
function groupLabelShown(group: string): { text: string; elements: string[] } {
  const parsed = document.implementation.createHTMLDocument('');
  parsed.body.innerHTML = group;
  const label = document.createElement('div');
  label.innerHTML = parsed.body.textContent ?? '';
  return { text: label.textContent ?? '', elements: elementsIn(label.innerHTML) };
}

/** The one slide of a dispute whose one event has `date`, in `timeZone` (UTC when not given). */
function slideOf(date: string, timeZone?: string) {
  const config = toTimelineJs(
    oneEventDispute({ id: 'dated', title: 'Dated', ...(timeZone === undefined ? {} : { timeZone }) }, date),
  );
  return { ...config.events[0], scale: config.scale };
}

/** EDTF dates of the forms the random disputes do not draw: BCE, Y, exponential and significant-digit years, seasons. */
const rareDate: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.integer({ min: 1, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(
      ([y, m, d]) =>
        `-${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc
    .tuple(fc.boolean(), fc.integer({ min: 10_000, max: 10 ** 12 }))
    .map(([minus, y]) => `Y${minus ? '-' : ''}${y}`),
  fc.tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 9 })).map(([m, e]) => `Y${m}E${e}`),
  fc.tuple(fc.integer({ min: 1000, max: 2030 }), fc.integer({ min: 1, max: 3 })).map(([y, s]) => `${y}S${s}`),
  fc
    .tuple(
      fc.integer({ min: 1990, max: 2030 }),
      fc.integer({ min: 21, max: 41 }),
      fc.constantFrom('', '~', '?'),
    )
    .map(([y, code, mark]) => `${y}-${code}${mark}`),
);

describe('toTimelineJs', () => {
  it('gives every event and deadline a slide with integer date parts, a headline and a unique slug', () => {
    for (const dispute of datasets) {
      const config = toTimelineJs(dispute);
      expect(config.events).toHaveLength(dispute.events.length + dispute.deadlines.length);
      const ids = [config.title.unique_id, ...config.events.map((slide) => slide.unique_id)];
      expect(new Set(ids).size).toBe(ids.length);
      for (const slide of config.events) {
        expect(slide.unique_id).toMatch(/^[a-z0-9-]+$/);
        expect(slide.text.headline.length).toBeGreaterThan(0);
        checkDate(slide.start_date);
        if (slide.end_date !== undefined) checkDate(slide.end_date);
      }
      expect(JSON.parse(writeTimelineJs(dispute))).toEqual(config);
    }
  });

  it('says on each deadline slide how the deadline ended and when, as text a browser shows', () => {
    const slides = toTimelineJs(blackberryPakistan2015).events;
    const shown = (id: string) => {
      const div = document.createElement('div');
      div.innerHTML = slides.find((slide) => slide.unique_id === `deadline-${id}`)?.text.text ?? '';
      return div.textContent;
    };
    expect(shown('deadline-2015-11-30')).toContain('Outcome: extended on 2015-11-30.');
    expect(shown('deadline-2015-12-30')).toContain(
      "Outcome: rescinded. The date of the government's decision is not known",
    );
  });

  it('names a source cited twice by one event once in the credit line a browser shows', () => {
    const slides = toTimelineJs(indiaBlackberry2010).events;
    const credit = (id: string) => {
      const div = document.createElement('div');
      div.innerHTML = slides.find((slide) => slide.unique_id === id)?.text.text ?? '';
      return div.querySelector('.tl-credit')?.textContent;
    };
    // Both events cite one article twice, with two quotes.
    expect(credit('event-january-deadline-reached')).toBe('Sources: AllThingsD');
    expect(credit('event-interception-system-ready')).toBe(
      'Sources: The Economic Times, MediaNama, Mashable',
    );
  });

  it('heads a deadline whose summary starts with "Deadline" with the summary alone, not "Deadline: Deadline…"', () => {
    const headlines = datasets.flatMap((dispute) =>
      toTimelineJs(dispute).events.map((slide) => {
        const div = document.createElement('div');
        div.innerHTML = slide.text.headline;
        return div.textContent ?? '';
      }),
    );
    expect(headlines).toContain(
      "Deadline extended to the end of Monday 9 August so that the operators' solutions can be tested",
    );
    expect(headlines.filter((headline) => /deadline:? deadline/i.test(headline))).toEqual([]);
    expect(headlines).toContain('Deadline: BES and BBM accessible to law enforcement by 31 August 2010');
  });

  it("shows a group's name as written, markup and entities in it as text, in TimelineJS3's row label", () => {
    const name = 'AT&T <Gov> &lt;img src=x onerror=alert(1)&gt;';
    const dispute = oneEventDispute({ id: 'groups', title: 'Groups' }, '2015-07-24', name);
    const [slide] = toTimelineJs(dispute).events;
    expect(groupLabelShown(slide?.group ?? '')).toEqual({ text: name, elements: [] });
    for (const dispute of datasets)
      for (const { group } of toTimelineJs(dispute).events)
        expect(groupLabelShown(group ?? '').text).toBe(group);
  });

  it("writes the group of Telegram's lawyers as their name, escaped for HTML's element content only", () => {
    const groups = toTimelineJs(telegramRussia2017).events.map((slide) => slide.group);
    expect(groups).toContain("Telegram's lawyers (Agora)");
    expect(groups.filter((group) => group?.includes('&'))).toEqual([]);
    expect(writeTimelineJs(telegramRussia2017)).toContain('"group": "Telegram\'s lawyers (Agora)"');
    expect(groupLabelShown("Telegram's lawyers (Agora)").text).toBe("Telegram's lawyers (Agora)");
  });

  it('gives date parts only as precise as the source, and qualifiers in display_date', () => {
    const slides = toTimelineJs(indiaBlackberry2010).events;
    const slide = (id: string) => slides.find((s) => s.unique_id === `event-${id}`);
    expect(slide('interception-system-ready')?.start_date).toEqual({ year: 2013, month: 7 });
    expect(slide('interception-system-ready')?.display_date).toBeUndefined();
    expect(slide('extension-to-2011-01-31')).toMatchObject({
      start_date: { year: 2010, month: 10, day: 12 },
      display_date: 'about 2010-10-12',
    });
    const precedent = toTimelineJs(blackberryPakistan2015).events.find(
      (s) => s.unique_id === 'event-india-2010-precedent',
    );
    expect(precedent?.start_date).toEqual({ year: 2010 });
  });

  it('starts a BCE, Y, exponential or significant-digit year where it falls, its text in display_date', () => {
    expect(slideOf('-0044-03-15')).toMatchObject({
      start_date: { year: -44, month: 3, day: 15 },
      display_date: '-0044-03-15',
      scale: 'human',
    });
    expect(slideOf('Y170000002')).toMatchObject({
      start_date: { year: 170000002 },
      display_date: 'Y170000002',
      scale: 'cosmological',
    });
    expect(slideOf('Y-17E7')).toMatchObject({ start_date: { year: -170000000 }, display_date: 'Y-17E7' });
    expect(slideOf('Y17E7')).toMatchObject({ start_date: { year: 170000000 }, display_date: 'Y17E7' });
    // Some year of 1900–1999: the first of them.
    expect(slideOf('1950S2')).toMatchObject({ start_date: { year: 1900 }, display_date: '1950S2' });
    expect(slideOf('?2004-06-~11')).toMatchObject({ start_date: { year: 2004, month: 6, day: 11 } });
  });

  it('gives a season, quarter or semester the months of its span and names it in display_date', () => {
    expect(slideOf('2015-21')).toMatchObject({
      start_date: { year: 2015, month: 3 },
      end_date: { year: 2015, month: 11 },
      display_date: 'spring 2015 (2015-21)',
    });
    expect(slideOf('2015-28~')).toMatchObject({
      start_date: { year: 2015, month: 12 },
      end_date: { year: 2016, month: 2 },
      display_date: 'about northern winter 2015 (2015-28)',
    });
    expect(slideOf('2015-40')).toMatchObject({
      start_date: { year: 2015, month: 1 },
      end_date: { year: 2015, month: 6 },
    });
    expect(slideOf('2015/2016-33')).toMatchObject({
      start_date: { year: 2015 },
      end_date: { year: 2016, month: 3 },
      display_date: '2015 to first quarter of 2016 (2016-33)',
    });
  });

  it('says in display_date the UTC offset a time is written with, not the wall clock of the dispute', () => {
    expect(slideOf('2015-11-30T09:05Z', 'Asia/Karachi')).toMatchObject({
      start_date: { year: 2015, month: 11, day: 30, hour: 9, minute: 5 },
      display_date: '2015-11-30T09:05Z',
    });
    expect(slideOf('2015-11-30T09:05+05:00', 'Asia/Karachi').display_date).toBe('2015-11-30T09:05+05:00');
    expect(slideOf('2015-11-30T09:05', 'Asia/Karachi').display_date).toBeUndefined();
  });

  it('starts every slide in a month TimelineJS3 reads as one, for dates of every EDTF form', () => {
    fc.assert(
      fc.property(fc.oneof(edtfDate, rareDate), fc.constantFrom(...ZONES), (date, zone) => {
        const slide = slideOf(date, zone);
        checkDate(slide.start_date);
        if (slide.end_date !== undefined) checkDate(slide.end_date);
        for (const month of [slide.start_date?.month, slide.end_date?.month])
          if (month !== undefined) expect([month, month >= 1 && month <= 12]).toEqual([month, true]);
      }),
      heavyRuns(300),
    );
  });

  it('keeps an interval end that TimelineJS3 would drop as equal to its start', () => {
    const build = (date: string) => slideOf(date);
    expect(build('2016/2016-03')).toMatchObject({
      start_date: { year: 2016, month: 1 },
      end_date: { year: 2016, month: 3 },
      display_date: '2016 to 2016-03',
    });
    expect(build('2010-08/2010-09')).toMatchObject({
      start_date: { year: 2010, month: 8 },
      end_date: { year: 2010, month: 9 },
    });
    expect(build('2010-08-12/..')).toMatchObject({
      start_date: { year: 2010, month: 8, day: 12 },
      display_date: 'from 2010-08-12 onwards',
    });
    expect(build('../2011-01')).toMatchObject({
      start_date: { year: 2011, month: 1 },
      display_date: 'until 2011-01',
    });
    expect(build('2015-11-30T09:05:07.25+05:00')).toMatchObject({
      start_date: { year: 2015, month: 11, day: 30, hour: 9, minute: 5, second: 7, millisecond: 250 },
    });
    expect(build('2015-11-30T09:05:07')?.start_date).toEqual({
      year: 2015,
      month: 11,
      day: 30,
      hour: 9,
      minute: 5,
      second: 7,
    });
    expect(build('201X')).toMatchObject({ start_date: { year: 2010 }, display_date: '201X' });
  });

  it('starts a set or list of dates at its first member, ends it at its last, and names every member', () => {
    const withDate = (date: string) =>
      oneEventDispute({ id: 'sets', title: 'Sets', timeZone: 'Asia/Karachi' }, date);
    // TimelineJS3 drops a slide without start_date silently.
    expect(toTimelineJs(withDate('[2015-12-30,2015-12-31]')).events[0]).toMatchObject({
      start_date: { year: 2015, month: 12, day: 30 },
      end_date: { year: 2015, month: 12, day: 31 },
      display_date: 'one of 2015-12-30, 2015-12-31',
    });
    expect(toTimelineJs(withDate('{2015-12-30,2016-01}')).events[0]).toMatchObject({
      start_date: { year: 2015, month: 12, day: 30 },
      end_date: { year: 2016, month: 1 },
      display_date: 'all of 2015-12-30, 2016-01',
    });
    expect(toVisTimeline(withDate('[2015-12-30,2015-12-31]')).items[0]?.title).toBe(
      'one of 2015-12-30, 2015-12-31: Order',
    );
  });

  it('makes a timeline of demands and responses when there are no events or deadlines, and refuses an empty one', () => {
    const onlyDemand = createDispute({ id: 'bare', title: 'Bare' })
      .actor(
        { id: 'gov', name: 'Government', kind: 'government' },
        { id: 'co', name: 'Company', kind: 'company' },
      )
      .demand({
        id: 'd',
        date: '2015-07',
        by: ['gov'],
        of: ['co'],
        subjects: ['lawful-access'],
        summary: 'Access',
      })
      .build();
    expect(toTimelineJs(onlyDemand).events).toEqual([
      {
        unique_id: 'demand-d',
        start_date: { year: 2015, month: 7 },
        text: { headline: 'Access' },
        group: 'Government',
      },
    ]);
    expect(() => toTimelineJs(createDispute({ id: 'empty', title: 'Empty' }).build())).toThrow(TimelineError);
  });

  it('gives valid slides for random disputes, every form of date included', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const dispute = parseDispute(randomDisputeInput(g));
        if (
          dispute.events.length +
            dispute.deadlines.length +
            dispute.demands.length +
            dispute.responses.length ===
          0
        )
          return;
        for (const slide of toTimelineJs(dispute).events) {
          checkDate(slide.start_date);
          if (slide.end_date !== undefined) checkDate(slide.end_date);
        }
      }),
      heavyRuns(100),
    );
  });
});

describe('toVisTimeline', () => {
  it('refuses, with a TimelineError naming each one, the dates beyond the years a JavaScript Date holds', () => {
    const dispute = createDispute({ id: 'far', title: 'Far' })
      .actor({ id: 'gov', name: 'Government', kind: 'government' })
      .source({ id: 'src', publisher: 'P' })
      .event(
        ...['2015-11-30', 'Y170000002', '-0044-03-15', 'Y-170000002'].map((date, i) => ({
          id: `e${i}`,
          date,
          kind: 'statement' as const,
          title: `Event ${i}`,
          actors: ['gov'],
          sources: [{ source: 'src' }],
          confidence: 'reported' as const,
        })),
      )
      .build();
    let error: unknown;
    try {
      toVisTimeline(dispute);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TimelineError);
    const issues = (error as TimelineError).issues;
    // Events in timeline order: Y-170000002 first, Y170000002 last.
    expect(issues.map((one) => [one.code, one.path.join('.'), one.value])).toEqual([
      ['invalid-date', 'events.0.date', 'Y-170000002'],
      ['invalid-date', 'events.3.date', 'Y170000002'],
    ]);
    const near = createDispute({ id: 'near', title: 'Near' })
      .actor({ id: 'gov', name: 'Government', kind: 'government' })
      .source({ id: 'src', publisher: 'P' })
      .event({ ...dispute.events[1], date: '-0044-03-15' } as never)
      .build();
    expect(toVisTimeline(near).items[0]).toMatchObject({
      start: '-000044-03-15T00:00:00.000Z',
      type: 'point',
    });
  });

  it('draws a day as a point, a month as a range over it, and a deadline as a background, in UTC', () => {
    const { items, groups } = toVisTimeline(indiaBlackberry2010);
    const item = (id: string) => items.find((i) => i.id === id);
    expect(item('event:dot-orders-suspension')).toMatchObject({
      type: 'point',
      start: '2011-02-12T18:30:00.000Z',
    });
    expect(item('event:dot-orders-suspension')?.end).toBeUndefined();
    expect(item('event:interception-system-ready')).toMatchObject({
      type: 'range',
      start: '2013-06-30T18:30:00.000Z',
      end: '2013-07-31T18:30:00.000Z',
    });
    // Approximate: the day before to the day after.
    expect(item('event:extension-to-2011-01-31')).toMatchObject({
      type: 'range',
      start: '2010-10-10T18:30:00.000Z',
      end: '2010-10-13T18:30:00.000Z',
    });
    expect(item('deadline:deadline-2011-01-31')).toMatchObject({ type: 'background' });
    for (const { start, end } of items) {
      expect(start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      if (end !== undefined) expect(end).toMatch(/Z$/);
    }
    const groupIds = new Set(groups.map((group) => group.id));
    for (const event of items.filter((i) => i.type !== 'background'))
      expect(groupIds.has(event.group ?? '')).toBe(true);
    expect(JSON.parse(writeVisTimeline(indiaBlackberry2010))).toEqual({ items, groups });
  });

  it('gives UTC instants, ranges that end after they start, and a group for every event, for random disputes', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const dispute = parseDispute(randomDisputeInput(g));
        const { items, groups } = toVisTimeline(dispute);
        expect(items).toHaveLength(dispute.events.length + dispute.deadlines.length);
        const groupIds = new Set(groups.map((group) => group.id));
        for (const item of items) {
          expect(item.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
          if (item.end !== undefined) expect(Date.parse(item.end)).toBeGreaterThan(Date.parse(item.start));
          if (item.id.startsWith('event:')) expect(groupIds.has(item.group ?? '')).toBe(true);
          expect(item.type === 'point').toBe(item.end === undefined);
        }
      }),
      heavyRuns(100),
    );
  });

  it('labels a deadline whose summary starts with "Deadline" with the summary alone, not "Deadline: Deadline…"', () => {
    const labels = datasets.flatMap((dispute) =>
      toVisTimeline(dispute)
        .items.filter((item) => item.id.startsWith('deadline:'))
        .flatMap((item) => [item.content, item.title]),
    );
    expect(labels).toContain('Deadline moved 90 days to 31 January 2011');
    expect(labels.filter((label) => /deadline:? deadline/i.test(label))).toEqual([]);
  });

  it("says in a deadline's tooltip what it extends, what is at stake and how it ended", () => {
    const { items } = toVisTimeline(blackberryPakistan2015);
    const tooltip = (id: string) => {
      const div = document.createElement('div');
      div.innerHTML = items.find((item) => item.id === `deadline:${id}`)?.title ?? '';
      return Array.from(div.childNodes, (node) => node.textContent).filter((line) => line !== '');
    };
    expect(tooltip('deadline-2015-11-30')).toEqual([
      '2015-11-30: Deadline: Last day of BES in Pakistan: no BES connection active after 30 November 2015',
      'If not met: BES blocked from 1 December 2015.',
      'Outcome: extended on 2015-11-30.',
    ]);
    expect(tooltip('deadline-2015-12-30').slice(1, 3)).toEqual([
      'Extends the deadline of 2015-11-30.',
      'If not met: BES shut down and BlackBerry leaves Pakistan.',
    ]);
    expect(tooltip('deadline-2015-12-30')[3]).toMatch(
      /^Outcome: rescinded\. The date of the government's decision/,
    );
  });

  it('refuses a precision that is not one', () => {
    expect(() => toVisTimeline(indiaBlackberry2010, { pointPrecision: 'week' as never })).toThrow(
      TimelineError,
    );
  });
});

describe('hostile text in the timeline viewers', () => {
  it.each([...HOSTILE_STRINGS, ALL_HOSTILE].map((text) => [JSON.stringify(text).slice(0, 50), text]))(
    'comes out inert: %s',
    (_, text) => {
      const dispute = parseDispute(hostileDispute(text));
      const { items, groups } = toVisTimeline(dispute);
      for (const html of [
        ...items.flatMap((item) => [item.content, item.title]),
        ...groups.map((group) => group.content),
      ]) {
        expect(elementsIn(html).filter((name) => name !== 'br')).toEqual([]);
        expect(controlCharactersIn(html, ['\t'])).toEqual([]);
      }
      const config = toTimelineJs(dispute);
      for (const slide of [config.title, ...config.events]) {
        expect(elementsIn(slide.text.headline)).toEqual([]);
        const body = elementsIn(slide.text.text ?? '');
        expect(body.filter((name) => !['p', 'br', 'a'].includes(name))).toEqual([]);
        expect(
          controlCharactersIn(`${slide.text.headline}${slide.text.text ?? ''}`, ['\t', '\n', '\r']),
        ).toEqual([]);
      }
      expect(JSON.parse(writeTimelineJs(dispute))).toEqual(config);
      expect(JSON.parse(writeVisTimeline(dispute))).toEqual({ items, groups });
    },
  );
});

/**
 * The static figures as a reader of a paper sees them, in headless Chromium: for each shipped case (light and
 * dark), a case built by hand from the research fact sheet, and the nine cases side by side, the dense window
 * takes most of the width, no text is cut, every record's title is found whole, no two texts overlap, marks of
 * dates known to the day are solid, and text is at least 7 pt when the figure is printed 180 mm wide. Marks keep
 * their `data-key`. Screenshots go to .tmp/screenshots/. Run with `npm run test:browser`.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Dispute, dateOf, writeCasesSvg, writeSvg } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../package/built-dist.js';
import { twitterNigeria } from '../support/twitter-nigeria.js';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './chromium.js';

const SCREENSHOTS = join(root, '.tmp', 'screenshots');
/** 180 mm in CSS px (96 per inch), and 7 pt in px. */
const PRINT_WIDTH = (180 / 25.4) * 96;
const SEVEN_POINTS = (7 / 72) * 96;

/** Each case's dense window: where its dispute happens, leaving out precedents and late reports. */
const WINDOWS: Readonly<Record<string, readonly [string, string]>> = {
  'india-blackberry-2010': ['2010-08-01', '2011-02-28'],
  'uae-blackberry-2010': ['2010-08-01', '2010-10-31'],
  'saudi-blackberry-2010': ['2010-08-01', '2010-08-31'],
  'blackberry-pakistan-2015': ['2015-07-01', '2015-12-31'],
};

/** Every record of a dispute: its mark's key, its date, and the text that must be found whole. */
function records(dispute: Dispute) {
  return [
    ...dispute.events.map((e) => ({ key: `event:${e.id}`, date: dateOf(e, dispute), text: e.title })),
    ...dispute.demands.map((d) => ({ key: `demand:${d.id}`, date: dateOf(d, dispute), text: d.summary })),
    ...dispute.responses.map((r) => ({ key: `response:${r.id}`, date: dateOf(r, dispute), text: r.summary })),
    ...dispute.deadlines.map((d) => ({
      key: `deadline:${d.id}`,
      date: dateOf(d, dispute),
      text: d.summary ?? '',
    })),
  ];
}

interface Seen {
  /** Each text element's text, its lines joined at the spaces they were broken at. */
  readonly texts: readonly string[];
  /** Each text's box, in px. */
  readonly boxes: readonly { text: string; x: number; y: number; width: number; height: number }[];
  readonly fontSizes: readonly number[];
  readonly svgWidth: number;
  readonly plot: { readonly left: number; readonly right: number };
  /** Each mark by its key (and an event's key on the mark that records it): its centre x and how it is drawn. */
  readonly marks: Readonly<
    Record<string, { x: number; exact: boolean; hatched: boolean; sharedWith: string | undefined }>
  >;
}

/** What the figure shows, read from the page. */
function seen(page: Page): Promise<Seen> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg') as SVGSVGElement;
    const texts = Array.from(svg.querySelectorAll('text'));
    const origin = svg.getBoundingClientRect();
    const lines = Array.from(svg.querySelectorAll('.dt-axis-line'));
    const marks: Record<
      string,
      { x: number; exact: boolean; hatched: boolean; sharedWith: string | undefined }
    > = {};
    for (const mark of Array.from(svg.querySelectorAll('.dt-mark'))) {
      const shape = mark.querySelector('circle, rect:not(.dt-span), path') as SVGGraphicsElement | null;
      const box = shape?.getBoundingClientRect();
      const key = mark.getAttribute('data-key') ?? '';
      const also = mark.querySelector('.dt-restated')?.getAttribute('data-key') ?? undefined;
      const entry = {
        x: box === undefined ? Number.NaN : box.x + box.width / 2 - origin.x,
        exact: mark.getAttribute('data-exact') === 'true',
        hatched: mark.querySelector('.dt-span') !== null,
      };
      marks[key] = { ...entry, sharedWith: also };
      if (also !== undefined) marks[also] = { ...entry, sharedWith: key };
    }
    return {
      // A wrapped text's lines keep the spaces they were broken at: its text is the label whole.
      texts: texts.map((text) => text.textContent ?? ''),
      boxes: texts
        .filter((text) => (text.textContent ?? '') !== '')
        .map((text) => {
          const box = text.getBoundingClientRect();
          return {
            text: text.textContent ?? '',
            x: box.x - origin.x,
            y: box.y - origin.y,
            width: box.width,
            height: box.height,
          };
        }),
      fontSizes: texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize)),
      svgWidth: Number(svg.getAttribute('width')),
      plot: {
        left: Math.min(...lines.map((line) => Number(line.getAttribute('x1')))),
        right: Math.max(...lines.map((line) => Number(line.getAttribute('x2')))),
      },
      marks,
    };
  });
}

/** Pairs of text boxes that overlap by more than a tenth of a pixel. */
function overlaps(boxes: Seen['boxes']): string[] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const found: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Seen['boxes'][number];
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Seen['boxes'][number];
      if (b.x >= a.x + a.width - 0.1) break;
      if (b.y < a.y + a.height - 0.1 && a.y < b.y + b.height - 0.1)
        found.push(`${a.text.slice(0, 40)} / ${b.text.slice(0, 40)}`);
    }
  }
  return found;
}

/** The share of the plot's width the records of a window span, from the first mark's centre to the last's. */
function windowShare(dispute: Dispute, view: Seen, prefix = ''): number {
  const [from, to] = WINDOWS[dispute.id] as readonly [string, string];
  const xs = records(dispute)
    .filter((r) => r.date.earliest >= Date.parse(`${from}T00:00Z`) - 86_400_000)
    .filter((r) => r.date.latest <= Date.parse(`${to}T23:59Z`) + 86_400_000)
    .map((r) => view.marks[`${prefix}${r.key}`]?.x ?? Number.NaN)
    .filter(Number.isFinite);
  return (Math.max(...xs) - Math.min(...xs)) / (view.plot.right - view.plot.left);
}

let context: BrowserContext | undefined;
let profile = '';

beforeAll(async () => {
  console.log(ensureChromium());
  mkdirSync(SCREENSHOTS, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'dispute-timeline-figure-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1000, height: 900 },
  });
});

afterAll(async () => {
  await context?.close();
  if (profile !== '') rmSync(profile, { recursive: true, force: true });
});

async function show(svg: string, screenshot: string): Promise<{ page: Page; view: Seen }> {
  const page = await (context as BrowserContext).newPage();
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Figure</title></head><body style="margin:0">${svg}</body></html>`,
  );
  await page
    .locator('svg')
    .first()
    .screenshot({ path: join(SCREENSHOTS, `figure-${screenshot}.png`) });
  return { page, view: await seen(page) };
}

/** The properties every figure has, whatever it shows. */
function expectPrintable(view: Seen) {
  expect(view.texts.filter((text) => text.trimEnd().endsWith('\u2026'))).toEqual([]);
  expect(overlaps(view.boxes)).toEqual([]);
  const scale = PRINT_WIDTH / view.svgWidth;
  expect(Math.min(...view.fontSizes) * scale).toBeGreaterThanOrEqual(SEVEN_POINTS);
  for (const [key, mark] of Object.entries(view.marks)) if (mark.exact) expect(mark.hatched, key).toBe(false);
}

/** The nine shipped cases, and the Nigerian case built by hand (it has the shipped one's id: named apart here). */
const cases: readonly (readonly [string, Dispute])[] = [
  ...datasets.map((dispute) => [dispute.id, dispute] as const),
  ['hand-built-twitter-nigeria-2021', twitterNigeria()],
];

describe.each(
  cases.flatMap(([id, dispute]) =>
    (['light', 'dark'] as const).map((theme) => [id, theme, dispute] as const),
  ),
)('the figure of %s (%s)', (id, theme, dispute) => {
  let page: Page;
  let view: Seen;
  beforeAll(async () => {
    ({ page, view } = await show(writeSvg(dispute, { theme }), `${id}-${theme}`));
  });
  afterAll(async () => page.close());

  // The hand-built case is sparse by nature (five stretches of activity over ten months): its June window gets
  // about 40 %, each later stretch its 12 %. The bar is the four BlackBerry cases', whose dense windows are known.
  it.runIf(WINDOWS[dispute.id] !== undefined && datasets.includes(dispute))(
    'gives the dense window at least 60 % of the plot width',
    () => {
      const share = windowShare(dispute, view);
      console.log(`${id} (${theme}): dense window ${Math.round(share * 100)} % of the plot`);
      expect(share).toBeGreaterThanOrEqual(0.6);
    },
  );

  it('cuts no text, overlaps no two, draws dates known to the day solid, and prints no text under 7 pt', () => {
    expectPrintable(view);
  });

  it('shows every record\u2019s title whole, and keeps every mark\u2019s data-key', () => {
    const all = view.texts.join('\n');
    for (const record of records(dispute)) {
      const mark = view.marks[record.key];
      expect(mark, record.key).toBeDefined();
      // A demand or response that an event records is one mark with the event's title (its own words are in
      // the mark's tooltip and the page's details).
      if (mark?.sharedWith !== undefined && !record.key.startsWith('event:')) continue;
      if (record.text !== '') expect(all, record.key).toContain(record.text);
      if (record.date.latest + 1 - record.date.earliest <= 86_400_000)
        expect(mark?.exact, record.key).toBe(true);
    }
  });
});

describe('the nine cases side by side', () => {
  let page: Page;
  let view: Seen;
  beforeAll(async () => {
    ({ page, view } = await show(writeCasesSvg(datasets), 'cases-side-by-side'));
  });
  afterAll(async () => page.close());

  it('gives each case\u2019s dense window at least 50 % of the width, on its own axis', () => {
    for (const dispute of datasets.filter((one) => WINDOWS[one.id] !== undefined)) {
      // Each case has its own axis: measure against the plot (the same width for every case).
      const share = windowShare(dispute, view, `${dispute.id}:`);
      console.log(`cases side by side, ${dispute.id}: ${Math.round(share * 100)} % of the plot`);
      expect(share, dispute.id).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('prints like the single figures, each mark keyed by its case', () => {
    expectPrintable(view);
    const all = view.texts.join('\n');
    for (const dispute of datasets)
      for (const event of dispute.events) {
        // Nigeria set no deadline to align on: its band says so, and none of its events is drawn.
        if (dispute.deadlines.length === 0) {
          expect(view.marks[`${dispute.id}:event:${event.id}`], event.id).toBeUndefined();
          continue;
        }
        expect(view.marks[`${dispute.id}:event:${event.id}`], event.id).toBeDefined();
        expect(all).toContain(event.title);
      }
    expect(all.replace(/\s+/g, ' ')).toContain('no deadline to align on');
  });
});

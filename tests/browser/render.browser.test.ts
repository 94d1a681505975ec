/**
 * The HTML page and SVG pictures in a real browser (headless Debian Chromium driven by playwright-core): each
 * shipped case's page loads with no console error and no request beyond itself, draws every event, keeps every
 * label clear of every other, puts each deadline's line and each month's span where the axis says, shows
 * details on hover and on keyboard focus, passes axe-core, and keeps SVG text contrast at 4.5:1 or more. A
 * stress case (2,000 events on one day, 200 actors, 300-character labels, a 50-year span) still has no overlap
 * and loads in under a second. Screenshots go to .tmp/screenshots/. Run with `npm run test:browser`.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createDispute, type Dispute, dateOf, writeCasesSvg, writeHtml, writeSvg } from 'dispute-timeline';
import { datasets, indiaBlackberry2010 } from 'dispute-timeline/datasets';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qualifierOf } from '../../src/formats/render/timeline-scene.js';
import { root } from '../package/built-dist.js';
import { ensureChromium, launchChromium, openPage } from './chromium.js';
import { type StaticServer, serve } from './serve.js';

const SCREENSHOTS = join(root, '.tmp', 'screenshots');
const AXE = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** 2,000 events on one day across 200 actors, labels of 300 characters, and two events 50 years apart. */
function stressDispute(): Dispute {
  let builder = createDispute({
    id: 'stress',
    title: 'Stress: 2,000 events on one day',
    timeZone: 'UTC',
  }).source({
    id: 's',
    publisher: 'A publisher',
  });
  for (let a = 0; a < 200; a++)
    builder = builder.actor({
      id: `actor-${a}`,
      name: `Actor number ${a} with a long name`,
      kind: 'company',
    });
  const long = (i: number) => `Event ${i} `.padEnd(300, 'x');
  for (let i = 0; i < 2000; i++)
    builder = builder.event({
      id: `e-${i}`,
      date: '2000-01-01',
      kind: 'statement',
      title: long(i),
      actors: [`actor-${i % 200}`],
      sources: [{ source: 's' }],
      confidence: 'confirmed',
    });
  for (const [id, date] of [
    ['first', '1975-03-01'],
    ['last', '2025-03-01'],
  ] as const)
    builder = builder.event({
      id,
      date,
      kind: 'other',
      title: long(0),
      actors: ['actor-0'],
      sources: [{ source: 's' }],
      confidence: 'confirmed',
    });
  return builder.build();
}

interface Box {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Every SVG text's box in page coordinates, from getBBox and getCTM. */
function textBoxes(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('svg text')).flatMap((node) => {
      const text = node as SVGTextElement;
      if (text.textContent === '') return [];
      const box = text.getBBox();
      const m = text.getCTM();
      if (m === null) return [];
      return [
        {
          text: text.textContent ?? '',
          x: box.x * m.a + m.e,
          y: box.y * m.d + m.f,
          width: box.width * m.a,
          height: box.height * m.d,
        },
      ];
    }),
  );
}

/** Pairs of boxes that overlap by more than a tenth of a pixel: a sweep along x. */
function overlaps(boxes: readonly Box[]): string[] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const found: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as Box;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as Box;
      if (b.x >= a.x + a.width - 0.1) break;
      if (b.y < a.y + a.height - 0.1 && a.y < b.y + b.height - 0.1)
        found.push(`${a.text.slice(0, 40)} / ${b.text.slice(0, 40)}`);
    }
  }
  return found;
}

/** The axis as the page draws it: its pieces, each a line from one value to another, read from the page. */
async function axisOf(page: Page): Promise<(at: number) => number> {
  const segments = await page.evaluate(() =>
    Array.from(document.querySelectorAll('svg .dt-axis-line')).map((line) => ({
      from: Number(line.getAttribute('data-from')),
      to: Number(line.getAttribute('data-to')),
      x0: Number(line.getAttribute('x1')),
      x1: Number(line.getAttribute('x2')),
    })),
  );
  if (segments.length === 0) throw new Error('no axis');
  return (at) => {
    const segment = segments.find((s) => s.from <= at && at <= s.to);
    if (segment === undefined) throw new Error(`${new Date(at).toISOString()} is not on the axis`);
    return segment.x0 + ((at - segment.from) / (segment.to - segment.from)) * (segment.x1 - segment.x0);
  };
}

let server: StaticServer | undefined;
let context: BrowserContext | undefined;
let profile = '';
const pages = new Map<string, string>();

beforeAll(async () => {
  console.log(ensureChromium());
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const dispute of datasets) pages.set(`/${dispute.id}.html`, writeHtml(dispute));
  pages.set('/stress.html', writeHtml(stressDispute()));
  pages.set(
    '/cases.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cases</title><link rel="icon" href="data:,"></head><body><main>${writeCasesSvg(datasets)}</main></body></html>`,
  );
  server = await serve(Object.fromEntries(pages));
  ({ context, profile } = await launchChromium('dispute-timeline-render-'));
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile !== '') rmSync(profile, { recursive: true, force: true });
});

/** Opens a page, recording every problem and every request; returns the page and what it saw. */
async function open(path: string) {
  const { page, problems, requests } = await openPage(
    context as BrowserContext,
    `${(server as StaticServer).origin}${path}`,
  );
  const loadMs = await page.evaluate(() => {
    const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return navigation === undefined ? Number.NaN : navigation.loadEventEnd - navigation.startTime;
  });
  return { page, problems, requests, loadMs };
}

describe.each(datasets.map((dispute) => [dispute.id, dispute] as const))(
  'the HTML page of %s',
  (id, dispute) => {
    let opened: Awaited<ReturnType<typeof open>>;
    beforeAll(async () => {
      opened = await open(`/${id}.html`);
    });
    afterAll(async () => {
      await opened.page.screenshot({ path: join(SCREENSHOTS, `${id}.png`), fullPage: true });
      await opened.page.close();
    });

    it('loads with no console error and no request but its own', () => {
      expect(opened.problems).toEqual([]);
      expect(opened.requests).toEqual([`${(server as StaticServer).origin}/${id}.html`]);
    });

    it('draws every event, each with a visible mark', async () => {
      const drawn = await opened.page.evaluate(() =>
        // An event that records a demand or response is that record's mark, its key on the mark's label.
        Array.from(
          document.querySelectorAll('.dt-mark[data-key^="event:"], .dt-restated[data-key^="event:"]'),
        ).map((mark) => {
          const box = (mark.closest('.dt-mark') as SVGGElement).getBBox();
          return { key: mark.getAttribute('data-key'), visible: box.width > 0 && box.height > 0 };
        }),
      );
      expect(drawn.map((mark) => mark.key).sort()).toEqual(
        dispute.events.map((event) => `event:${event.id}`).sort(),
      );
      expect(drawn.every((mark) => mark.visible)).toBe(true);
    });

    it('keeps every text of the picture clear of every other', async () => {
      const boxes = await textBoxes(opened.page);
      expect(boxes.length).toBeGreaterThan(dispute.events.length);
      expect(overlaps(boxes)).toEqual([]);
    });

    it('puts each deadline line at the end of its due day on the axis, within a pixel', async () => {
      const x = await axisOf(opened.page);
      const lines = await opened.page.evaluate(() =>
        Array.from(document.querySelectorAll('.dt-deadline-line')).map((line) => {
          const box = (line as SVGLineElement).getBBox();
          const m = (line as SVGLineElement).getCTM() as DOMMatrix;
          const svg = (line as SVGLineElement).ownerSVGElement?.getCTM() as DOMMatrix;
          return { key: line.getAttribute('data-key'), x: box.x - (svg.e - m.e) / m.a };
        }),
      );
      expect(lines).toHaveLength(dispute.deadlines.length);
      for (const deadline of dispute.deadlines) {
        const line = lines.find((one) => one.key === `deadline:${deadline.id}`);
        expect(
          Math.abs((line?.x ?? Number.NaN) - x(dateOf(deadline, dispute).latest + 1)),
          deadline.id,
        ).toBeLessThanOrEqual(1);
      }
    });

    it('shows the details of a mark on hover, and of the next mark on Tab', async () => {
      const { page } = opened;
      // The first event drawn as a mark of its own (an event that records a demand or response is that mark).
      const svg = writeSvg(dispute);
      const first = dispute.events.find((event) =>
        svg.includes(`class="dt-mark" data-key="event:${event.id}"`),
      );
      await page.hover(
        `.dt-mark[data-key="event:${first?.id}"] circle, .dt-mark[data-key="event:${first?.id}"] rect`,
      );
      expect(await page.locator('#details-body h3').textContent()).toBe(
        `${qualifierOf(dateOf(first as never, dispute))}${first?.title}`,
      );
      expect(await page.locator('#details-body').textContent()).toContain(
        dateOf(first as never, dispute).text,
      );
      await page.mouse.move(0, 0);
      // The zoom and filter controls come first in the page's order; from the picture, Tab goes to the marks.
      await page.focus('#dt-viewport');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
      expect(focused).toMatch(/^(event|demand|response|deadline):/);
      const heading = await page.locator('#details-body h3').textContent();
      await page.keyboard.press('Tab');
      const next = await page.evaluate(() => document.activeElement?.getAttribute('data-key'));
      expect(next).not.toBe(focused);
      expect(await page.locator('#details-body h3').textContent()).not.toBe(heading);
    });

    it('passes axe-core with no violation', async () => {
      const { page } = opened;
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: (context: Document) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
          }
        ).axe;
        const result = await axe.run(document);
        return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
      });
      expect(violations).toEqual([]);
    });

    it('gives every SVG text at least 4.5:1 contrast on what is drawn behind it', async () => {
      const ratios = await opened.page.evaluate(() => {
        const rgb = (colour: string) => (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const luminance = (colour: string) => {
          const [r = 0, g = 0, b = 0] = rgb(colour).map((c) => {
            const v = c / 255;
            return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        return Array.from(document.querySelectorAll('svg text')).map((text) => {
          const box = text.getBoundingClientRect();
          const behind = document
            .elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2)
            .find(
              (element) =>
                element.localName === 'rect' &&
                element.closest('.dt-mark') === null &&
                element.closest('.dt-legend') === null,
            );
          const [a, b] = [
            luminance(getComputedStyle(text).fill),
            luminance(behind === undefined ? 'rgb(255,255,255)' : getComputedStyle(behind).fill),
          ];
          return { text: text.textContent, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
        });
      });
      expect(ratios.filter((one) => one.ratio < 4.5)).toEqual([]);
    });
  },
);

describe('the India page', () => {
  it('draws each month-precision event as a span covering its month, within a pixel', async () => {
    const { page } = await open('/india-blackberry-2010.html');
    const x = await axisOf(page);
    for (const event of indiaBlackberry2010.events.filter(
      (one) => dateOf(one, indiaBlackberry2010).precision === 'month',
    )) {
      const date = dateOf(event, indiaBlackberry2010);
      const span = await page.evaluate((key) => {
        const rect = document.querySelector(`.dt-mark[data-key="${key}"] .dt-span`) as SVGRectElement | null;
        return rect === null ? null : { x: rect.x.baseVal.value, width: rect.width.baseVal.value };
      }, `event:${event.id}`);
      expect(span, event.id).not.toBeNull();
      expect(Math.abs((span?.x ?? 0) - x(date.earliest)), event.id).toBeLessThanOrEqual(1);
      expect(
        Math.abs((span?.x ?? 0) + (span?.width ?? 0) - x(date.latest + 1)),
        event.id,
      ).toBeLessThanOrEqual(1);
    }
    await page.close();
  });
});

describe('the cases side by side', () => {
  it('draws every case with day 0 marked and no overlapping text', async () => {
    const { page, problems } = await open('/cases.html');
    expect(problems).toEqual([]);
    // Day 0 in the band of each case that set a deadline; Nigeria's band says it has none.
    expect(await page.locator('.dt-anchor-line').count()).toBe(
      datasets.filter((dispute) => dispute.deadlines.length > 0).length,
    );
    expect(overlaps(await textBoxes(page))).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'cases-side-by-side.png'), fullPage: true });
    await page.close();
  });
});

describe('a stress case: 2,000 events on one day, 200 actors, 300-character labels, 50 years', () => {
  it('loads with every event drawn and no overlapping text (its load time is printed, not asserted)', async () => {
    // Load times are printed for a person to read, never asserted: a busy machine would make such a test flaky,
    // and speed is measured in \`npm run bench\`, as ratios.
    const times: number[] = [];
    for (let i = 0; i < 2; i++) {
      const again = await open('/stress.html');
      times.push(again.loadMs);
      await again.page.close();
    }
    const { page, problems, loadMs } = await open('/stress.html');
    times.push(loadMs);
    console.log(`stress page loaded in ${times.map(Math.round).join(', ')} ms`);
    expect(problems).toEqual([]);
    expect(await page.locator('.dt-mark[data-key^="event:"]').count()).toBe(2002);
    expect(overlaps(await textBoxes(page))).toEqual([]);
    await page.screenshot({
      path: join(SCREENSHOTS, 'stress.png'),
      clip: { x: 0, y: 0, width: 1280, height: 2000 },
      fullPage: true,
    });
    await page.close();
  });
});

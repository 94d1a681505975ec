/**
 * The HTML page as a reader explores it, in headless Chromium: the time axis zooms and pans (buttons, keys, Ctrl
 * and the wheel) and the page says what range it shows; the filters by actor, kind and source hide the other
 * records' rows and marks; each quote sits under the source it comes from; the sources' claims are listed with
 * their sources; and all of it within the page's Content-Security-Policy, with no request but the page's own.
 * Screenshots go to .tmp/screenshots/. Run with `npx vitest run --project browser
 * tests/browser/html-page.browser.test.ts`.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeHtml } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../package/built-dist.js';
import { ensureChromium, launchChromium, openPage } from './chromium.js';
import { type StaticServer, serve } from './serve.js';

const SCREENSHOTS = join(root, '.tmp', 'screenshots');
const AXE = readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const dispute = blackberryPakistan2015;
const sourceLabel = new Map(
  dispute.sources.map((source) => [
    source.id as string,
    source.title === undefined ? source.publisher : `${source.publisher}: ${source.title}`,
  ]),
);

let server: StaticServer | undefined;
let context: BrowserContext | undefined;
let profile = '';

beforeAll(async () => {
  console.log(ensureChromium());
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serve({
    '/light.html': writeHtml(dispute),
    '/dark.html': writeHtml(dispute, { theme: 'dark' }),
  });
  ({ context, profile } = await launchChromium('dispute-timeline-page-'));
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile !== '') rmSync(profile, { recursive: true, force: true });
});

/** Opens a page, recording every problem (a CSP violation is a console error) and every request. */
async function open(path: string) {
  const { page, problems, requests } = await openPage(
    context as BrowserContext,
    `${(server as StaticServer).origin}${path}`,
  );
  return { page, problems, requests };
}

/** The range of time the plot shows, as the page says it (milliseconds), and its zoom. */
async function range(page: Page): Promise<{ from: number; to: number; zoom: number; text: string }> {
  return page.evaluate(() => {
    const viewport = document.getElementById('dt-viewport') as HTMLElement;
    return {
      from: Number(viewport.getAttribute('data-from')),
      to: Number(viewport.getAttribute('data-to')),
      zoom: Number(viewport.getAttribute('data-zoom')),
      text: document.getElementById('dt-range')?.textContent ?? '',
    };
  });
}

/** Each mark's key, its symbol's centre and width on the screen, and whether it is shown. */
function marks(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('#dt-viewport .dt-mark'), (mark) => {
      const symbol = mark.querySelector('circle, path, rect:not(.dt-span)') as SVGGraphicsElement;
      const box = symbol.getBoundingClientRect();
      return {
        key: mark.getAttribute('data-key') ?? '',
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
        width: box.width,
        shown: getComputedStyle(mark).display !== 'none' && box.width > 0,
      };
    }),
  );
}

/** The table's rows: key, actors, kind, sources, and whether each is shown. */
function rows(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.records tbody tr'), (row) => ({
      key: row.getAttribute('data-key') ?? '',
      actors: JSON.parse(row.getAttribute('data-actors') ?? '[]') as string[],
      kinds: JSON.parse(row.getAttribute('data-kinds') ?? '[]') as string[],
      sources: JSON.parse(row.getAttribute('data-sources') ?? '[]') as string[],
      shown: getComputedStyle(row).display !== 'none',
    })),
  );
}

describe('the HTML page of the Pakistan case, explored', () => {
  it('keeps its Content-Security-Policy, and loads with no console error and no request but its own', async () => {
    const { page, problems, requests } = await open('/light.html');
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:",
    );
    // The script ran: the range is said, and the filters count the records.
    expect((await range(page)).text).toMatch(/^Showing \d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d \(UTC\)$/);
    expect(await page.locator('#dt-shown').textContent()).toBe('11 of 11 records shown');
    expect(problems).toEqual([]);
    expect(requests).toEqual([`${(server as StaticServer).origin}/light.html`]);
    await page.close();
  });

  it('zooms the time axis with the buttons: the range shown narrows, marks spread apart and keep their size', async () => {
    const { page } = await open('/light.html');
    const whole = await range(page);
    const before = await marks(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'page-pakistan-light.png'), fullPage: true });
    await page.click('[data-action="zoom-in"]');
    const zoomed = await range(page);
    expect(zoomed.zoom).toBe(2);
    expect(zoomed.to - zoomed.from).toBeLessThan((whole.to - whole.from) * 0.75);
    expect(zoomed.from).toBeGreaterThan(whole.from);
    expect(zoomed.text).toContain('zoomed 2');
    // The buttons zoom about the middle mark in view, so the records stay in view, not an empty stretch of axis.
    const inView = (selector: string) => page.$$eval(selector, (nodes) => nodes.length);
    expect(await inView('.dt-mark:not(.dt-outside)')).toBeGreaterThanOrEqual((await inView('.dt-mark')) / 2);
    const after = await marks(page);
    const width = (list: typeof before, key: string) => list.find((mark) => mark.key === key)?.width;
    for (const mark of before) expect(width(after, mark.key), mark.key).toBeCloseTo(mark.width, 0);
    // Two marks a month apart are twice as far apart on screen.
    const gap = (list: typeof before) =>
      Math.abs(
        (list.find((mark) => mark.key === 'deadline:deadline-2015-12-30')?.x ?? 0) -
          (list.find((mark) => mark.key === 'deadline:deadline-2015-11-30')?.x ?? 0),
      );
    expect(gap(after) / gap(before)).toBeCloseTo(2, 1);
    // The busiest stretch of Pakistan's records is its last (30 November to 31 December): earlier, not later.
    await page.click('[data-action="pan-left"]');
    const panned = await range(page);
    expect(panned.from).toBeLessThan(zoomed.from);
    expect(panned.to - panned.from).toBeCloseTo(zoomed.to - zoomed.from, -5);
    await page.click('[data-action="zoom-reset"]');
    expect(await range(page)).toEqual(whole);
    await page.close();
  });

  it('zooms and pans from the keyboard, and with Ctrl and the wheel about the pointer', async () => {
    const { page, problems } = await open('/light.html');
    const whole = await range(page);
    await page.focus('#dt-viewport');
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    const zoomed = await range(page);
    expect(zoomed.zoom).toBe(4);
    await page.keyboard.press('ArrowLeft');
    expect((await range(page)).from).toBeLessThan(zoomed.from);
    await page.keyboard.press('ArrowRight');
    expect((await range(page)).from).toBe(zoomed.from);
    await page.keyboard.press('Home');
    expect((await range(page)).from).toBe(whole.from);
    await page.keyboard.press('0');
    expect(await range(page)).toEqual(whole);
    // Ctrl and the wheel over the December deadline: it stays in view, under the pointer.
    await page.locator('.dt-mark[data-key="deadline:deadline-2015-12-30"]').scrollIntoViewIfNeeded();
    const seen = (await marks(page)).find((mark) => mark.key === 'deadline:deadline-2015-12-30');
    await page.mouse.move(seen?.x ?? 0, (seen?.y ?? 0) + 30);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Control');
    await page.waitForFunction(
      () => Number(document.getElementById('dt-viewport')?.getAttribute('data-zoom')) > 1,
    );
    const wheeled = await range(page);
    expect(wheeled.zoom).toBeGreaterThan(2);
    const due = Date.parse('2015-12-30T19:00:00Z');
    expect(wheeled.from).toBeLessThan(due);
    expect(wheeled.to).toBeGreaterThan(due);
    const moved = (await marks(page)).find((mark) => mark.key === 'deadline:deadline-2015-12-30');
    expect(Math.abs((moved?.x ?? 0) - (seen?.x ?? 0))).toBeLessThan(3);
    await page.screenshot({ path: join(SCREENSHOTS, 'page-pakistan-zoomed.png') });
    // A mark reached by Tab while out of view is brought into it.
    await page.keyboard.press('Home');
    await page.focus('.dt-mark[data-key="deadline:deadline-2015-12-30"]');
    const focused = await range(page);
    expect(focused.from).toBeLessThan(due);
    expect(focused.to).toBeGreaterThan(due);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("hides the other actors' rows and marks when filtered by an actor, and shows them again", async () => {
    const { page } = await open('/light.html');
    await page.selectOption('select[data-filter="actor"]', 'BlackBerry');
    const table = await rows(page);
    const drawn = await marks(page);
    const shownKeys = table.filter((row) => row.shown).map((row) => row.key);
    expect(shownKeys.length).toBeGreaterThan(0);
    expect(shownKeys.length).toBeLessThan(table.length);
    for (const row of table) expect(row.shown, row.key).toBe(row.actors.includes('BlackBerry'));
    for (const mark of drawn) expect(mark.shown, mark.key).toBe(shownKeys.includes(mark.key));
    expect(await page.locator('#dt-shown').textContent()).toBe(`${shownKeys.length} of 11 records shown`);
    // The deadlines are Pakistan's: their lines go with their marks.
    expect(
      await page.evaluate(() =>
        Array.from(document.querySelectorAll('.dt-deadline-line')).every(
          (line) => getComputedStyle(line).display === 'none',
        ),
      ),
    ).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'page-pakistan-filtered.png'), fullPage: true });
    await page.selectOption('select[data-filter="actor"]', '');
    expect((await rows(page)).every((row) => row.shown)).toBe(true);
    expect((await marks(page)).every((mark) => mark.shown)).toBe(true);
    await page.close();
  });

  it('filters by kind and by source, the claims by source too', async () => {
    const { page } = await open('/light.html');
    await page.selectOption('select[data-filter="kind"]', 'deadline');
    for (const row of await rows(page)) expect(row.shown, row.key).toBe(row.kinds.includes('deadline'));
    for (const mark of await marks(page)) expect(mark.shown, mark.key).toBe(mark.key.startsWith('deadline:'));
    await page.selectOption('select[data-filter="kind"]', '');
    const mashable = sourceLabel.get('mashable-origin') as string;
    await page.selectOption('select[data-filter="source"]', mashable);
    for (const row of await rows(page)) expect(row.shown, row.key).toBe(row.sources.includes(mashable));
    const claims = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.claims tbody tr'))
        .filter((row) => getComputedStyle(row).display !== 'none')
        .map((row) => row.querySelector('th')?.textContent ?? ''),
    );
    expect(claims).toEqual(
      dispute.claims
        .filter((claim) => claim.sources.some((citation) => citation.source === 'mashable-origin'))
        .map((claim) => claim.statement),
    );
    await page.close();
  });

  it("puts each quote under the source it comes from, in the record's own row", async () => {
    const { page } = await open('/light.html');
    const cited = await page.evaluate(() =>
      Object.fromEntries(
        Array.from(document.querySelectorAll('.records tbody tr'), (row) => [
          row.getAttribute('data-key'),
          Array.from(row.querySelectorAll('li.cite'), (item) => ({
            source: item.querySelector('a')?.textContent ?? item.firstChild?.textContent ?? '',
            quote: item.querySelector('blockquote')?.textContent ?? null,
          })),
        ]),
      ),
    );
    let quotes = 0;
    for (const event of dispute.events) {
      const row = cited[`event:${event.id}`];
      if (row === undefined) continue; // drawn as the response it restates: checked below
      expect(row, event.id).toEqual(
        event.sources.map((citation) => ({
          source: sourceLabel.get(citation.source),
          quote: citation.quote ?? null,
        })),
      );
      quotes += event.sources.filter((citation) => citation.quote !== undefined).length;
    }
    expect(quotes).toBeGreaterThan(3);
    // A response drawn with the event that records it keeps every quote of both, each under its source.
    for (const response of dispute.responses) {
      const row = cited[`response:${response.id}`] ?? [];
      for (const citation of response.sources ?? [])
        expect(row, response.id).toContainEqual({
          source: sourceLabel.get(citation.source),
          quote: citation.quote ?? null,
        });
    }
    await page.close();
  });

  it('lists the claims of disagreeing sources, each with its own sources: 30 and 31 December', async () => {
    const { page } = await open('/light.html');
    const claims = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.claims tbody tr'), (row) => ({
        claim: row.querySelector('th')?.textContent ?? '',
        sources: Array.from(row.querySelectorAll('li.cite'), (item) => item.textContent ?? ''),
      })),
    );
    const of = (id: string) => {
      const claim = dispute.claims.find((one) => one.id === id);
      return claims.find((row) => row.claim === claim?.statement);
    };
    expect(of('exit-date-30-december')?.claim).toContain('30 December 2015');
    expect(of('exit-date-30-december')?.sources.join(' ')).toContain('Reuters');
    expect(of('exit-date-30-december')?.sources.join(' ')).toContain(
      'BlackBerry will be leaving the country on December 30',
    );
    expect(of('exit-date-31-december')?.claim).toContain('31 December 2015');
    expect(of('exit-date-31-december')?.sources).toEqual(['nine.com.au', 'mag92']);
    expect(claims).toHaveLength(dispute.claims.length);
    await page.close();
  });

  it.each(['light', 'dark'])('passes axe-core zoomed and filtered (%s)', async (theme) => {
    const { page } = await open(`/${theme}.html`);
    await page.click('[data-action="zoom-in"]');
    await page.selectOption('select[data-filter="actor"]', 'BlackBerry');
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
    await page.screenshot({ path: join(SCREENSHOTS, `page-pakistan-${theme}-zoomed-filtered.png`) });
    await page.close();
  });
});

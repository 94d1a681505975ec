/**
 * The timeline formats in the viewers their users open them with, in headless Debian Chromium: the TimelineJS3
 * JSON of every shipped dataset (and of a dispute full of hostile text) loaded by TimelineJS3 itself
 * (`@knight-lab/timelinejs` `dist/js/timeline.js`, global `TL`), and the vis-timeline items drawn by
 * vis-timeline's standalone UMD bundle. No request may leave 127.0.0.1. Run with `npm run test:browser`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDispute, toTimelineJs, toVisTimeline } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_HOSTILE, hostileDispute } from '../reliability/hostile.js';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.js';
import { type StaticServer, serve } from './serve.js';

/** A zone far from the disputes' own: TimelineJS3 builds dates in the viewer's zone; the parts must not move. */
const PAGE_TIME_ZONE = 'Pacific/Kiritimati';

const disputes = [...datasets, parseDispute(hostileDispute(ALL_HOSTILE))];
const timelines = disputes.map((dispute) => ({ id: dispute.id, config: toTimelineJs(dispute) }));
const visData = disputes.map((dispute) => ({ id: dispute.id, ...toVisTimeline(dispute) }));

/** Calls `alert` or `onerror` would make, if any hostile text ran as markup. */
const TRAP = `<script>window.ran = []; window.alert = (x) => window.ran.push(String(x));</script>`;

const TIMELINE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS3</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/pkg/@knight-lab/timelinejs/dist/css/timeline.css">
${TRAP}
<script src="/pkg/@knight-lab/timelinejs/dist/js/timeline.js"></script>
</head><body>
<script>
const timelines = ${JSON.stringify(timelines).replaceAll('<', '\\u003c')};
window.results = {};
for (const { id, config } of timelines) {
  const element = document.createElement('div');
  element.id = 'tl-' + id;
  element.style.cssText = 'width: 1000px; height: 600px';
  document.body.append(element);
  // Self-hosted: without script_path TimelineJS3 fetches its fonts from its CDN.
  const timeline = new TL.Timeline(element, config, {
    script_path: location.origin + '/pkg/@knight-lab/timelinejs/dist/js/',
    font: null, // its default font is a stylesheet of Google Fonts
  });
  const report = (state) => {
    window.results[id] = {
      state,
      valid: timeline.config?.isValid() ?? false,
      errors: (timeline.config?.getErrors() ?? []).map((error) => String(error.message_key ?? error.message ?? error)),
      title: timeline.config?.title?.unique_id ?? null,
      events: (timeline.config?.events ?? []).map((event) => ({
        id: event.unique_id,
        start: event.start_date?.data ?? null,
        end: event.end_date?.data ?? null,
        headline: event.text?.headline ?? null,
      })),
      markers: element.querySelectorAll('.tl-timemarker').length,
      slides: element.querySelectorAll('.tl-slide').length,
      groups: [...element.querySelectorAll('.tl-timegroup-message')].map((label) => label.textContent),
    };
  };
  timeline.on('ready', () => setTimeout(() => report('ready'), 50));
}
</script></body></html>`;

const VIS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/pkg/vis-timeline/styles/vis-timeline-graph2d.min.css">
${TRAP}
<script src="/pkg/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
</head><body>
<script>
const data = ${JSON.stringify(visData).replaceAll('<', '\\u003c')};
window.results = {};
for (const { id, items, groups } of data) {
  const element = document.createElement('div');
  element.style.cssText = 'width: 1200px';
  document.body.append(element);
  const starts = items.map((item) => Date.parse(item.start));
  const ends = items.map((item) => Date.parse(item.end ?? item.start));
  const margin = 30 * 86400000;
  const timeline = new vis.Timeline(element, new vis.DataSet(items), new vis.DataSet(groups), {
    start: new Date(Math.min(...starts) - margin),
    end: new Date(Math.max(...ends) + margin),
    stack: true,
  });
  timeline.redraw();
  window.results[id] = items.map((item) => {
    const drawn = timeline.itemSet.items[item.id];
    return {
      id: item.id,
      displayed: Boolean(drawn?.displayed),
      inDom: Boolean(drawn?.dom?.box?.isConnected || drawn?.dom?.point?.isConnected || drawn?.dom?.box?.parentNode),
      text: drawn?.dom?.content?.textContent ?? null,
    };
  });
}
document.body.dataset.state = 'drawn';
</script></body></html>`;

let server: StaticServer | undefined;
let context: BrowserContext | undefined;
let profile = '';
const problems: string[] = [];
const outside: string[] = [];
let timelineResults: Record<string, TimelineResult> = {};
let visResults: Record<string, VisResult[]> = {};
let ran: unknown[] = [];
let injected: string[] = [];

interface TimelineResult {
  state: string;
  valid: boolean;
  errors: string[];
  title: string | null;
  events: {
    id: string;
    start: Record<string, unknown> | null;
    end: Record<string, unknown> | null;
    headline: string;
  }[];
  markers: number;
  slides: number;
  /** The rows' labels, as TimelineJS3 shows them. */
  groups: string[];
}
interface VisResult {
  id: string;
  displayed: boolean;
  inDom: boolean;
  text: string | null;
}

async function open(page: Page, path: string, ready: string): Promise<void> {
  await page.goto(`${server?.origin}${path}`);
  await page.waitForFunction(ready, undefined, { timeout: 30_000 }).catch((error: Error) => {
    problems.push(`${path}: no answer (a hang?): ${error.message.split('\n')[0]}`);
  });
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  server = await serve({ '/timeline.html': TIMELINE_HTML, '/vis.html': VIS_HTML });
  profile = mkdtempSync(join(tmpdir(), 'dispute-timeline-viewers-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timezoneId: PAGE_TIME_ZONE,
    viewport: { width: 1280, height: 800 },
  });
  const origin = server.origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await open(page, '/timeline.html', `Object.keys(window.results).length === ${timelines.length}`);
  timelineResults = (await page.evaluate('window.results')) as Record<string, TimelineResult>;
  ran = (await page.evaluate('window.ran')) as unknown[];
  injected = (await page.evaluate(
    "[...document.querySelectorAll('[id^=tl-] script, [id^=tl-] img')].map((e) => e.outerHTML.slice(0, 200))",
  )) as string[];
  await open(page, '/vis.html', "document.body.dataset.state === 'drawn'");
  visResults = (await page.evaluate('window.results')) as Record<string, VisResult[]>;
  ran = [...ran, ...((await page.evaluate('window.ran')) as unknown[])];
}, 120_000);

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile !== '') rmSync(profile, { recursive: true, force: true });
});

describe('TimelineJS3 JSON in TimelineJS3 itself', () => {
  it('loads every timeline with no error, no hang and no request leaving the machine', () => {
    expect({ problems, outside, missing: server?.missing }).toEqual({
      problems: [],
      outside: [],
      missing: [],
    });
    for (const { id } of timelines)
      expect(timelineResults[id], id).toMatchObject({ state: 'ready', valid: true, errors: [] });
  });

  it.each(timelines.map(({ id, config }) => [id, config] as const))(
    'keeps every slide of %s, with the dates it was given',
    (id, config) => {
      const result = timelineResults[id];
      expect(result?.title).toBe(config.title.unique_id);
      const loaded = new Map(result?.events.map((event) => [event.id, event]));
      expect([...loaded.keys()].sort()).toEqual(config.events.map((slide) => slide.unique_id).sort());
      for (const slide of config.events) {
        const event = loaded.get(slide.unique_id);
        for (const [part, value] of Object.entries(slide.start_date ?? {}))
          expect(event?.start?.[part], `${slide.unique_id} start ${part}`).toBe(value);
        expect(event?.end === null, `${slide.unique_id} end`).toBe(slide.end_date === undefined);
        for (const [part, value] of Object.entries(slide.end_date ?? {}))
          expect(event?.end?.[part], `${slide.unique_id} end ${part}`).toBe(value);
      }
      expect(result?.markers).toBe(config.events.length);
    },
  );

  it("labels each row with its actor's name as written: Telegram's lawyers (Agora), not an entity", () => {
    const telegram = datasets.find((dispute) => dispute.id === 'telegram-russia-2017');
    const groups = timelineResults['telegram-russia-2017']?.groups ?? [];
    expect(groups).toContain("Telegram's lawyers (Agora)");
    expect(groups.filter((label) => label.includes('&'))).toEqual([]);
    const names = new Set(telegram?.actors.map((actor) => actor.name));
    for (const label of groups)
      if (label !== 'Deadlines' && label !== '') expect(names.has(label), label).toBe(true);
  });

  it('runs none of the hostile text as markup', () => {
    expect({ ran, injected }).toEqual({ ran: [], injected: [] });
  });
});

describe('vis-timeline items in vis-timeline', () => {
  it.each(visData.map(({ id, items }) => [id, items] as const))('draws every item of %s', (id, items) => {
    const drawn = visResults[id] ?? [];
    expect(drawn.map((item) => item.id)).toEqual(items.map((item) => item.id));
    expect(drawn.filter((item) => !item.displayed).map((item) => item.id)).toEqual([]);
    // Content is escaped HTML: what vis shows is the text itself.
    const shown = new Map(drawn.map((item) => [item.id, item.text]));
    for (const item of items) {
      const text = item.content
        .replaceAll('<br>', '\n')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'")
        .replaceAll('&amp;', '&');
      expect(shown.get(item.id)?.replaceAll('\n', ''), item.id).toBe(text.replaceAll('\n', ''));
    }
  });
});

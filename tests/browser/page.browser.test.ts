/**
 * The library in a real browser: a page that imports the built ESM bundle (and `dispute-timeline/datasets`, and
 * a shipped JSON file as a JSON module) through an import map, in headless Chromium driven by playwright-core.
 * Run with `npm run test:browser` (not part of `npm test`: it needs a built `dist/` and Chromium).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWERS_SOURCE, expectedAnswers, LIBRARY_NAMES } from '../package/answers.js';
import { ensureBuilt, root } from '../package/built-dist.js';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from './chromium.js';
import { importMap, type StaticServer, serve } from './serve.js';

/** A zone far from the one the expected answers are computed in: the answers must not depend on it. */
const PAGE_TIME_ZONE = 'Pacific/Kiritimati';

const PAGE_SCRIPT = `import { ${LIBRARY_NAMES} } from 'dispute-timeline';
import { blackberryPakistan2015, datasets } from 'dispute-timeline/datasets';

const output = document.querySelector('#answers');
try {
  const { default: pakistanJson } = await import('dispute-timeline/datasets/blackberry-pakistan-2015.json', {
    with: { type: 'json' },
  });
  const { default: schema } = await import('dispute-timeline/dispute.schema.json', { with: { type: 'json' } });
  ${ANSWERS_SOURCE}
  window.answers = answers;
  output.textContent = JSON.stringify({
    ...answers,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    processDefined: typeof process !== 'undefined',
  });
  document.body.dataset.state = 'answered';
} catch (error) {
  output.textContent = String(error?.stack ?? error);
  document.body.dataset.state = 'failed';
  throw error;
}
`;

function pageHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>dispute-timeline in a browser</title>
<link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify(importMap())}</script>
<script type="module" src="/page.js"></script>
</head>
<body>
<h1>dispute-timeline</h1>
<pre id="answers"></pre>
</body>
</html>
`;
}

/** The import map the getting-started guide shows, pointed at where the server serves each package. */
function guideImportMap(): string {
  const guide = readFileSync(join(root, 'docs', 'getting-started.md'), 'utf8');
  const map = /<script type="importmap">([\s\S]*?)<\/script>/.exec(guide)?.[1];
  if (map === undefined) throw new Error('docs/getting-started.md shows no import map');
  return map.replaceAll('/node_modules/', '/pkg/');
}

/** A page with nothing but the guide's import map and one question. */
const GUIDE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>the guide's import map</title>
<link rel="icon" href="data:,">
<script type="importmap">${guideImportMap()}</script>
<script type="module">
import { eventsBefore } from 'dispute-timeline';
import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
document.body.dataset.certain = String(eventsBefore(blackberryPakistan2015, 'deadline-2015-12-30').certain.length);
</script>
</head>
<body></body>
</html>
`;

let server: StaticServer | undefined;
let context: BrowserContext | undefined;
let profile = '';
const problems: string[] = [];
const log: string[] = [];
let state: string | undefined;
let shown: Record<string, unknown> = {};
let fromWindow: unknown;
let guideCertain: string | null = null;

beforeAll(async () => {
  log.push(ensureBuilt(), ensureChromium());
  server = await serve({ '/index.html': pageHtml(), '/page.js': PAGE_SCRIPT, '/guide.html': GUIDE_HTML });
  profile = mkdtempSync(join(tmpdir(), 'dispute-timeline-chromium-'));
  const started = performance.now();
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timezoneId: PAGE_TIME_ZONE,
  });
  log.push(
    `Chromium ${context.browser()?.version() ?? ''} started in ${Math.round(performance.now() - started)} ms`,
  );
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const loaded = performance.now();
  // A module that throws while loading (a dependency reading a Node global, say) means the page never answers:
  // stop at the first page error rather than wait for the timeout.
  const failed = new Promise<void>((resolve) => page.once('pageerror', () => resolve()));
  await page.goto(`${server.origin}/index.html`);
  const answered = page.waitForSelector('body[data-state]', { state: 'attached', timeout: 30_000 }).then(
    () => undefined,
    (error: Error) => {
      problems.push(`no answer: ${error.message.split('\n')[0]}`);
    },
  );
  await Promise.race([answered, failed]);
  log.push(`page settled in ${Math.round(performance.now() - loaded)} ms`);
  state = (await page.locator('body').getAttribute('data-state', { timeout: 5_000 })) ?? undefined;
  const text = (await page.locator('#answers').textContent()) ?? '';
  shown = state === 'answered' ? (JSON.parse(text) as Record<string, unknown>) : { error: text };
  fromWindow = await page.evaluate(() => (window as unknown as { answers?: unknown }).answers);
  await page.goto(`${server.origin}/guide.html`);
  guideCertain = await page
    .waitForSelector('body[data-certain]', { state: 'attached', timeout: 30_000 })
    .then(() => page.locator('body').getAttribute('data-certain'))
    .catch((error: Error) => `no answer: ${error.message.split('\n')[0]}`);
});

afterAll(async () => {
  console.log(log.join('\n'));
  await context?.close();
  await server?.close();
  if (profile !== '') rmSync(profile, { recursive: true, force: true });
});

describe('the built ESM bundle in headless Chromium', () => {
  it('loads through an import map with no console error, page error or failed request', () => {
    expect({ state, problems, missing: server?.missing }).toEqual({
      state: 'answered',
      problems: [],
      missing: [],
    });
  });

  it('answers as the sources do, in the page and on window, in another time zone', () => {
    const expected = expectedAnswers();
    expect(expected.certain).toHaveLength(7);
    expect(shown).toEqual({ ...expected, timeZone: PAGE_TIME_ZONE, processDefined: false });
    expect(fromWindow).toEqual(expected);
  });

  it('loads with the import map the getting-started guide shows', () => {
    expect({ guideCertain, problems, missing: server?.missing }).toEqual({
      guideCertain: '7',
      problems: [],
      missing: [],
    });
  });

  it('rejects a bad document with a TimelineError whose issues say what and where', () => {
    expect(shown['rejected']).toEqual({
      isTimelineError: true,
      issues: expect.arrayContaining([
        'impossible-date at events[0].date',
        'missing-field at events[0].kind',
      ]),
    });
  });
});

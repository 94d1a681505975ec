import {
  createDispute,
  FORMATS,
  TimelineError,
  writeCasesSvg,
  writeHtml,
  writeMermaid,
  writeSvg,
} from 'dispute-timeline';
import { blackberryPakistan2015, datasets, indiaBlackberry2010 } from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { placeRows } from '../../src/formats/render/layout.js';
import { textWidth, visibleText } from '../../src/formats/render/text.js';
import { contrastRatio, THEMES } from '../../src/formats/render/theme.js';
import { dayTicks, timeTicks } from '../../src/formats/render/ticks.js';
import { TICK_SPACE } from '../../src/formats/render/timeline-scene.js';
import { HOSTILE, hostileDispute } from './hostile-dispute.js';

const window = new JSDOM('').window;
const parseSvg = (svg: string) => new window.DOMParser().parseFromString(svg, 'image/svg+xml');

function issuesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof TimelineError)
      return error.issues.map((issue) => `${issue.code} at ${issue.path.join('.')}`);
    throw error;
  }
  return [];
}

describe('the drawing formats in the registry', () => {
  it('registers svg, html and mermaid, each writing what its renderer writes', () => {
    const byName = new Map(FORMATS.map((format) => [format.name, format]));
    expect(byName.get('svg')?.write(blackberryPakistan2015)).toBe(writeSvg(blackberryPakistan2015));
    expect(byName.get('html')?.write(blackberryPakistan2015)).toBe(writeHtml(blackberryPakistan2015));
    expect(byName.get('mermaid')?.write(blackberryPakistan2015)).toBe(writeMermaid(blackberryPakistan2015));
    expect([byName.get('svg')?.mediaType, byName.get('html')?.extension]).toEqual(['image/svg+xml', '.html']);
  });
});

describe('writeSvg', () => {
  it('draws every event, demand, response and deadline of each shipped case as well-formed SVG', () => {
    for (const dispute of datasets) {
      const doc = parseSvg(writeSvg(dispute));
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      const keys = Array.from(doc.querySelectorAll('.dt-mark')).map((mark) => mark.getAttribute('data-key'));
      expect(keys.sort()).toEqual(
        [
          ...dispute.events.map((e) => `event:${e.id}`),
          ...dispute.demands.map((d) => `demand:${d.id}`),
          ...dispute.responses.map((r) => `response:${r.id}`),
          ...dispute.deadlines.map((d) => `deadline:${d.id}`),
        ].sort(),
      );
      expect(doc.querySelectorAll('.dt-deadline-line')).toHaveLength(dispute.deadlines.length);
      const root = doc.documentElement;
      expect(root.getAttribute('role')).toBe('img');
      expect(doc.getElementById(`dt-${dispute.id}-title`)?.textContent).toBe(dispute.title);
      expect(doc.getElementById(`dt-${dispute.id}-desc`)?.textContent).toMatch(/The axis is in UTC/);
    }
  });

  it('draws a month-precision event as the span of its month, marked in its label when approximate', () => {
    const doc = parseSvg(writeSvg(indiaBlackberry2010, { width: 1000 }));
    const server = doc.querySelector('[data-key="event:mumbai-server-reported"] .dt-span');
    const width = Number(server?.getAttribute('width'));
    const all = doc.querySelector('.dt-background');
    expect(all).not.toBeNull();
    // A month of the India case's 2010-08 … 2013-07 domain (about 1,100 days on 786 px) is about 22 px.
    expect(width).toBeGreaterThan(15);
    expect(width).toBeLessThan(30);
    const approximate = doc.querySelector('[data-key="event:rim-customer-statement"] .dt-label');
    expect(approximate?.textContent?.startsWith('~ ')).toBe(true);
  });

  it('draws each extension as an arrow from the old due date to the new one, the outcome in the label', () => {
    const doc = parseSvg(writeSvg(indiaBlackberry2010));
    const x = (key: string) =>
      Number(doc.querySelector(`.dt-deadline-line[data-key="${key}"]`)?.getAttribute('x1'));
    const arrow = doc.querySelector('[data-key="deadline:deadline-2011-01-31"] .dt-extension');
    expect(Number(arrow?.getAttribute('x1'))).toBe(x('deadline:deadline-2010-10-31'));
    expect(Number(arrow?.getAttribute('x2'))).toBeLessThan(x('deadline:deadline-2011-01-31'));
    const labels = Array.from(doc.querySelectorAll('[data-shape="deadline"] .dt-label')).map(
      (l) => l.textContent,
    );
    expect(labels.some((label) => label?.includes('(extended)'))).toBe(true);
    expect(
      doc
        .querySelector('.dt-deadline-line[data-key="deadline:deadline-2010-08-31"]')
        ?.getAttribute('stroke-dasharray'),
    ).toBe('8 4');
  });

  it('links each demand to its responses', () => {
    const doc = parseSvg(writeSvg(blackberryPakistan2015));
    const links = blackberryPakistan2015.responses.reduce((n, response) => n + response.to.length, 0);
    expect(doc.querySelectorAll('.dt-link')).toHaveLength(links);
  });

  it('draws only the records and dates asked for, in the theme asked for', () => {
    const svg = writeSvg(blackberryPakistan2015, {
      records: ['events'],
      from: '2015-07',
      theme: 'dark',
      lanes: 'kind',
    });
    const doc = parseSvg(svg);
    expect(doc.querySelectorAll('.dt-mark')).toHaveLength(7);
    expect(doc.querySelector('.dt-background')?.getAttribute('fill')).toBe(THEMES.dark.background);
    expect(
      Array.from(doc.querySelectorAll('.dt-lane')).map((lane) => lane.querySelector('title')?.textContent),
    ).toEqual(['notification', 'order', 'statement', 'announcement', 'extension', 'rescission']);
  });

  it('is the same bytes for the same input, and for a copy of the dispute', () => {
    const copy = JSON.parse(JSON.stringify(blackberryPakistan2015));
    expect(writeSvg(copy)).toBe(writeSvg(blackberryPakistan2015));
    expect(writeSvg(blackberryPakistan2015, { width: 720 })).toMatchInlineSnapshot(`
      "<svg xmlns="http://www.w3.org/2000/svg" id="dt-blackberry-pakistan-2015" class="dt-timeline" width="720" height="590" viewBox="0 0 720 590" role="img" aria-labelledby="dt-blackberry-pakistan-2015-title dt-blackberry-pakistan-2015-desc" font-family="'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace" font-size="12" data-theme="light"><title id="dt-blackberry-pakistan-2015-title">Pakistan and BlackBerry Enterprise Service, 2015</title><desc id="dt-blackberry-pakistan-2015-desc">A timeline of 8 events, 2 demands, 3 responses and 2 deadlines, from 2010 to 2015-12-31, one lane per actor. The axis is in UTC; dates are local to Asia/Karachi unless marked.</desc><defs><pattern id="dt-blackberry-pakistan-2015-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1d4ed8" stroke-width="2"/></pattern><marker id="dt-blackberry-pakistan-2015-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="#b91c1c"/></marker><marker id="dt-blackberry-pakistan-2015-link" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="#1d4ed8"/></marker></defs><rect class="dt-background" width="720" height="590" fill="#ffffff"/><text class="dt-title" x="16" y="34" font-size="18" font-weight="bold" fill="#111827">Pakistan and BlackBerry Enterprise Service, 2015</text><text class="dt-note" x="16" y="60" fill="#374151">Axis in UTC. Dates as the sources give them, local to Asia/Karachi unless marked; lanes by…</text><g class="dt-legend"><g class="dt-legend-item"><circle cx="24" cy="81" r="5" fill="#1d4ed8"/><text x="38" y="85" fill="#374151">event</text></g><g class="dt-legend-item"><rect x="96.2" y="76" width="10" height="10" fill="#1d4ed8"/><text x="115.2" y="85" fill="#374151">demand</text></g><g class="dt-legend-item"><path d="M185.8 75L191.8 81L185.8 87L179.8 81Z" fill="#1d4ed8"/><text x="199.8" y="85" fill="#374151">response</text></g><g class="dt-legend-item"><rect x="277.4" y="76" width="16" height="10" fill="url(#dt-blackberry-pakistan-2015-hatch)" stroke="#1d4ed8"/><text x="299.4" y="85" fill="#374151">date known only to a span (~ about, ? uncertain)</text></g><g class="dt-legend-item"><line x1="24" y1="95" x2="24" y2="111" stroke="#b91c1c" stroke-width="2"/><text x="38" y="107" fill="#374151">deadline: solid when final, dashed when extended, dotted when rescinded</text></g><g class="dt-legend-item"><line x1="16" y1="125" x2="30" y2="125" stroke="#b91c1c" stroke-width="2" marker-end="url(#dt-blackberry-pakistan-2015-arrow)"/><text x="38" y="129" fill="#374151">extension: old due date → new</text></g><g class="dt-legend-item"><line x1="275.5" y1="125" x2="289.5" y2="125" stroke="#1d4ed8" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#dt-blackberry-pakistan-2015-link)"/><text x="297.5" y="129" fill="#374151">demand → response</text></g></g><g class="dt-bands"><rect x="0" y="164" width="720" height="54" fill="#f3f4f6"/><text class="dt-lane" x="16" y="184" fill="#374151">Deadlines<title>Deadlines</title></text><text class="dt-lane" x="16" y="238" fill="#374151">Government of Pakistan<title>Government of Pakistan</title></text><rect x="0" y="250" width="720" height="54" fill="#f3f4f6"/><text class="dt-lane" x="16" y="270" fill="#374151">Ministry of Interior<title>Ministry of Interior</title></text><text class="dt-lane" x="16" y="324" fill="#374151">Pakistan Telecommuni…<title>Pakistan Telecommunication Authority</title></text><rect x="0" y="336" width="720" height="32" fill="#f3f4f6"/><text class="dt-lane" x="16" y="356" fill="#374151">Khurram Mehran<title>Khurram Mehran</title></text><text class="dt-lane" x="16" y="388" fill="#374151">Syed Ismail Shah<title>Syed Ismail Shah</title></text><rect x="0" y="400" width="720" height="142" fill="#f3f4f6"/><text class="dt-lane" x="16" y="420" fill="#374151">BlackBerry<title>BlackBerry</title></text><text class="dt-lane" x="16" y="562" fill="#374151">Government of India<title>Government of India</title></text></g><g class="dt-grid"><line x1="204.4" y1="164" x2="204.4" y2="574" stroke="#d1d5db" stroke-width="1"/><text class="dt-tick" x="204.4" y="156" text-anchor="middle" fill="#374151">2010</text><line x1="283.9" y1="164" x2="283.9" y2="574" stroke="#d1d5db" stroke-width="1"/><text class="dt-tick" x="283.9" y="156" text-anchor="middle" fill="#374151">2011</text><line x1="363.4" y1="164" x2="363.4" y2="574" stroke="#d1d5db" stroke-width="1"/><text class="dt-tick" x="363.4" y="156" text-anchor="middle" fill="#374151">2012</text><line x1="443.1" y1="164" x2="443.1" y2="574" stroke="#d1d5db" stroke-width="1"/><text class="dt-tick" x="443.1" y="156" text-anchor="middle" fill="#374151">2013</text><line x1="522.6" y1="164" x2="522.6" y2="574" stroke="#d1d5db" stroke-width="1"/><text class="dt-tick" x="522.6" y="156" text-anchor="middle" fill="#374151">2014</text><line x1="602.1" y1="164" x2="602.1" y2="574" stroke="#d1d5db" stroke-width="1"/><text class="dt-tick" x="602.1" y="156" text-anchor="middle" fill="#374151">2015</text><line x1="681.6" y1="164" x2="681.6" y2="574" stroke="#d1d5db" stroke-width="1"/><text class="dt-tick" x="681.6" y="156" text-anchor="middle" fill="#374151">2016</text></g><line x1="190" y1="164" x2="696" y2="164" stroke="#374151"/><g class="dt-lines"><line class="dt-deadline-line" data-key="deadline:deadline-2015-11-30" x1="674.8" y1="164" x2="674.8" y2="574" stroke="#b91c1c" stroke-width="2" stroke-dasharray="8 4"/><line class="dt-deadline-line" data-key="deadline:deadline-2015-12-30" x1="681.4" y1="164" x2="681.4" y2="574" stroke="#b91c1c" stroke-width="2" stroke-dasharray="2 4"/></g><g class="dt-links"><path class="dt-link" d="M674.8 234C694.8 234 647.8 460 667.8 460" fill="none" stroke="#1d4ed8" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#dt-blackberry-pakistan-2015-link)"/><path class="dt-link" d="M674.8 234C694.8 234 647.8 482 667.8 482" fill="none" stroke="#1d4ed8" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#dt-blackberry-pakistan-2015-link)"/><path class="dt-link" d="M674.8 234C694.8 234 654.6 526 674.6 526" fill="none" stroke="#1d4ed8" stroke-width="1.5" stroke-dasharray="4 3" marker-end="url(#dt-blackberry-pakistan-2015-link)"/></g><g class="dt-marks"><g class="dt-mark" data-key="deadline:deadline-2015-11-30" data-shape="deadline"><title>2015-11-30 (day precision; Asia/Karachi) · deadline, extended · set by Ministry of Interior and Pakistan Telecommunication Authority · Deadline: Last day of BES in Pakistan: no BES connection active after 30 November 2015</title><path d="M669.8 175L679.8 175L674.8 185Z" fill="#b91c1c"/><text class="dt-label" x="665.8" y="184" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">Due 2015-11-30 (extended): Last day of…</text></g><g class="dt-mark" data-key="deadline:deadline-2015-12-30" data-shape="deadline"><title>2015-12-30 (day precision; Asia/Karachi) · deadline, rescinded · set by Pakistan Telecommunication Authority · Deadline: Shutdown order extended from 30 November to 30 December; BlackBerry announces its exit for that date</title><path d="M676.4 197L686.4 197L681.4 207Z" fill="#b91c1c"/><text class="dt-label" x="665.8" y="206" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">Due 2015-12-30 (rescinded): Shutdown…</text></g><g class="dt-mark" data-key="demand:bes-traffic-access" data-shape="demand"><title>2015-11-30 (day precision; America/Toronto) · demand · Government of Pakistan, of BlackBerry · Demand: Access to monitor BlackBerry Enterprise Service traffic in Pakistan, as BlackBerry describes the demand</title><rect x="669.8" y="229" width="10" height="10" fill="#1d4ed8"/><text class="dt-label" x="665.8" y="238" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">Demand: Access to monitor BlackBerry…</text></g><g class="dt-mark" data-key="event:interior-ministry-decision" data-shape="event"><title>2015-07-24 (day precision; Asia/Karachi) · order · Ministry of Interior, Government of Pakistan · Interior Ministry decides to block BES from 1 December 2015</title><circle cx="646.6" cy="266" r="5" fill="#1d4ed8"/><text class="dt-label" x="637.6" y="270" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">Interior Ministry decides to block BES…</text></g><g class="dt-mark" data-key="demand:bes-shutdown-order" data-shape="demand"><title>2015-07-24 (day precision; Asia/Karachi) · demand · Ministry of Interior, Pakistan Telecommunication Authority, of Mobile phone operators in Pakistan · Demand: Close BlackBerry Enterprise Services from 30 November 2015; BIS, voice and SMS unaffected</title><rect x="641.6" y="283" width="10" height="10" fill="#1d4ed8"/><text class="dt-label" x="637.6" y="292" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">Demand: Close BlackBerry Enterprise…</text></g><g class="dt-mark" data-key="event:pta-directs-operators" data-shape="event"><title>2015-07-24 (day precision; Asia/Karachi) · notification · Pakistan Telecommunication Authority, Mobile phone operators in Pakistan, BES customers in Pakistan · PTA tells mobile operators that no BES connection may be active after 30 November</title><circle cx="646.6" cy="320" r="5" fill="#1d4ed8"/><text class="dt-label" x="637.6" y="324" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">PTA tells mobile operators that no BES…</text></g><g class="dt-mark" data-key="event:pta-affected-users" data-shape="event"><title>2015-07-24 (day precision; Asia/Karachi) · statement · Khurram Mehran, Pakistan Telecommunication Authority, BES customers in Pakistan · PTA spokesman: about 4,000 to 5,000 BES users would be affected</title><circle cx="646.6" cy="352" r="5" fill="#1d4ed8"/><text class="dt-label" x="637.6" y="356" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">PTA spokesman: about 4,000 to 5,000…</text></g><g class="dt-mark" data-key="event:pta-extends-deadline" data-shape="event"><title>2015-11-30 (day precision; Asia/Karachi) · extension · Syed Ismail Shah, Pakistan Telecommunication Authority, BlackBerry · PTA extends the shutdown by a month, to 30 December</title><circle cx="674.7" cy="384" r="5" fill="#1d4ed8"/><text class="dt-label" x="665.7" y="388" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">PTA extends the shutdown by a month,…</text></g><g class="dt-mark" data-key="event:blackberry-exit-announced" data-shape="event"><title>2015-11-30 (day precision; America/Toronto) · announcement · BlackBerry, Marty Beard · BlackBerry announces it will leave Pakistan rather than give access to BES traffic</title><circle cx="674.8" cy="416" r="5" fill="#1d4ed8"/><text class="dt-label" x="665.8" y="420" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">BlackBerry announces it will leave…</text></g><g class="dt-mark" data-key="event:blackberry-exit-delayed" data-shape="event"><title>2015-11-30 (day precision; America/Toronto) · announcement · BlackBerry · BlackBerry updates its post: it will delay its exit until 30 December</title><circle cx="674.8" cy="438" r="5" fill="#1d4ed8"/><text class="dt-label" x="665.8" y="442" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">BlackBerry updates its post: it will…</text></g><g class="dt-mark" data-key="event:rescission-announced" data-shape="event"><title>2015-12-31 (day precision; America/Toronto) · rescission · BlackBerry, Marty Beard, Government of Pakistan, Pakistan Telecommunication Authority · BlackBerry: Pakistan has rescinded its shutdown order, and BlackBerry will stay</title><circle cx="681.6" cy="504" r="5" fill="#1d4ed8"/><text class="dt-label" x="672.6" y="508" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">BlackBerry: Pakistan has rescinded its…</text></g><g class="dt-mark" data-key="response:blackberry-exit" data-shape="response"><title>2015-11-30 (day precision; America/Toronto) · response · BlackBerry, Marty Beard · Response (leave-market): BlackBerry will leave Pakistan (BES and BIS) rather than give access to BES traffic</title><path d="M674.8 454L680.8 460L674.8 466L668.8 460Z" fill="#1d4ed8"/><text class="dt-label" x="665.8" y="464" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">Response (leave-market): BlackBerry…</text></g><g class="dt-mark" data-key="response:blackberry-delays-exit" data-shape="response"><title>2015-11-30 (day precision; America/Toronto) · response · BlackBerry · Response (negotiate): BlackBerry delays its exit until 30 December while talks continue</title><path d="M674.8 476L680.8 482L674.8 488L668.8 482Z" fill="#1d4ed8"/><text class="dt-label" x="665.8" y="486" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">Response (negotiate): BlackBerry…</text></g><g class="dt-mark" data-key="response:blackberry-stays" data-shape="response"><title>2015-12-31 (day precision; America/Toronto) · response · BlackBerry, Marty Beard · Response (refuse): BlackBerry stays in Pakistan, giving no access to BES content or servers</title><path d="M681.6 520L687.6 526L681.6 532L675.6 526Z" fill="#1d4ed8"/><text class="dt-label" x="672.6" y="530" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">Response (refuse): BlackBerry stays in…</text></g><g class="dt-mark" data-key="event:india-2010-precedent" data-shape="event"><title>2010 (year precision; Asia/Karachi) · demand · Government of India, BlackBerry · Precedent: India demands real-time access to traffic through BlackBerry servers</title><rect class="dt-span" x="204.3" y="553" width="79.5" height="10" fill="url(#dt-blackberry-pakistan-2015-hatch)" stroke="#1d4ed8"/><circle cx="244.1" cy="558" r="5" fill="#1d4ed8"/><text class="dt-label" x="292.8" y="562" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke">Precedent: India demands real-time…</text></g></g></svg>
      "
    `);
  });

  it('rejects bad options with a TimelineError naming each option', () => {
    expect(issuesOf(() => writeSvg(blackberryPakistan2015, { width: 10 }))).toEqual([
      'invalid-argument at options.width',
    ]);
    expect(issuesOf(() => writeSvg(blackberryPakistan2015, { theme: 'pink' as 'dark' }))).toEqual([
      'invalid-argument at options.theme',
    ]);
    expect(issuesOf(() => writeSvg(blackberryPakistan2015, { records: ['claims' as 'events'] }))).toEqual([
      'invalid-argument at options.records.0',
    ]);
    expect(issuesOf(() => writeSvg(blackberryPakistan2015, { from: '2016', to: '2015' }))).toEqual([
      'invalid-argument at options.to',
    ]);
    expect(issuesOf(() => writeSvg(blackberryPakistan2015, { events: [{ id: 'nope' }] as never }))).toEqual([
      'unknown-reference at options.events.0',
    ]);
    expect(issuesOf(() => writeSvg({} as never))).not.toEqual([]);
    expect(issuesOf(() => writeCasesSvg(datasets, { anchor: 'middle' as 'first-demand' }))).toEqual([
      'invalid-argument at options.anchor',
    ]);
  });
});

describe('writeCasesSvg', () => {
  it('draws the four cases in one picture, day 0 marked, every event and deadline in its case lane', () => {
    const doc = parseSvg(writeCasesSvg(datasets));
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelectorAll('.dt-anchor-line')).toHaveLength(1);
    expect(doc.querySelectorAll('[data-shape="event"]')).toHaveLength(
      datasets.reduce((n, dispute) => n + dispute.events.length, 0),
    );
    expect(doc.querySelectorAll('.dt-deadline-line')).toHaveLength(
      datasets.reduce((n, dispute) => n + dispute.deadlines.length, 0),
    );
    expect(Array.from(doc.querySelectorAll('.dt-tick')).map((tick) => tick.textContent)).toContain('day 0');
    // Each case's first deadline sits at day 0: its line ends the anchor's day, one day right of day 0.
    const anchor = Number(doc.querySelector('.dt-anchor-line')?.getAttribute('x1'));
    const first = Number(
      doc
        .querySelector('.dt-deadline-line[data-key="blackberry-pakistan-2015:deadline:deadline-2015-11-30"]')
        ?.getAttribute('x1'),
    );
    expect(first - anchor).toBeGreaterThan(0);
    expect(first - anchor).toBeLessThan(2);
  });
});

describe('hostile text', () => {
  it('is drawn as text in the SVG: no element, attribute or script comes from the data', () => {
    const svg = writeSvg(hostileDispute());
    const doc = parseSvg(svg);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(doc.documentElement.querySelector('title')?.textContent).toBe(visibleText(`Title ${HOSTILE}`));
    const elements = new Set(Array.from(doc.querySelectorAll('*')).map((element) => element.localName));
    expect([...elements].sort()).toEqual(
      [
        'circle',
        'defs',
        'desc',
        'g',
        'line',
        'marker',
        'path',
        'pattern',
        'rect',
        'svg',
        'text',
        'title',
      ].sort(),
    );
  });

  it('is shown as text in the HTML page, whose only script is its own', () => {
    const html = writeHtml(hostileDispute());
    const dom = new JSDOM(html);
    const { document } = dom.window;
    const scripts = Array.from(document.querySelectorAll('script'));
    expect(scripts.map((script) => script.getAttribute('type'))).toEqual([null]);
    expect(scripts[0]?.textContent).not.toContain('alert');
    expect(document.querySelector('h1')?.textContent).toBe(visibleText(`Title ${HOSTILE}`));
    expect(document.querySelector('tbody th')?.textContent).toBe(visibleText(`Event ${HOSTILE}`));
    expect(document.querySelector('blockquote')?.textContent).toBe(visibleText(`Quote ${HOSTILE}`));
    const named =
      document.querySelector('g[data-key="event:e"]')?.getAttribute('aria-labelledby')?.split(' ') ?? [];
    expect(named.map((id) => document.getElementById(id)?.textContent)).toEqual([
      visibleText(`Event ${HOSTILE}`),
      '2015-07 (month precision; Asia/Karachi)',
    ]);
    expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(document.querySelectorAll('a[href]')).toHaveLength(2);
    expect(document.querySelector('a[href]')?.getAttribute('href')).toBe(
      'https://example.org/?q=<script>&x="1"',
    );
  });

  it('cannot break the Mermaid diagram: breaking characters become entities, one line per event', () => {
    const text = writeMermaid(hostileDispute());
    expect(text.trimEnd().split('\n')).toHaveLength(5);
    expect(text.replace(/#\w+;/g, '')).not.toMatch(/[<>"`{};%&#]|: .*: /);
    expect(text).toContain('#lt;script#gt;alert(1)#lt;/script#gt;');
    expect(text).toContain('2015-07-24T09#58;30 (Toronto) : #35; starts with a hash#58; and a colon');
  });
});

describe('themes', () => {
  it('give every text at least 4.5:1 contrast, and every mark and line at least 3:1, on each background', () => {
    for (const theme of Object.values(THEMES)) {
      for (const background of [theme.background, theme.band]) {
        for (const text of [theme.text, theme.muted])
          expect(contrastRatio(text, background)).toBeGreaterThanOrEqual(4.5);
        for (const graphic of [theme.mark, theme.deadline, theme.anchor])
          expect(contrastRatio(graphic, background)).toBeGreaterThanOrEqual(3);
      }
    }
  });
});

describe('axis ticks', () => {
  const DAY = 86_400_000;
  const start = Date.UTC(2015, 6, 24);
  it.each([
    ['hours', 0.5 * DAY, /^2015-07-24 \d\d:00$/],
    ['days', 10 * DAY, /^2015-0[78]-\d\d$/],
    ['months', 300 * DAY, /^\d{4}-\d\d$/],
    ['years', 6 * 365 * DAY, /^\d{4}$/],
    ['decades', 50 * 365 * DAY, /^\d{4}$/],
  ])('label a span of %s at UTC boundaries, far enough apart for their labels', (_, span, pattern) => {
    const ticks = timeTicks(start, start + span, 800, TICK_SPACE);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    for (const tick of ticks) expect(tick.label).toMatch(pattern);
    for (const [a, b] of ticks.slice(1).map((tick, i) => [ticks[i], tick] as const))
      expect(((b.at - (a?.at ?? 0)) / span) * 800).toBeGreaterThanOrEqual(TICK_SPACE(b.label.length));
    expect(new Date(ticks[0]?.at ?? 0).toISOString()).toMatch(/T\d\d:00:00\.000Z$/);
  });

  it('counts days from day 0 with a sign', () => {
    expect(dayTicks(-100, 400, 800, TICK_SPACE).map((tick) => tick.label)).toContain('day 0');
    expect(dayTicks(-100, 400, 800, TICK_SPACE)[0]?.label).toMatch(/^\u2212/);
  });
});

describe('label rows', () => {
  it('never let two labels of a lane overlap, nor a label run out of the plot', () => {
    const mark = fc.record({
      x0: fc.integer({ min: 200, max: 980 }),
      width: fc.integer({ min: 0, max: 300 }),
      label: fc.string({ minLength: 1, maxLength: 80 }),
    });
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 60 }), (marks) => {
        const spans = marks.map((m) => ({ x0: m.x0, x1: Math.min(980, m.x0 + m.width), label: m.label }));
        const { placements } = placeRows(spans, {
          left: 190,
          right: 980,
          fontSize: 12,
          maxLabelWidth: 300,
          maxRows: 6,
        });
        const boxes = placements.map((p) => {
          const width = textWidth(p.text, 12);
          const from = p.anchor === 'end' ? p.textX - width : p.textX;
          return { row: p.row, overflow: p.overflow, from, to: from + width, empty: p.text === '' };
        });
        for (const box of boxes) {
          if (box.empty) continue;
          expect(box.from).toBeGreaterThanOrEqual(190 - 0.001);
          expect(box.to).toBeLessThanOrEqual(980 + 0.001);
        }
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a === undefined || b === undefined || a.empty || b.empty || a.row !== b.row) continue;
            expect(a.to <= b.from || b.to <= a.from).toBe(true);
          }
      }),
      { numRuns: 200, interruptAfterTimeLimit: 20_000 },
    );
  });
});

describe('a case built by hand', () => {
  it('draws an event without actors in its own lane, and a case without deadlines without a strip', () => {
    const dispute = createDispute({ id: 'tiny', title: 'Tiny' })
      .source({ id: 's', publisher: 'P' })
      .event({
        id: 'e',
        date: '2020-01-01',
        kind: 'other',
        title: 'Alone',
        actors: [],
        sources: [{ source: 's' }],
        confidence: 'confirmed',
      })
      .build();
    const doc = parseSvg(writeSvg(dispute));
    expect(Array.from(doc.querySelectorAll('.dt-lane title')).map((t) => t.textContent)).toEqual([
      '(no actor)',
    ]);
    expect(doc.querySelectorAll('.dt-tick').length).toBeGreaterThan(1);
  });
});

describe('options of the picture', () => {
  it('draws one lane per group of actors: each actor under its topmost organisation', () => {
    const doc = parseSvg(writeSvg(indiaBlackberry2010, { lanes: 'group' }));
    const lanes = Array.from(doc.querySelectorAll('.dt-lane title')).map((title) => title.textContent);
    expect(lanes).toContain('Government of India');
    expect(lanes).not.toContain('Ministry of Home Affairs');
  });

  it('draws only the events it is given, as a query selects them', () => {
    const events = blackberryPakistan2015.events.filter((event) => event.kind === 'announcement');
    const doc = parseSvg(writeSvg(blackberryPakistan2015, { events, records: ['events'] }));
    expect(Array.from(doc.querySelectorAll('.dt-mark')).map((mark) => mark.getAttribute('data-key'))).toEqual(
      events.map((event) => `event:${event.id}`),
    );
  });
});

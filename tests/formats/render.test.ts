import { createDispute, FORMATS, writeCasesSvg, writeHtml, writeMermaid, writeSvg } from 'dispute-timeline';
import {
  blackberryPakistan2015,
  datasets,
  indiaBlackberry2010,
  twitterNigeria2021,
  uaeBlackberry2010,
} from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/formats/render/layout.js';
import { textWidth, visibleText } from '../../src/formats/render/text.js';
import { contrastRatio, THEMES } from '../../src/formats/render/theme.js';
import { dayTicks, timeTicks } from '../../src/formats/render/ticks.js';
import { TICK_SPACE } from '../../src/formats/render/timeline-scene.js';
import { issuesOf } from '../support/issues.js';
import { heavyRuns } from '../support/runs.js';
import { HOSTILE, hostileDispute } from './hostile-dispute.js';

const window = new JSDOM('').window;
const parseSvg = (svg: string) => new window.DOMParser().parseFromString(svg, 'image/svg+xml');

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
      // A response and the event that records it are one mark: the event's key is on the mark's label.
      const keys = Array.from(doc.querySelectorAll('.dt-mark, .dt-restated')).map((mark) =>
        mark.getAttribute('data-key'),
      );
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
    // February 2012 sits in the stretch from October 2011 to February 2012 (about 125 days), which the axis
    // gives 12 % of its 806 px: a month there is about 20 px.
    expect(width).toBeGreaterThan(15);
    expect(width).toBeLessThan(30);
    // A day-precision event is drawn solid, never as a span.
    expect(doc.querySelector('[data-key="event:sixty-day-reprieve"] .dt-span')).toBeNull();
    expect(doc.querySelector('[data-key="event:sixty-day-reprieve"]')?.getAttribute('data-exact')).toBe(
      'true',
    );
    const approximate = doc.querySelector('[data-key="event:extension-to-2011-01-31"] .dt-label');
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

  it('draws a response and the event that records it as one mark, with the event\u2019s title', () => {
    const doc = parseSvg(writeSvg(blackberryPakistan2015));
    const exit = doc.querySelector('.dt-mark[data-key="response:blackberry-exit"]');
    expect(exit?.querySelector('.dt-restated')?.getAttribute('data-key')).toBe(
      'event:blackberry-exit-announced',
    );
    expect(doc.querySelectorAll('.dt-mark[data-key="event:blackberry-exit-announced"]')).toHaveLength(0);
    // Wrapped over lines, the label reads whole: each line keeps the space it was broken at.
    expect(exit?.querySelector('.dt-label')?.textContent).toBe(
      'BlackBerry announces it will leave Pakistan rather than give access to BES traffic [response: leave-market]',
    );
    // A ministry's letter that reports the company's answer is not the answer: India's DoT letters stay apart.
    const india = parseSvg(writeSvg(indiaBlackberry2010));
    expect(
      india
        .querySelector('.dt-restated[data-key="event:dot-letters-to-operators"]')
        ?.closest('.dt-mark')
        ?.getAttribute('data-key'),
    ).toBe('demand:legal-intervention-capability');
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
      "<svg xmlns="http://www.w3.org/2000/svg" id="dt-blackberry-pakistan-2015" class="dt-timeline" width="720" height="891" viewBox="0 0 720 891" role="img" aria-labelledby="dt-blackberry-pakistan-2015-title dt-blackberry-pakistan-2015-desc" font-family="'DejaVu Sans Mono', Menlo, Consolas, 'Liberation Mono', monospace" font-size="10" data-theme="light"><title id="dt-blackberry-pakistan-2015-title">Pakistan and BlackBerry Enterprise Service, 2015</title><desc id="dt-blackberry-pakistan-2015-desc">A timeline of 4 events, 2 demands, 3 responses and 2 deadlines, from 2010 to 2015-12-31, one lane per actor. The axis is in UTC; dates are local to Asia/Karachi unless marked.</desc><defs><pattern id="dt-blackberry-pakistan-2015-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#1d4ed8" stroke-width="2"/></pattern><marker id="dt-blackberry-pakistan-2015-arrow" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10Z" fill="#b91c1c"/></marker></defs><rect class="dt-background" width="720" height="891" fill="#ffffff"/><text x="12" y="25" class="dt-title" font-size="13" font-weight="bold" fill="#111827"><tspan x="12">Pakistan and BlackBerry Enterprise Service, 2015</tspan></text><text x="12" y="42" class="dt-note" fill="#374151"><tspan x="12">Axis in UTC. Dates as the sources give them, local to Asia/Karachi unless marked; lanes by actor. A demand or</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">response and the event that records it are one mark, with the event’s title.</tspan></text><g class="dt-legend"><g class="dt-legend-item"><circle cx="20" cy="71" r="4.5" fill="#1d4ed8"/><text x="32" y="74.5" fill="#374151">event</text></g><g class="dt-legend-item"><rect x="81" y="67" width="8" height="8" fill="#1d4ed8"/><text x="97" y="74.5" fill="#374151">demand</text></g><g class="dt-legend-item"><path d="M156.2 64.5L161.7 71L156.2 77.5L150.7 71Z" fill="#1d4ed8"/><text x="168.2" y="74.5" fill="#374151">response</text></g><g class="dt-legend-item"><rect x="12" y="83" width="16" height="8" fill="url(#dt-blackberry-pakistan-2015-hatch)" stroke="#1d4ed8"/><text x="32" y="90.5" fill="#374151">date known only to a month, year or range: the span it may cover (~ about, ? uncertain)</text></g><g class="dt-legend-item"><line x1="20" y1="96" x2="20" y2="110" stroke="#b91c1c" stroke-width="2"/><text x="32" y="106.5" fill="#374151">deadline: solid when final, dashed when extended, dotted when rescinded</text></g><g class="dt-legend-item"><line x1="486.2" y1="103" x2="500.2" y2="103" stroke="#b91c1c" stroke-width="2" marker-end="url(#dt-blackberry-pakistan-2015-arrow)"/><text x="506.2" y="106.5" fill="#374151">extension: old due date → new</text></g><g class="dt-legend-item"><path class="dt-break-sign" d="M15 126L21 112M21 126L27 112" stroke="#374151" stroke-width="1.5" fill="none"/><text x="32" y="122.5" fill="#374151">axis break: a stretch with no records left out, its length above it</text></g></g><g class="dt-bands"><rect x="0" y="165" width="720" height="74" fill="#f3f4f6"/><g class="dt-lane"><text x="12" y="182.5" fill="#374151"><tspan x="12">Deadlines</tspan></text><title>Deadlines</title></g><g class="dt-lane"><text x="12" y="256.5" fill="#374151"><tspan x="12">Interior Ministry</tspan></text><title>Ministry of Interior</title></g><rect x="0" y="275" width="720" height="62" fill="#f3f4f6"/><g class="dt-lane"><text x="12" y="292.5" fill="#374151"><tspan x="12">PTA</tspan></text><title>Pakistan Telecommunication Authority</title></g><g class="dt-lane"><text x="12" y="354.5" fill="#374151"><tspan x="12">Khurram Mehran</tspan></text><title>Khurram Mehran</title></g><rect x="0" y="373" width="720" height="24" fill="#f3f4f6"/><g class="dt-lane"><text x="12" y="390.5" fill="#374151"><tspan x="12">Syed Ismail Shah</tspan></text><title>Syed Ismail Shah</title></g><g class="dt-lane"><text x="12" y="414.5" fill="#374151"><tspan x="12">BlackBerry</tspan></text><title>BlackBerry</title></g><rect x="0" y="485" width="720" height="36" fill="#f3f4f6"/><g class="dt-lane"><text x="12" y="502.5" fill="#374151"><tspan x="12">Government of</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">India</tspan></text><title>Government of India</title></g></g><g class="dt-axis"><line class="dt-axis-line" data-from="1261024560000" data-to="1295083440000" x1="130" y1="165" x2="196.2" y2="165" stroke="#374151"/><line class="dt-axis-line" data-from="1435053456000" data-to="1452261744000" x1="222.2" y1="165" x2="708" y2="165" stroke="#374151"/><line x1="689.5" y1="165" x2="689.5" y2="521" stroke="#d1d5db" stroke-width="1"/><line x1="613.9" y1="165" x2="613.9" y2="521" stroke="#d1d5db" stroke-width="1"/><line x1="540.7" y1="165" x2="540.7" y2="521" stroke="#d1d5db" stroke-width="1"/><line x1="465.1" y1="165" x2="465.1" y2="521" stroke="#d1d5db" stroke-width="1"/><line x1="392" y1="165" x2="392" y2="521" stroke="#d1d5db" stroke-width="1"/><line x1="316.3" y1="165" x2="316.3" y2="521" stroke="#d1d5db" stroke-width="1"/><line x1="240.7" y1="165" x2="240.7" y2="521" stroke="#d1d5db" stroke-width="1"/><line x1="193.8" y1="165" x2="193.8" y2="521" stroke="#d1d5db" stroke-width="1"/><line x1="132.5" y1="165" x2="132.5" y2="521" stroke="#d1d5db" stroke-width="1"/><rect class="dt-break" x="196.2" y="165" width="26" height="356" fill="#ffffff"/><line x1="196.2" y1="165" x2="196.2" y2="521" stroke="#d1d5db" stroke-dasharray="2 3"/><line x1="222.2" y1="165" x2="222.2" y2="521" stroke="#d1d5db" stroke-dasharray="2 3"/><rect x="198.2" y="158" width="22" height="14" fill="#ffffff"/><path class="dt-break-sign" d="M203.2 172L209.2 158M209.2 172L215.2 158" stroke="#374151" stroke-width="1.5" fill="none"/><text class="dt-break-label" x="209.2" y="143" text-anchor="middle" fill="#374151">4.4 years</text><text class="dt-tick" x="132.5" y="155" text-anchor="middle" fill="#374151">2010</text><text class="dt-tick" x="193.8" y="155" text-anchor="middle" fill="#374151">2011</text><text class="dt-tick" x="240.7" y="155" text-anchor="middle" fill="#374151">2015-07</text><text class="dt-tick" x="316.3" y="155" text-anchor="middle" fill="#374151">2015-08</text><text class="dt-tick" x="392" y="155" text-anchor="middle" fill="#374151">2015-09</text><text class="dt-tick" x="465.1" y="155" text-anchor="middle" fill="#374151">2015-10</text><text class="dt-tick" x="540.7" y="155" text-anchor="middle" fill="#374151">2015-11</text><text class="dt-tick" x="613.9" y="155" text-anchor="middle" fill="#374151">2015-12</text><text class="dt-tick" x="689.5" y="155" text-anchor="middle" fill="#374151">2016-01</text></g><g class="dt-lines"><line class="dt-deadline-line" data-key="deadline:deadline-2015-11-30" x1="613.4" y1="165" x2="613.4" y2="521" stroke="#b91c1c" stroke-width="2" stroke-dasharray="8 4"/><line class="dt-deadline-line" data-key="deadline:deadline-2015-12-30" x1="686.6" y1="165" x2="686.6" y2="521" stroke="#b91c1c" stroke-width="2" stroke-dasharray="2 4"/></g><g class="dt-marks"><g class="dt-mark" data-key="deadline:deadline-2015-11-30" data-shape="deadline" data-exact="true"><title>2015-11-30 (day precision; Asia/Karachi) · deadline, extended · set by Ministry of Interior and Pakistan Telecommunication Authority · Deadline: Last day of BES in Pakistan: no BES connection active after 30 November 2015</title><path d="M607.4 175L619.4 175L613.4 184Z" fill="#b91c1c"/><text x="604.4" y="182.5" class="dt-label" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="604.4">Due 2015-11-30 (extended): Last day of BES in Pakistan:</tspan><tspan font-size="0"> </tspan><tspan x="604.4" dy="12">no BES connection active after 30 November 2015</tspan></text></g><g class="dt-mark" data-key="deadline:deadline-2015-12-30" data-shape="deadline" data-exact="true"><title>2015-12-30 (day precision; Asia/Karachi) · deadline, rescinded · set by Pakistan Telecommunication Authority · Deadline: Shutdown order extended from 30 November to 30 December; BlackBerry announces its exit for that date</title><line class="dt-extension" x1="613.4" y1="205" x2="679.6" y2="205" stroke="#b91c1c" stroke-width="2" marker-end="url(#dt-blackberry-pakistan-2015-arrow)"/><path d="M680.6 201L692.6 201L686.6 210Z" fill="#b91c1c"/><text x="604.4" y="208.5" class="dt-label" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="604.4">Due 2015-12-30 (rescinded): Shutdown order extended</tspan><tspan font-size="0"> </tspan><tspan x="604.4" dy="12">from 30 November to 30 December; BlackBerry announces</tspan><tspan font-size="0"> </tspan><tspan x="604.4" dy="12">its exit for that date</tspan></text></g><g class="dt-mark" data-key="demand:bes-shutdown-order" data-shape="demand" data-exact="true"><title>2015-07-24 (day precision; Asia/Karachi) · demand, recorded by an event (order) · Ministry of Interior, Pakistan Telecommunication Authority, of Mobile phone operators in Pakistan · Interior Ministry decides to block BES from 1 December 2015 (Demand: Close BlackBerry Enterprise Services from 30 November 2015; BIS, voice and SMS unaffected)</title><rect x="293.5" y="249" width="8" height="8" fill="#1d4ed8"/><g class="dt-restated" data-key="event:interior-ministry-decision"><text x="306.5" y="256.5" class="dt-label" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="306.5">Interior Ministry decides to block BES from 1 December</tspan><tspan font-size="0"> </tspan><tspan x="306.5" dy="12">2015 [demand]</tspan></text></g></g><g class="dt-mark" data-key="event:pta-directs-operators" data-shape="event"><title>2015-07/2015-07-24 (an interval, to the month; Asia/Karachi) · notification · Pakistan Telecommunication Authority, Mobile phone operators in Pakistan, BES customers in Pakistan · PTA tells mobile operators that no BES connection may be active after 30 November</title><rect class="dt-span" x="240.2" y="285" width="58.5" height="8" fill="url(#dt-blackberry-pakistan-2015-hatch)" stroke="#1d4ed8"/><circle cx="269.5" cy="289" r="4.5" fill="#1d4ed8"/><text x="307.8" y="292.5" class="dt-label" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="307.8">PTA tells mobile operators that no BES connection may</tspan><tspan font-size="0"> </tspan><tspan x="307.8" dy="12">be active after 30 November</tspan></text></g><g class="dt-mark" data-key="demand:bes-traffic-access" data-shape="demand"><title>2015-07 (month precision; Asia/Karachi) · demand · Pakistan Telecommunication Authority, of BlackBerry · Demand: Access to BlackBerry Enterprise Service traffic in Pakistan, or BES shut down by 30 November 2015</title><rect class="dt-span" x="240.2" y="311" width="75.6" height="8" fill="url(#dt-blackberry-pakistan-2015-hatch)" stroke="#1d4ed8"/><rect x="274" y="311" width="8" height="8" fill="#1d4ed8"/><text x="324.8" y="318.5" class="dt-label" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="324.8">Demand: Access to BlackBerry Enterprise Service traffic</tspan><tspan font-size="0"> </tspan><tspan x="324.8" dy="12">in Pakistan, or BES shut down by 30 November 2015</tspan></text></g><g class="dt-mark" data-key="event:pta-affected-users" data-shape="event" data-exact="true"><title>2015-07-24 (day precision; Asia/Karachi) · statement · Khurram Mehran, Pakistan Telecommunication Authority, BES customers in Pakistan · PTA spokesman: about 4,000 to 5,000 BES users would be affected</title><circle cx="297.5" cy="351" r="4.5" fill="#1d4ed8"/><text x="306.5" y="354.5" class="dt-label" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="306.5">PTA spokesman: about 4,000 to 5,000 BES users would be</tspan><tspan font-size="0"> </tspan><tspan x="306.5" dy="12">affected</tspan></text></g><g class="dt-mark" data-key="event:pta-extends-deadline" data-shape="event" data-exact="true"><title>2015-11-30 (day precision; Asia/Karachi) · extension · Syed Ismail Shah, Pakistan Telecommunication Authority, BlackBerry · PTA extends the shutdown by a month, to 30 December</title><circle cx="612.2" cy="387" r="4.5" fill="#1d4ed8"/><text x="603.2" y="390.5" class="dt-label" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="603.2">PTA extends the shutdown by a month, to 30 December</tspan></text></g><g class="dt-mark" data-key="response:blackberry-exit" data-shape="response" data-exact="true"><title>2015-11-30 (day precision; Asia/Karachi) · response, recorded by an event (announcement) · BlackBerry, Marty Beard · BlackBerry announces it will leave Pakistan rather than give access to BES traffic (Response (leave-market): BlackBerry will leave Pakistan (BES and BIS) rather than give access to BES traffic)</title><path d="M612.2 404.5L617.7 411L612.2 417.5L606.7 411Z" fill="#1d4ed8"/><g class="dt-restated" data-key="event:blackberry-exit-announced"><text x="603.2" y="414.5" class="dt-label" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="603.2">BlackBerry announces it will leave Pakistan rather than</tspan><tspan font-size="0"> </tspan><tspan x="603.2" dy="12">give access to BES traffic [response: leave-market]</tspan></text></g></g><g class="dt-mark" data-key="response:blackberry-delays-exit" data-shape="response" data-exact="true"><title>2015-11-30 (day precision; Asia/Karachi) · response, recorded by an event (announcement) · BlackBerry · BlackBerry updates its post: it will delay its exit until 30 December (Response (negotiate): BlackBerry delays its exit until 30 December while talks continue)</title><path d="M612.2 430.5L617.7 437L612.2 443.5L606.7 437Z" fill="#1d4ed8"/><g class="dt-restated" data-key="event:blackberry-exit-delayed"><text x="603.2" y="440.5" class="dt-label" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="603.2">BlackBerry updates its post: it will delay its exit</tspan><tspan font-size="0"> </tspan><tspan x="603.2" dy="12">until 30 December [response: negotiate]</tspan></text></g></g><g class="dt-mark" data-key="response:blackberry-stays" data-shape="response" data-exact="true"><title>2015-12-31 (day precision; America/Toronto) · response, recorded by an event (rescission) · BlackBerry, Marty Beard · BlackBerry: Pakistan has rescinded its shutdown order, and BlackBerry will stay (Response (refuse): BlackBerry stays in Pakistan, giving no access to BES content or servers)</title><path d="M688.8 456.5L694.3 463L688.8 469.5L683.3 463Z" fill="#1d4ed8"/><g class="dt-restated" data-key="event:rescission-announced"><text x="679.8" y="466.5" class="dt-label" text-anchor="end" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="679.8">BlackBerry: Pakistan has rescinded its shutdown order,</tspan><tspan font-size="0"> </tspan><tspan x="679.8" dy="12">and BlackBerry will stay [response: refuse]</tspan></text></g></g><g class="dt-mark" data-key="event:india-2010-precedent" data-shape="event"><title>2010 (year precision; Asia/Karachi) · demand · Government of India, BlackBerry · Precedent: India demands real-time access to traffic through BlackBerry servers</title><rect class="dt-span" x="132.5" y="495" width="61.3" height="8" fill="url(#dt-blackberry-pakistan-2015-hatch)" stroke="#1d4ed8"/><circle cx="163.1" cy="499" r="4.5" fill="#1d4ed8"/><text x="202.8" y="502.5" class="dt-label" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"><tspan x="202.8">Precedent: India demands real-time access to traffic</tspan><tspan font-size="0"> </tspan><tspan x="202.8" dy="12">through BlackBerry servers</tspan></text></g></g><g class="dt-key"><text x="12" y="538" class="dt-key-heading" font-weight="bold" fill="#111827"><tspan x="12">Lanes shown by a short name</tspan></text><text x="12" y="550" class="dt-key-entry" fill="#111827"><tspan x="12">Interior Ministry: Ministry of Interior</tspan></text><text x="12" y="564" class="dt-key-entry" fill="#111827"><tspan x="12">PTA: Pakistan Telecommunication Authority</tspan></text><text x="12" y="584" class="dt-key-heading" font-weight="bold" fill="#111827"><tspan x="12">Claims on affected-bes-customers (4 claims, each with its sources)</tspan></text><text x="12" y="596" class="dt-claim" fill="#111827"><tspan x="12">• About 5,000 companies that are BES customers in Pakistan would be affected. — Mashable; “The move would</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">affect approximately 5,000 companies who are BES customers in Pakistan.”</tspan></text><text x="12" y="622" class="dt-claim" fill="#111827"><tspan x="12">• Not more than 4,000 to 5,000 BES users in Pakistan. (2015-07-24) — The Express Tribune: Due to &#39;security</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">reasons&#39;, BlackBerry&#39;s enterprise services to be banned in Pakistan; “There are few users of this service whose</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">number would not be more than 4,000 to 5,000 in Pakistan”</tspan></text><text x="12" y="660" class="dt-claim" fill="#111827"><tspan x="12">• BlackBerry has a reported 5,000 enterprise users in Pakistan. — The Verge: BlackBerry leaves Pakistan</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">following government backdoor demands; “its reported 5,000 Pakistani enterprise users”</tspan></text><text x="12" y="686" class="dt-claim" fill="#111827"><tspan x="12">• Fewer than 5,000 BES users or customers in Pakistan. — ProPakistani: PTA Gives Blackberry Another Month…;</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">“less than 5,000”</tspan></text><text x="12" y="718" class="dt-key-heading" font-weight="bold" fill="#111827"><tspan x="12">Claims on extended-shutdown-date (2 claims, each with its sources)</tspan></text><text x="12" y="730" class="dt-claim" fill="#111827"><tspan x="12">• The extended shutdown date, and the date BlackBerry announced for its exit, was 30 December 2015.</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">(2015-11-30) — Reuters: BlackBerry delays Pakistan shutdown as talks on govt access continue; BBC: Blackberry</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">to keep operating in Pakistan; Mashable; “BlackBerry will be leaving the country on December 30, which is the</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">deadline lapse given by the government to stop operations.”</tspan></text><text x="12" y="780" class="dt-claim" fill="#111827"><tspan x="12">• Some outlets give 31 December 2015 as the new shutdown date. The fact sheet judges this wrong: the primary</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">reports say 30 December. — nine.com.au; mag92</tspan></text><text x="12" y="812" class="dt-key-heading" font-weight="bold" fill="#111827"><tspan x="12">Claims on stay-announcement-day (2 claims, each with its sources)</tspan></text><text x="12" y="824" class="dt-claim" fill="#111827"><tspan x="12">• BlackBerry announced on Thursday 31 December 2015 that it would stay in Pakistan. (2015-12-31) — Reuters:</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">Blackberry says will continue operations in Pakistan; ValueWalk; “on Dec. 31, the next day of the company&#39;s due</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">date”</tspan></text><text x="12" y="862" class="dt-claim" fill="#111827"><tspan x="12">• One outlet says BlackBerry &quot;announced Monday&quot; that it would stay. This conflicts with Reuters&#39; &quot;Thursday&quot;;</tspan><tspan font-size="0"> </tspan><tspan x="12" dy="12">the fact sheet treats it as wrong. — 5gtechnologyworld</tspan></text></g></svg>
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
      'invalid-argument at options.records[0]',
    ]);
    expect(issuesOf(() => writeSvg(blackberryPakistan2015, { from: '2016', to: '2015' }))).toEqual([
      'invalid-argument at options.to',
    ]);
    expect(issuesOf(() => writeSvg(blackberryPakistan2015, { events: [{ id: 'nope' }] as never }))).toEqual([
      'unknown-reference at options.events[0]',
    ]);
    expect(issuesOf(() => writeSvg({} as never))).not.toEqual([]);
    expect(issuesOf(() => writeCasesSvg(datasets, { anchor: 'middle' as 'first-demand' }))).toEqual([
      'invalid-argument at options.anchor',
    ]);
  });
});

describe('writeCasesSvg', () => {
  it('draws the nine cases in one picture, day 0 marked, every event and deadline of a case with a deadline in its lane', () => {
    const doc = parseSvg(writeCasesSvg(datasets));
    const aligned = datasets.filter((dispute) => dispute.deadlines.length > 0);
    expect(datasets).toHaveLength(9);
    expect(aligned).toHaveLength(8);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.querySelector('svg > title')?.textContent).toBe(
      '9 cases side by side, day 0 = the first deadline',
    );
    expect(doc.querySelectorAll('.dt-anchor-line')).toHaveLength(aligned.length);
    expect(doc.querySelectorAll('[data-shape="event"]')).toHaveLength(
      aligned.reduce((n, dispute) => n + dispute.events.length, 0),
    );
    expect(doc.querySelectorAll('.dt-deadline-line')).toHaveLength(
      datasets.reduce((n, dispute) => n + dispute.deadlines.length, 0),
    );
    // Every case has its band, in the list's order; day 0 of each event's and deadline's case is in its own band.
    for (const dispute of aligned)
      expect(doc.querySelectorAll(`[data-key^="${dispute.id}:"]`).length, dispute.id).toBe(
        dispute.events.length + 2 * dispute.deadlines.length,
      );
    expect(Array.from(doc.querySelectorAll('.dt-tick')).map((tick) => tick.textContent)).toContain('day 0');
    // Each case's first deadline sits at day 0: its line ends the anchor's day, one day right of day 0, and
    // Pakistan's second (30 December, day 30) ends 31 days right of it, on the case's own axis.
    const anchor = Number(
      doc.querySelectorAll('.dt-anchor-line')[aligned.indexOf(blackberryPakistan2015)]?.getAttribute('x1'),
    );
    const line = (id: string) =>
      Number(
        doc
          .querySelector(`.dt-deadline-line[data-key="blackberry-pakistan-2015:deadline:${id}"]`)
          ?.getAttribute('x1'),
      );
    const day = line('deadline-2015-11-30') - anchor;
    expect(day).toBeGreaterThan(0);
    expect((line('deadline-2015-12-30') - anchor) / day).toBeCloseTo(31, 0);
  });

  it('keeps the band of a case without a deadline, saying so, and draws none of its events', () => {
    const svg = writeCasesSvg([uaeBlackberry2010, twitterNigeria2021, blackberryPakistan2015]);
    const doc = parseSvg(svg);
    const text = (doc.documentElement.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(
      `${twitterNigeria2021.title}: no deadline to align on; its ${twitterNigeria2021.events.length} events are not drawn`,
    );
    expect(text).toContain(`${twitterNigeria2021.title} has no deadline`);
    expect(doc.querySelector('svg > desc')?.textContent).toContain(
      `${twitterNigeria2021.title}, no deadline to align on`,
    );
    expect(doc.querySelectorAll('.dt-anchor-line')).toHaveLength(2);
    expect(doc.querySelectorAll('[data-key^="twitter-nigeria-2021:"]')).toHaveLength(0);
    // The bands keep the list's order: the UAE, then Nigeria, then Pakistan.
    const at = (words: string) => text.indexOf(words);
    expect(at(uaeBlackberry2010.title)).toBeLessThan(at(`${twitterNigeria2021.title}: no deadline`));
    expect(at(`${twitterNigeria2021.title}: no deadline`)).toBeLessThan(
      at(`${blackberryPakistan2015.title}: day 0`),
    );
    // Aligned on the first demand, which Nigeria has, it is drawn like the others.
    const byDemand = parseSvg(writeCasesSvg([twitterNigeria2021], { anchor: 'first-demand' }));
    expect(byDemand.querySelectorAll('[data-key^="twitter-nigeria-2021:event:"]')).toHaveLength(
      twitterNigeria2021.events.length,
    );
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
        'tspan',
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
    // Percent-encoded, the same URL to a browser.
    expect(document.querySelector('a[href]')?.getAttribute('href')).toBe(
      'https://example.org/?q=%3Cscript%3E&x=%221%22',
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
    ['years', 12 * 365 * DAY, /^\d{4}$/],
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

/** The settings of a lane 790 px wide, 10 px text on 12 px lines, labels up to 300 px and 3 lines. */
function layoutSettings(nextNumber: () => number) {
  return { left: 190, right: 980, fontSize: 10, lineHeight: 12, maxLabelWidth: 300, maxLines: 3, nextNumber };
}

describe('label placement', () => {
  it('never lets two labels or marks of a lane overlap, nor a label run out of the plot, nor cuts one', () => {
    const mark = fc.record({
      x0: fc.integer({ min: 200, max: 980 }),
      width: fc.integer({ min: 0, max: 300 }),
      label: fc.string({ minLength: 1, maxLength: 200 }),
    });
    fc.assert(
      fc.property(fc.array(mark, { maxLength: 60 }), (marks) => {
        const spans = marks.map((m) => ({
          x0: m.x0,
          x1: Math.min(980, m.x0 + m.width),
          label: visibleText(m.label) || 'x',
        }));
        let next = 0;
        const { placements, height } = placeLabels(
          spans,
          layoutSettings(() => ++next),
        );
        const boxes = placements.flatMap((p, i) => {
          const span = spans[i] as (typeof spans)[number];
          const mark = { from: span.x0 - 5, to: span.x1 + 5, top: p.y, bottom: p.y + 12 };
          if (p.lines.length === 0) return [mark];
          const width = Math.max(...p.lines.map((line) => textWidth(line.trimEnd(), 10)));
          const from = p.anchor === 'end' ? p.textX - width : p.textX;
          return [mark, { from, to: from + width, top: p.y, bottom: p.y + 12 * p.lines.length, text: true }];
        });
        placements.forEach((p, i) => {
          // The label whole beside its mark, or a number whose entry in the key holds it.
          if (p.keyNumber === undefined) expect(p.lines.join('')).toBe(spans[i]?.label);
          else expect(p.lines).toEqual([String(p.keyNumber)]);
          expect(p.lines.length).toBeLessThanOrEqual(3);
        });
        for (const box of boxes) {
          expect(box.bottom).toBeLessThanOrEqual(height + 0.001);
          if (!('text' in box)) continue;
          expect(box.from).toBeGreaterThanOrEqual(190 - 0.001);
          expect(box.to).toBeLessThanOrEqual(980 + 0.001);
        }
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i];
            const b = boxes[j];
            if (a === undefined || b === undefined) continue;
            if (Math.floor(i / 2) === Math.floor(j / 2)) continue;
            const apart = a.to <= b.from || b.to <= a.from || a.bottom <= b.top || b.bottom <= a.top;
            expect(apart).toBe(true);
          }
      }),
      heavyRuns(200),
    );
  });
  it('stacks a crowded lane no deeper than its limit, sending the marks past it to a row under the lane', () => {
    // 3,000 events on the same day: each has a place, each label is whole or numbered in the key, and the lane
    // stays 48 lines deep plus the crowded row, however many marks it holds.
    const spans = Array.from({ length: 3_000 }, (_, i) => ({ x0: 500, x1: 500, label: `Event ${i + 1}` }));
    let next = 0;
    const { placements, height } = placeLabels(
      spans,
      layoutSettings(() => ++next),
    );
    expect(placements).toHaveLength(3_000);
    expect(height).toBeLessThanOrEqual(50 * 12 + 2);
    const crowded = placements.filter((p) => p.y > 48 * 12);
    expect(crowded.length).toBeGreaterThan(2_000);
    for (const p of crowded) expect(p).toMatchObject({ lines: [], keyNumber: expect.any(Number) });
    expect(new Set(placements.map((p) => p.keyNumber).filter((n) => n !== undefined)).size).toBe(next);
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

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseDispute, summarizeCases } from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-script.js';

const work = mkdtempSync(join(tmpdir(), 'dispute-timeline-'));
const saved = join(work, 'uae.json');
const compared = join(work, 'compared');

/** Each script is run once, in this process, one after another: the tests await their output. */
const outputs = new Map<string, Promise<string>>(
  [
    ['01-events-before-deadline.ts'],
    ['02-india-deadline-chain.ts'],
    ['03-cases-side-by-side.ts'],
    ['04-model-a-dispute.ts', saved],
    ['05-deadlines-compared.ts', compared],
  ].map(([script, ...args]) => [script as string, runScript(script as string, args)]),
);

function run(script: string): Promise<string> {
  const output = outputs.get(script);
  if (output === undefined) throw new Error(`no example ${script}`);
  return output;
}

describe('the research examples', () => {
  it('01 lists the events certainly and only maybe before Pakistan’s deadline', async () => {
    const out = await run('01-events-before-deadline.ts');
    expect(out).toContain('Deadline: 2015-12-30');
    expect(out).toContain('Certainly before (7):');
    expect(out).toContain('Only maybe before (0):');
    expect(out).toContain('Labelled by the query chain: 7 yes, 0 maybe');
  });

  it('02 follows India’s chain of extensions and RIM’s time to respond', async () => {
    const out = await run('02-india-deadline-chain.ts');
    expect(out).toMatch(
      /due 2010-08-31, set 2010-08-12, outcome extended on 2010-08-30\n\s+due 2010-10-31, set 2010-08-30, outcome extended on 2010-10-12~\n\s+due 2011-01-31/,
    );
    expect(out).toContain('on 2010-09-01: 2010-10-31');
    expect(out).toContain('on 2010-12-01: 2011-01-31');
    expect(out).toContain('Time to respond, demand by demand:');
  });

  it('03 aligns the eight cases with a deadline on their first and prints a summary table of all nine', async () => {
    const out = await run('03-cases-side-by-side.ts');
    for (const title of [
      'Indonesia and Research In Motion',
      'India and Research In Motion',
      'United Arab Emirates',
      'Saudi Arabia',
      "WhatsApp and Brazil's courts",
      'Pakistan and BlackBerry',
      'Russia and Telegram',
      'X (formerly Twitter) and Brazil',
    ]) {
      expect(out).toContain(`${title}`);
    }
    expect(out.match(/ — day 0 is /g)).toHaveLength(8);
    // Nigeria set conditions, not a deadline: it is not aligned, but it is summarised.
    expect(out).not.toContain('Nigeria and Twitter, 2021–2022 — day 0');
    expect(out).toMatch(/twitter-nigeria-2021\s+2\s+\d+\s+0\s+0\s+rescinded/);
    expect(out).toContain('day 0 is deadline-2015-11-30');
    expect(out).toContain('day 0 is deadline-2024-08-29');
    expect(out).toMatch(/case\s+demands\s+responses\s+deadlines\s+extensions\s+outcome\s+days to resolution/);
    expect(out).toMatch(/blackberry-pakistan-2015\s+\d+\s+\d+\s+2\s+1\s+/);
  });

  it('05 compares the first deadline of all nine cases, as CSV for R and pandas and as an SVG figure', async () => {
    const out = await run('05-deadlines-compared.ts');
    expect(out).toMatch(/case\s+demand→deadline\s+given\s+moves\s+ending\s+deadline→end/);
    expect(out).toMatch(/twitter-nigeria-2021\s+—\s+—\s+—\s+no deadline\s+—/);
    const rows = parse(readFileSync(join(compared, 'deadlines-compared.csv'), 'utf8'), {
      columns: true,
    }) as Record<string, string>[];
    expect(rows.map((row) => row['case'])).toEqual(datasets.map((dispute) => dispute.id));
    // Every number is summarizeCases' own; a case without a deadline has empty cells (NA), never a made-up 0.
    const cell = (value: string | number | null) => (value === null ? '' : String(value));
    summarizeCases(datasets).forEach((summary, i) => {
      expect(rows[i], summary.dispute).toMatchObject({
        days_demand_to_deadline_min: cell(summary.daysToFirstDeadlineMin),
        days_demand_to_deadline_max: cell(summary.daysToFirstDeadlineMax),
        days_given_min: cell(summary.daysSetToFirstDeadlineMin),
        days_given_max: cell(summary.daysSetToFirstDeadlineMax),
        deadline_moves: cell(summary.deadlineMoves),
        deadline_ending: cell(summary.deadlineEnding),
        days_deadline_to_end_min: cell(summary.daysFirstDeadlineToEndMin),
        days_deadline_to_end_max: cell(summary.daysFirstDeadlineToEndMax),
      });
    });
    const byCase = new Map(rows.map((row) => [row['case'], row]));
    // What the fact sheets say happened: India's deadline moved twice and then passed; X was given a day and
    // suspended the next; a Brazilian court stayed the Piauí order; Nigeria set no date.
    expect(byCase.get('india-blackberry-2010')).toMatchObject({
      deadline_moves: '2',
      deadline_ending: 'missed',
    });
    expect(byCase.get('x-brazil-2024')).toMatchObject({
      days_given_min: '1',
      deadline_ending: 'enforced',
      days_deadline_to_end_min: '1',
    });
    expect(byCase.get('whatsapp-brazil-2015')?.['deadline_ending']).toBe('stayed');
    expect(byCase.get('twitter-nigeria-2021')).toMatchObject({ first_deadline: '', deadline_moves: '' });
    const svg = readFileSync(join(compared, 'deadlines-compared.svg'), 'utf8');
    const doc = new new JSDOM('').window.DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const text = doc.documentElement.textContent ?? '';
    for (const dispute of datasets) expect(text).toContain(dispute.id);
    expect(text).toContain('no deadline: conditions, no date');
    expect(text).toContain('moved 2\u00d7, missed');
  });

  it('04 shows a readable error for a mistake and saves a valid dispute as JSON', async () => {
    const out = await run('04-model-a-dispute.ts');
    expect(out).toContain('impossible-date at events[0].date: 2010-09-31 does not exist');
    expect(out).toContain('unknown-reference at events[0].sources[0].source');
    expect(out).toContain('Reading the JSON back gives the same dispute: true');
    expect(parseDispute(readFileSync(saved, 'utf8')).events).toHaveLength(1);
  });
});

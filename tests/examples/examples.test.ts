import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseDispute } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';

const execute = promisify(execFile);
const saved = join(mkdtempSync(join(tmpdir(), 'dispute-timeline-')), 'uae.json');

/** Each script is started once, all at the same time (each is a Node process): the tests await their output. */
const outputs = new Map<string, Promise<string>>(
  [
    ['01-events-before-deadline.ts'],
    ['02-india-deadline-chain.ts'],
    ['03-cases-side-by-side.ts'],
    ['04-model-a-dispute.ts', saved],
  ].map(([script, ...args]) => [
    script as string,
    execute(process.execPath, ['--import', 'tsx', `examples/${script}`, ...args], { encoding: 'utf8' }).then(
      ({ stdout }) => stdout,
    ),
  ]),
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

  it('03 aligns the four cases on their first deadline and prints a summary table', async () => {
    const out = await run('03-cases-side-by-side.ts');
    for (const title of [
      'India and Research In Motion',
      'United Arab Emirates',
      'Saudi Arabia',
      'Pakistan and BlackBerry',
    ]) {
      expect(out).toContain(title);
    }
    expect(out).toContain('day 0 is deadline-2015-11-30');
    expect(out).toMatch(/case\s+demands\s+responses\s+deadlines\s+extensions\s+outcome\s+days to resolution/);
    expect(out).toMatch(/blackberry-pakistan-2015\s+\d+\s+\d+\s+2\s+1\s+/);
  });

  it('04 shows a readable error for a mistake and saves a valid dispute as JSON', async () => {
    const out = await run('04-model-a-dispute.ts');
    expect(out).toContain('impossible-date at events[0].date: 2010-09-31 does not exist');
    expect(out).toContain('unknown-reference at events[0].sources[0].source');
    expect(out).toContain('Reading the JSON back gives the same dispute: true');
    expect(parseDispute(readFileSync(saved, 'utf8')).events).toHaveLength(1);
  });
});

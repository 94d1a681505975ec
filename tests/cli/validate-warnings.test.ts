/**
 * `dispute-timeline validate` and warnings: a valid dispute's warnings are printed and the exit code stays 0;
 * `--strict` makes them fail it (exit 1), in text and in JSON.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ISSUE_HINTS, writeJson } from 'dispute-timeline';
import { saudiBlackberry2010, uaeBlackberry2010 } from 'dispute-timeline/datasets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMain } from './in-process.js';

let work = '';
const file = (name: string) => join(work, name);
const WARNING =
  /^warning: shared-claim-source at claims\[1\]\.sources\[0\]\.source: claims suspension-date-11-october/;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'dispute-timeline-warnings-'));
  // The UAE case gives one warning (The National gives both dates of the suspension); Saudi Arabia's none.
  writeFileSync(file('uae.json'), writeJson(uaeBlackberry2010));
  writeFileSync(file('saudi.json'), writeJson(saudiBlackberry2010));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('validate with warnings', () => {
  it('prints "valid" with the number of warnings, then each on its own line, and exits 0', async () => {
    const run = await runMain(['validate', file('uae.json')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [first, second, ...rest] = run.stdout.trimEnd().split('\n');
    expect(first).toBe('valid: uae-blackberry-2010 — 2 events, 4 sources; 1 warning');
    expect(second).toMatch(WARNING);
    expect(rest).toEqual([]);
  });

  it('counts one event and one source in the singular', async () => {
    const one = {
      id: 'one',
      title: 'One event',
      actors: [{ id: 'gov', name: 'A government', kind: 'government' }],
      sources: [{ id: 'src', publisher: 'A publisher' }],
      events: [
        {
          id: 'e',
          date: '2015-07-24',
          kind: 'order',
          title: 'An order',
          actors: ['gov'],
          sources: [{ source: 'src' }],
          confidence: 'confirmed',
        },
      ],
    };
    const run = await runMain(['validate', '-'], JSON.stringify(one));
    expect(run.stdout).toBe('valid: one — 1 event, 1 source\n');
  });

  it('prints no warning line for a dispute without warnings', async () => {
    const run = await runMain(['validate', file('saudi.json'), '--strict']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^valid: saudi-blackberry-2010 — \d+ events, \d+ sources\n$/);
  });

  it('fails on warnings with --strict: each printed as a problem on standard error, exit 1', async () => {
    const run = await runMain(['validate', file('uae.json'), '--strict']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/uae\.json: shared-claim-source at claims\[1\]\.sources\[0\]\.source: /);
    expect(lines[1]).toMatch(/^error: ".*uae\.json" has warnings, and --strict fails on them \(1 problem\)$/);
    expect(lines.slice(2)).toEqual([`hint: ${ISSUE_HINTS['shared-claim-source']}`]);
  });

  it('gives the warnings as JSON, valid unless --strict fails on them', async () => {
    const run = await runMain(['validate', file('uae.json'), '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ valid: true, dispute: 'uae-blackberry-2010', issues: [] });
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'shared-claim-source', path: ['claims', 1, 'sources', 0, 'source'] }),
    ]);
    const strict = await runMain(['validate', file('uae.json'), '--json', '--strict']);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout)).toMatchObject({ valid: false, warnings: result.warnings });
  });

  it('names an event where the file gives it, not where the timeline puts it', async () => {
    // The Saudi case's events, latest first, the first citing only an account published years later.
    const json = JSON.parse(writeJson(saudiBlackberry2010));
    json.events.reverse();
    json.sources.push({ id: 'late-account', publisher: 'A later book', published: '2030-01-01' });
    json.events[0].sources = [{ source: 'late-account' }];
    writeFileSync(file('reversed.json'), JSON.stringify(json));
    const first: string = json.events[0].id;
    const run = await runMain(['validate', file('reversed.json'), '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).warnings).toEqual([
      expect.objectContaining({
        code: 'late-source',
        path: ['events', 0, 'sources', 0, 'source'],
        message: expect.stringContaining(first),
      }),
    ]);
    const text = await runMain(['validate', file('reversed.json')]);
    expect(text.stdout).toMatch(/^warning: late-source at events\[0\]\.sources\[0\]\.source: /m);
  });

  it('says in its help what warnings are and what --strict does', async () => {
    const help = (await runMain(['validate', '--help'])).stdout;
    expect(help).toContain('--strict');
    expect(help).toMatch(/warnings/);
  });
});

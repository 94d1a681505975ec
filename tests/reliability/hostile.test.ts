import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDispute,
  type Dispute,
  type DisputeInput,
  formatIssues,
  formatTimelineText,
  parseDispute,
  safeParseDispute,
  serializeDispute,
} from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli/in-process.js';
import { heavyRuns } from '../support/runs.js';
import {
  ALL_HOSTILE,
  controlCharactersIn,
  countTextFields,
  HOSTILE_HTTP_URL,
  HOSTILE_STRINGS,
  hostileDispute,
  hostileText,
  NON_HTTP_URLS,
} from './hostile.js';

const SAMPLES = [...HOSTILE_STRINGS, ALL_HOSTILE];

/** Runs the CLI in-process; `files` are written to a scratch folder and arguments naming them get their path. */
async function runCli(args: string[], files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dispute-timeline-hostile-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    return await runMain(args.map((arg) => (arg in files ? join(dir, arg) : arg)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The table's rows: the lines after the heading and the column header that start a new event. */
function rowCount(table: string, heading: boolean): number {
  const lines = table.split('\n').slice(heading ? 4 : 1, -1);
  // The sources' claims follow the table, after an empty line.
  const end = lines.indexOf('');
  return (end === -1 ? lines : lines.slice(0, end)).filter((line) => !line.startsWith(' ')).length;
}

function expectSafeTable(dispute: Dispute, width: number): void {
  const table = formatTimelineText(dispute, { width });
  expect(controlCharactersIn(table)).toEqual([]);
  expect(table.endsWith('\n')).toBe(true);
  for (const line of table.split('\n')) expect(Array.from(line).length).toBeLessThanOrEqual(width);
  // One row per event and per deadline: the deadlines' hostile text is shown too.
  expect(rowCount(table, true)).toBe(dispute.events.length + dispute.deadlines.length);
}

describe('hostile strings helper', () => {
  it('finds every kind of control character, and none in plain text', () => {
    expect(controlCharactersIn('plain text, "quoted" <b>\nnext line')).toEqual([]);
    expect(controlCharactersIn('\u001b[2J \u009b \u202e \u2066 \u061c \u2028 \r \u0000')).toHaveLength(8);
    expect(controlCharactersIn('a\nb', [])).toEqual(['U+000A at 1']);
  });

  it('builds a valid dispute with the hostile text in every text field', () => {
    for (const text of SAMPLES) {
      const input = hostileDispute(text);
      expect(safeParseDispute(input).success, JSON.stringify(text)).toBe(true);
      expect(countTextFields(input, text)).toBeGreaterThanOrEqual(35);
    }
  });
});

describe('hostile text in the terminal table', () => {
  it.each(SAMPLES.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    'lets no control character of %s reach the terminal, and keeps rows and width',
    (_, text) => {
      const dispute = parseDispute(hostileDispute(text));
      for (const width of [60, 100, 160]) expectSafeTable(dispute, width);
    },
  );

  it('shows the visible part of escape sequences instead of running them', () => {
    const table = formatTimelineText(parseDispute(hostileDispute('\u001b[2J cleared')));
    expect(table).toContain('␛[2J cleared');
  });

  it('keeps the table safe for any mix of hostile text (property)', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 60, max: 200 }), (text, width) => {
        expectSafeTable(parseDispute(hostileDispute(text)), width);
      }),
      heavyRuns(150),
    );
  });

  it('keeps the table safe when given only some events, without a heading', () => {
    const dispute = parseDispute(hostileDispute(ALL_HOSTILE));
    const table = formatTimelineText(dispute, { events: dispute.events.slice(1), heading: false });
    expect(controlCharactersIn(table)).toEqual([]);
    expect(rowCount(table, false)).toBe(1);
  });
});

describe('hostile text in the JSON form', () => {
  function expectExactRoundTrip(input: DisputeInput, text: string): void {
    const dispute = parseDispute(input);
    const json = serializeDispute(dispute);
    const { formatVersion, ...plain } = JSON.parse(json);
    expect(formatVersion).toBe(2);
    expect(plain).toEqual(dispute);
    expect(countTextFields(plain, text)).toBe(countTextFields(input, text));
    const back = parseDispute(json);
    expect(back).toEqual(dispute);
    expect(serializeDispute(back)).toBe(json);
    const line = serializeDispute(dispute, { indent: 0 });
    expect(line.slice(0, -1).includes('\n')).toBe(false);
    expect(parseDispute(line)).toEqual(dispute);
    // JSON escapes C0 controls; what it leaves raw (C1, bidi, U+2028) is legal inside a JSON string.
    expect(controlCharactersIn(json).filter((c) => Number.parseInt(c.slice(2, 6), 16) < 0x20)).toEqual([]);
  }

  it.each(SAMPLES.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    'round-trips %s exactly in every text field',
    (_, text) => {
      expectExactRoundTrip(hostileDispute(text), text);
    },
  );

  it('round-trips any mix of hostile text exactly (property)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expectExactRoundTrip(hostileDispute(text), text);
      }),
      heavyRuns(150),
    );
  });

  it('keeps markup and quotes in an http(s) URL as they are', () => {
    const dispute = parseDispute(hostileDispute('x'));
    expect(dispute.sources[0]?.url).toBe(HOSTILE_HTTP_URL);
    expect(parseDispute(serializeDispute(dispute)).sources[0]?.url).toBe(HOSTILE_HTTP_URL);
  });
});

describe('source URLs that are not http(s)', () => {
  it.each(NON_HTTP_URLS.map((url) => [JSON.stringify(url), url]))(
    'rejects %s with invalid-url, from JSON and from the builder',
    (_, url) => {
      const input = hostileDispute('text') as { sources: { url?: string }[] };
      (input.sources[0] as { url?: string }).url = url;
      const parsed = safeParseDispute(JSON.stringify(input));
      expect(parsed.success ? [] : parsed.error.issues).toContainEqual(
        expect.objectContaining({ code: 'invalid-url', path: ['sources', 0, 'url'] }),
      );
      const built = createDispute({ id: 'x', title: 'x' })
        .source({ id: 's', publisher: 'P', url })
        .safeBuild();
      expect(built.success ? [] : built.error.issues).toContainEqual(
        expect.objectContaining({ code: 'invalid-url', path: ['sources', 0, 'url'] }),
      );
      if (!parsed.success) expect(controlCharactersIn(parsed.error.message)).toEqual([]);
    },
  );
});

describe('hostile text in the CLI', () => {
  /** A document whose problems all carry hostile text: as field names, unknown ids, zones and dates. */
  function badDocument(text: string): string {
    const input = hostileDispute('fine') as Record<string, any>;
    input[text] = text;
    input['events'][0][`${text}-field`] = 1;
    input['events'][0].actors = [text];
    input['events'][1].date = { value: text.slice(0, 60), timeZone: text };
    input['responses'][0].to = [text];
    input['sources'][0].url = `javascript:${text}`;
    return JSON.stringify(input);
  }

  /** One line per problem (`file: code at path: message`), then one saying how many, all of it escaped. */
  function expectEscapedProblems(err: string): void {
    expect(controlCharactersIn(err)).toEqual([]);
    const lines = err.trimEnd().split('\n');
    // The problems, one a line; the error that counts them; then a hint for each kind of problem.
    const at = lines.findIndex((line) => /^error: .* is not a valid dispute \(\d+ problems?\)$/.test(line));
    const count = Number(/\((\d+) problems?\)$/.exec(lines[at] ?? '')?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(at).toBe(count);
    for (const line of lines.slice(0, at)) expect(line).toMatch(/^\S+: [a-z-]+ at \S/);
    expect(lines.length).toBeGreaterThan(at + 1);
    for (const line of lines.slice(at + 1)) expect(line).toMatch(/^hint: [A-Z]/);
  }

  /** A wrong argument: one escaped error line, and at most a usage line. */
  function expectEscapedError(err: string): void {
    expect(controlCharactersIn(err)).toEqual([]);
    const lines = err.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^error: /);
    expect(lines.slice(1).every((line) => line.startsWith('usage: '))).toBe(true);
  }

  it.each(SAMPLES.map((text) => [JSON.stringify(text).slice(0, 60), text]))(
    'escapes %s in the problems that validate prints, one problem a line',
    async (_, text) => {
      const {
        code,
        stdout,
        stderr: err,
      } = await runCli(['validate', 'bad.json'], { 'bad.json': badDocument(text) });
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expectEscapedProblems(err);
      expect(err).toContain('unknown-field at');
      expect(err).toContain('unknown-reference at events[0].actors[0]');
      expect(err).toContain('invalid-url at sources[0].url');
    },
  );

  it('escapes any mix of hostile text in the problems it prints (property)', async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const { code, stderr } = await runCli(['validate', 'bad.json'], { 'bad.json': badDocument(text) });
        expect(code).toBe(1);
        expectEscapedProblems(stderr);
      }),
      heavyRuns(100),
    );
  });

  it('prints a hostile dispute with show and query without a control character', async () => {
    const file = { 'hostile.json': JSON.stringify(hostileDispute(ALL_HOSTILE)) };
    const shown = await runCli(['show', 'hostile.json'], file);
    expect(shown.code).toBe(0);
    expect(controlCharactersIn(shown.stdout)).toEqual([]);
    for (const args of [
      ['--before', 'dl', '--possible'],
      ['--before', 'dl', '--json'],
      ['--pending-on', 'dl'],
    ]) {
      const asked = await runCli(['query', 'hostile.json', ...args], file);
      expect(asked.code, args.join(' ')).toBe(0);
      expect(controlCharactersIn(asked.stdout), args.join(' ')).toEqual([]);
    }
  });

  it('escapes a hostile deadline id, file name and command in its one-line errors, exiting 2', async () => {
    for (const text of SAMPLES) {
      for (const args of [
        ['query', 'blackberry-pakistan-2015', '--before', text],
        ['validate', text],
        [text],
      ]) {
        const run = await runCli(args);
        // A hostile name may name a real file (`../../etc/passwd`): then it is read, and is no dispute.
        expect(run.code, JSON.stringify(args)).toBe(run.stderr.includes('json-syntax') ? 1 : 2);
        if (run.code === 1) expectEscapedProblems(run.stderr);
        else expectEscapedError(run.stderr);
      }
    }
  });

  it('escapes hostile text in paths and messages of formatted issues', () => {
    fc.assert(
      fc.property(hostileText, hostileText, (key, message) => {
        const text = formatIssues([{ code: 'unknown-field', path: ['events', 0, key], message }]);
        expect(controlCharactersIn(text, [])).toEqual([]);
      }),
    );
  });
});

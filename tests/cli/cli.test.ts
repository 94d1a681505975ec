import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

function run(args: string[], files: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const code = main(args, {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readFile: (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return text;
    },
    columns: 100,
  });
  return { code, out, err };
}

describe('the CLI', () => {
  it('shows a shipped dataset by its id', () => {
    const { code, out } = run(['show', 'blackberry-pakistan-2015']);
    expect(code).toBe(0);
    expect(out).toContain('Pakistan and BlackBerry Enterprise Service, 2015');
  });

  it('validates a file and prints every problem with its code and path, exiting 1', () => {
    const bad = JSON.stringify({ id: 'x', title: 'x', events: [{ id: 'e', date: '2015-02-30' }] });
    const { code, err } = run(['validate', 'bad.json'], { 'bad.json': bad });
    expect(code).toBe(1);
    expect(err).toContain('impossible-date at events[0].date');
    expect(err).toContain('missing-field at events[0].kind');
  });

  it('says a file is valid', () => {
    const good = JSON.stringify({ id: 'x', title: 'x' });
    expect(run(['validate', 'good.json'], { 'good.json': good })).toMatchObject({
      code: 0,
      out: expect.stringContaining('valid: x'),
    });
  });

  it('reports an unreadable file as a problem, not a crash', () => {
    const { code, err } = run(['validate', 'missing.json']);
    expect(code).toBe(1);
    expect(err).toContain('invalid-argument');
  });

  it('answers which events came before a deadline', () => {
    const { code, out } = run(['before', 'blackberry-pakistan-2015', 'deadline-2015-12-30']);
    expect(code).toBe(0);
    expect(out).toContain('Certainly before deadline-2015-12-30 (7)');
  });

  it('prints the JSON Schema and lists datasets', () => {
    expect(JSON.parse(run(['schema']).out).required).toEqual(['id', 'title']);
    expect(
      run(['datasets'])
        .out.split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual([
      'india-blackberry-2010',
      'uae-blackberry-2010',
      'saudi-blackberry-2010',
      'blackberry-pakistan-2015',
      '',
    ]);
  });

  it('exits 2 with usage for a wrong command', () => {
    expect(run(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('Usage:') });
    expect(run([]).code).toBe(2);
    expect(run(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('Usage:') });
  });

  it('reads real files through node:fs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispute-timeline-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, JSON.stringify({ id: 'x', title: 'x' }));
    let out = '';
    const code = main(['validate', file], {
      out: (t) => (out += t),
      err: () => {},
      readFile: (p) => require('node:fs').readFileSync(p, 'utf8'),
    });
    expect(code).toBe(0);
    expect(out).toContain('valid');
  });

  it('prints a 1 MB file name or command cut short and with its escapes made visible', () => {
    const name = `\u001b[2J${'x'.repeat(1_000_000)}.json`;
    const missing = run(['validate', name]);
    expect(missing.code).toBe(1);
    expect(missing.err.length).toBeLessThan(1000);
    expect(missing.err).not.toContain('\u001b');
    const unknown = run([name]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).not.toContain('\u001b');
    expect(unknown.err.split('\n')[0]?.length).toBeLessThan(200);
  });
});

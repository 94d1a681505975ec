import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { formatByName, parseDispute } from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS, hostileDispute } from '../reliability/hostile.js';

/**
 * Lines as Python's `str.splitlines()` cuts them: at `\n`, `\r`, `\r\n`, `\v`, `\f`, the file, group and record
 * separators (U+001C–U+001E), U+0085, U+2028 and U+2029.
 */
function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|[\n\r\v\f\u001c-\u001e\u0085\u2028\u2029]/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Lines as the format means them: cut at `\n` (or `\r\n`) only. */
function meantLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** The formats whose text is a sequence of lines, each a record or an instruction on its own. */
const LINE_FORMATS = ['jsonl', 'plover', 'ical', 'text', 'mermaid'] as const;

const BREAKS =
  'next\u0085line, line\u2028separator, paragraph\u2029separator, tab\u000bform\u000cfeed \u001c\u001d\u001e';
/** A system Python (a version manager's shim takes seconds to start); the test fails without one, as CI installs it. */
const PYTHON =
  ['/usr/bin/python3', '/usr/local/bin/python3'].find((path) => existsSync(path)) ?? '/usr/bin/python3';

const disputes = [BREAKS, ...HOSTILE_STRINGS].map((text) => parseDispute(hostileDispute(text)));

describe('every line-oriented output', () => {
  it.each(LINE_FORMATS)(
    '%s gives a reader that splits on every Unicode line break the lines it means, for hostile text',
    (name) => {
      const format = formatByName(name);
      if (format?.output !== 'text') throw new Error(`no text format ${name}`);
      for (const dispute of disputes) {
        const text = format.write(dispute);
        expect(splitLines(text)).toEqual(meantLines(text));
      }
    },
  );

  it("gives Python's str.splitlines() one PLOVER record and one JSON Lines record per line", () => {
    const dispute = parseDispute(hostileDispute(BREAKS));
    for (const name of ['plover', 'jsonl']) {
      const format = formatByName(name);
      const text = format?.output === 'text' ? format.write(dispute) : '';
      const python = spawnSync(
        PYTHON,
        ['-c', 'import sys, json; print(len([json.loads(l) for l in sys.stdin.read().splitlines()]))'],
        { input: text, encoding: 'utf8' },
      );
      expect(python.stderr).toBe('');
      expect(Number(python.stdout.trim()), name).toBe(text.split('\n').length - 1);
    }
  });
});

/**
 * edtf.js (the `edtf` package, the EDTF reference implementation) is the oracle: every generated string of every
 * level-0, 1 and 2 form is read here in UTC and by edtf.js, and their earliest and latest instants are compared.
 *
 * The documented differences, and how the comparison deals with each:
 * - `~` and `%` widen a date here by one unit on each side; edtf.js does not widen. The oracle is asked about
 *   the text with `?` in their place (same parts, no widening), and the widening is checked on its own.
 * - A time is a span of its finest unit here (a minute, a second, a millisecond); edtf.js reads an instant. The
 *   latest instant here is edtf.js's plus that span less 1 ms.
 * - A time without an offset is read here on the wall clock of the zone given (UTC in this test); edtf.js reads it
 *   in the machine's zone. The oracle is asked about it with `Z` appended.
 * - Seasons 21 to 32 and quadrimesters 37 and 38: edtf.js reads spring as January to March (and 37 as January
 *   to May); here they follow the table of docs/dates.md (meteorological seasons; 21 to 24 either hemisphere),
 *   which this test states independently.
 * - Significant digits (`1950S2`): edtf.js reads the year itself; here it is the years those digits allow (1900
 *   to 1999), which hold edtf.js's.
 * - Sets and lists: edtf.js's min and max are its first member's min and last member's max; here they are the
 *   range of all members, so each member is asked of edtf.js and the ranges joined. An unknown interval start
 *   (`/2015`) is `null` in edtf.js and `-Infinity` here.
 * Not generated: a month or day whose tens digit alone is X (`2015-01-X0`: here the days that fit, the 10th to
 * the 30th; edtf.js the whole month), negative years with X (edtf.js mirrors the month and day of `-1XXX-XX`), fractions of a second
 * other than three digits (edtf.js reads `.5` as 5 ms), years beyond ±270,000 (edtf.js's Date cannot hold them).
 */

import type { ParsedDate } from 'dispute-timeline';
import edtf from 'edtf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDate } from '../../src/dates/edtf.js';
import { type GeneratedDate, intervalDate, setDate, singleDate } from '../support/edtf-forms.js';
import { heavyRuns } from '../support/runs.js';

const RUNS = heavyRuns(200);

/** Ours, read in UTC. */
function ours(text: string): ParsedDate {
  const result = readDate(text, 'UTC');
  if ('code' in result) throw new Error(`${text}: ${result.message}`);
  return result;
}

/** The same parts without widening: what edtf.js's min and max stand for. */
const unwidened = (text: string) => text.replace(/[~%]/g, '?');

/** edtf.js's range of a text; sets and lists joined member by member, interval ends one by one. */
function oracle(text: string): [number, number] {
  const slash = text.indexOf('/');
  if (slash !== -1) {
    const [start, end] = [text.slice(0, slash), text.slice(slash + 1)];
    return [
      start === '' || start === '..' ? -Infinity : oracle(start)[0],
      end === '' || end === '..' ? Infinity : oracle(end)[1],
    ];
  }
  if (text.startsWith('[') || text.startsWith('{')) {
    let earliest = Infinity;
    let latest = -Infinity;
    for (const item of text.slice(1, -1).split(',')) {
      const dots = item.indexOf('..');
      const [from, to] = dots === -1 ? [item, item] : [item.slice(0, dots), item.slice(dots + 2)];
      earliest = Math.min(earliest, from === '' ? -Infinity : edtf(from, { level: 2 }).min);
      latest = Math.max(latest, to === '' ? Infinity : edtf(to, { level: 2 }).max);
    }
    return [earliest, latest];
  }
  const date = edtf(text, { level: 2 });
  return [date.min, date.max];
}

/** The groupings as docs/dates.md states them: first month (1 = January) and length in months. */
const GROUPING_TABLE: Record<number, [number, number]> = {
  21: [3, 9],
  22: [6, 9],
  23: [3, 9],
  24: [6, 9],
  25: [3, 3],
  26: [6, 3],
  27: [9, 3],
  28: [12, 3],
  29: [9, 3],
  30: [12, 3],
  31: [3, 3],
  32: [6, 3],
  37: [1, 4],
  38: [5, 4],
};

function tableRange(text: string): [number, number] {
  const [year, code] = text.split('-').map(Number) as [number, number];
  const [first, months] = GROUPING_TABLE[code] as [number, number];
  const start = new Date(Date.UTC(2000, first - 1, 1));
  start.setUTCFullYear(year);
  const end = new Date(Date.UTC(2000, first - 1 + months, 1));
  end.setUTCFullYear(year + Math.floor((first - 1 + months) / 12), (first - 1 + months) % 12, 1);
  return [start.getTime(), end.getTime() - 1];
}

function checkSingle({ text, check, span }: GeneratedDate): void {
  const read = ours(unwidened(text));
  if (check === 'table') {
    expect([read.earliest, read.latest], text).toEqual(tableRange(text));
    return;
  }
  const inUtc = /T[\d:.]+$/.test(text) ? `${unwidened(text)}Z` : unwidened(text);
  const [min, max] = oracle(inUtc);
  if (check === 'contains') {
    expect(read.earliest, text).toBeLessThanOrEqual(min);
    expect(read.latest, text).toBeGreaterThanOrEqual(max);
    return;
  }
  expect([read.earliest, read.latest], text).toEqual([min, max + span - 1]);
}

describe('reading EDTF against edtf.js', () => {
  it('gives the earliest and latest instants edtf.js gives, for single dates of every form (property)', () => {
    fc.assert(fc.property(singleDate, checkSingle), RUNS);
  });

  it('gives the range of all the members of sets and lists (property)', () => {
    fc.assert(
      fc.property(setDate, (text) => {
        const read = ours(unwidened(text));
        expect([read.earliest, read.latest], text).toEqual(oracle(unwidened(text)));
        expect(read.kind, text).toBe(text.startsWith('[') ? 'one-of' : 'all-of');
        expect(read.members?.length, text).toBe(text.split(',').length);
      }),
      RUNS,
    );
  });

  it('gives the earliest instant of the start and the latest of the end of intervals (property)', () => {
    fc.assert(
      fc.property(intervalDate, (text) => {
        const read = readDate(unwidened(text), 'UTC');
        if ('code' in read) {
          // Both ends unknown or open, or the end before the start: refused here, so not compared.
          expect(read.message, text).toMatch(/ends before it starts|at least one known end/);
          return;
        }
        expect([read.earliest, read.latest], text).toEqual(oracle(unwidened(text)));
      }),
      RUNS,
    );
  });

  it('widens an approximate date beyond the range edtf.js gives, and never narrows one (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          singleDate.map((date) => date.text),
          setDate,
        ),
        (text) => {
          const plain = ours(unwidened(text));
          const read = ours(text);
          expect(read.earliest, text).toBeLessThanOrEqual(plain.earliest);
          expect(read.latest, text).toBeGreaterThanOrEqual(plain.latest);
          const single = !text.startsWith('[') && !text.startsWith('{');
          if (single && /[~%]/.test(text)) {
            expect(read.earliest, text).toBeLessThan(plain.earliest);
            expect(read.latest, text).toBeGreaterThan(plain.latest);
          }
          expect(read.approximate, text).toBe(/[~%]/.test(text));
        },
      ),
      RUNS,
    );
  });
});

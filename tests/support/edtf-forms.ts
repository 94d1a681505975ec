/**
 * EDTF strings of every level-0, 1 and 2 form, for the property tests that compare the library with edtf.js and
 * write dates back. Each comes with how edtf.js is asked about it (see tests/dates/edtf-oracle.prop.test.ts).
 */
import fc from 'fast-check';

/** One generated date: the text, and what edtf.js can be asked to check it. */
export interface GeneratedDate {
  readonly text: string;
  /** How the oracle checks it: `exact` earliest and latest, `contains` (ours holds edtf.js's), or `table`. */
  readonly check: 'exact' | 'contains' | 'table';
  /** The span of the finest unit edtf.js reads as one instant: a minute, a second, a millisecond (else 1). */
  readonly span: number;
}

const two = (n: number) => String(n).padStart(2, '0');
const four = (n: number) => String(Math.abs(n)).padStart(4, '0');
const yearText = (n: number) => `${n < 0 ? '-' : ''}${four(n)}`;
const mark = fc.constantFrom('', '', '', '?', '~', '%');

/** Year, month and day with X written over some digits (years 0 to 9999 only: see the oracle test). */
function unspecified(
  year: number,
  month: number,
  day: number,
  parts: number,
  masks: readonly boolean[],
): string {
  const digits = [...`${four(year)}${two(month)}${two(day)}`.slice(0, 4 + 2 * (parts - 1))];
  // edtf.js reads X as the first digit of a month only with an X after it (`XX`, not `X3`).
  const masked = digits
    .map((digit, i) => (masks[i] && !(i === 4 && !masks[5]) && !(i === 6 && !masks[7]) ? 'X' : digit))
    .join('');
  return [masked.slice(0, 4), masked.slice(4, 6), masked.slice(6, 8)].filter((part) => part !== '').join('-');
}

/** A single date (no set, no interval) of any form. */
export const singleDate: fc.Arbitrary<GeneratedDate> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 0, max: 2400 }), fc.integer({ min: -3000, max: -1 })),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    ms: fc.integer({ min: 0, max: 999 }),
    form: fc.constantFrom(
      'year',
      'month',
      'day',
      'day',
      'minute',
      'second',
      'millisecond',
      'season',
      'long',
      'exponential',
      'significant',
      'unspecified',
      'parts',
    ),
    offset: fc.constantFrom('', 'Z', '+05:00', '-04:00', '+05:30', '-03'),
    marks: fc.tuple(mark, mark, mark, mark),
    season: fc.integer({ min: 21, max: 41 }),
    masks: fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
    parts: fc.integer({ min: 1, max: 3 }),
    long: fc.integer({ min: 10_000, max: 260_000 }),
    negative: fc.boolean(),
    significant: fc.integer({ min: 1, max: 4 }),
  })
  .map((g): GeneratedDate => {
    const y = yearText(g.year);
    const date = `${y}-${two(g.month)}-${two(g.day)}`;
    const [q0, q1, q2, q3] = g.marks;
    const time = `${date}T${two(g.hour)}:${two(g.minute)}`;
    switch (g.form) {
      case 'year':
        return { text: `${y}${q0}`, check: 'exact', span: 1 };
      case 'month':
        return { text: `${y}-${two(g.month)}${q0}`, check: 'exact', span: 1 };
      case 'day':
        return { text: `${date}${q0}`, check: 'exact', span: 1 };
      case 'minute':
        return { text: `${time}${g.offset}`, check: 'exact', span: 60_000 };
      case 'second':
        return { text: `${time}:${two(g.second)}${g.offset}`, check: 'exact', span: 1000 };
      case 'millisecond':
        return {
          text: `${time}:${two(g.second)}.${String(g.ms).padStart(3, '0')}${g.offset}`,
          check: 'exact',
          span: 1,
        };
      case 'season': {
        // edtf.js reads 21 to 32 as quarters and 37, 38 as five months: those are checked against the table.
        const table = g.season <= 32 || g.season === 37 || g.season === 38;
        return { text: `${four(g.year)}-${g.season}`, check: table ? 'table' : 'exact', span: 1 };
      }
      case 'long':
        return { text: `Y${g.negative ? '-' : ''}${g.long}`, check: 'exact', span: 1 };
      case 'exponential': {
        const mantissa = 10 + (g.long % 90);
        return { text: `Y${g.negative ? '-' : ''}${mantissa}E3`, check: 'exact', span: 1 };
      }
      case 'significant':
        // edtf.js reads 1950S2 as the year 1950; here it is 1900 to 1999, which holds it.
        return { text: `${y}S${g.significant}`, check: 'contains', span: 1 };
      case 'unspecified':
        return {
          text: unspecified(Math.abs(g.year), g.month, g.day, g.parts, g.masks),
          check: 'exact',
          span: 1,
        };
      case 'parts': {
        const year = g.year < 0 ? four(g.year) : y;
        const parts = [`${q0}${year}${q1}`, `${q2}${two(g.month)}${q3}`, two(g.day)];
        return { text: parts.slice(0, Math.max(2, g.parts)).join('-'), check: 'exact', span: 1 };
      }
      default:
        throw new Error(g.form);
    }
  });

/** Plain dates (day, month or year, no qualifier) in 1990–2020, for the members of sets and ends of intervals. */
export const plainDate: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 1990, max: 2020 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 3 }),
    fc.constantFrom('', '', '?', '~'),
  )
  .map(
    ([year, month, day, parts, q]) => `${[four(year), two(month), two(day)].slice(0, parts).join('-')}${q}`,
  );

/** A set `[…]` or list `{…}` of plain dates, ranges `a..b`, and open first or last members. */
export const setDate: fc.Arbitrary<string> = fc
  .record({
    oneOf: fc.boolean(),
    members: fc.array(plainDate, { minLength: 1, maxLength: 4 }),
    range: fc.option(fc.tuple(plainDate, plainDate), { nil: undefined }),
    earlier: fc.boolean(),
    later: fc.boolean(),
  })
  .map(({ oneOf, members, range, earlier, later }) => {
    const items = [...members];
    if (range !== undefined) {
      const [a, b] = [...range].sort();
      items.push(`${a}..${b}`);
    }
    if (earlier) items[0] = `..${items[0]}`.replace(/^\.\.(.*)\.\.(.*)$/, '..$2');
    if (later && !(earlier && items.length === 1))
      items[items.length - 1] = `${items[items.length - 1]}..`.replace(/^(.*?)\.\.(.*)\.\.$/, '$1..');
    const inner = items.join(',');
    return oneOf ? `[${inner}]` : `{${inner}}`;
  });

/** An interval of plain or qualified dates, or a set, with open and unknown ends. */
export const intervalDate: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(plainDate, plainDate, setDate, fc.constantFrom('..', '')),
    fc.oneof(plainDate, plainDate, setDate, fc.constantFrom('..', '')),
  )
  .map(([a, b]) => `${a}/${b}`);

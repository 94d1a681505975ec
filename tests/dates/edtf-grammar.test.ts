/**
 * The pieces of the EDTF grammar that are functions: the numbers of a time as written (what a viewer's hour,
 * minute and second fields get) and a pattern source with its groups made non-capturing (what the JSON Schema's
 * pattern is built with).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeParts, withoutGroups } from '../../src/dates/edtf-grammar.js';
import { heavyRuns } from '../support/runs.js';

describe('timeParts', () => {
  it.each([
    ['T09:00', { hour: 9, minute: 0 }],
    ['T23:59', { hour: 23, minute: 59 }],
    ['T09:05:30', { hour: 9, minute: 5, second: 30 }],
    ['T09:05:30.5', { hour: 9, minute: 5, second: 30, millisecond: 500 }],
    ['T09:05:30.05', { hour: 9, minute: 5, second: 30, millisecond: 50 }],
    ['T09:05:30.123', { hour: 9, minute: 5, second: 30, millisecond: 123 }],
    ['T09:05:00.000', { hour: 9, minute: 5, second: 0, millisecond: 0 }],
    ['T09:00+05:00', { hour: 9, minute: 0, offset: '+05:00' }],
    ['T09:00Z', { hour: 9, minute: 0, offset: 'Z' }],
    ['T09:00-0330', { hour: 9, minute: 0, offset: '-0330' }],
    ['T09:00:01+05', { hour: 9, minute: 0, second: 1, offset: '+05' }],
    ['T23:59:59.999Z', { hour: 23, minute: 59, second: 59, millisecond: 999, offset: 'Z' }],
  ])('reads %s as %o, with no key for a part not written', (time, expected) => {
    expect(timeParts(time)).toStrictEqual(expected);
  });

  it.each([
    ['', 'nothing'],
    ['09:00', 'a time without its T'],
    ['T9:00', 'a one-digit hour'],
    ['T09:00:30.1234', 'a fraction finer than a millisecond'],
    ['2015-12-30T09:00', 'a whole date'],
    ['T09:00 ', 'a time with text after it'],
  ])('gives undefined for %j (%s)', (time) => {
    expect(timeParts(time)).toBeUndefined();
  });

  it('gives back the numbers a time was written with (property)', () => {
    const time = fc.record({
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
      fraction: fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }),
      offset: fc.option(fc.constantFrom('Z', '+05:00', '-03:30', '+0545', '-10'), { nil: undefined }),
    });
    fc.assert(
      fc.property(time, ({ hour, minute, second, fraction, offset }) => {
        const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
        const seconds =
          second === undefined ? '' : `:${two(second)}${fraction === undefined ? '' : `.${fraction}`}`;
        const text = `T${two(hour)}:${two(minute)}${seconds}${offset ?? ''}`;
        const expected: Record<string, number | string> = { hour, minute };
        if (second !== undefined) expected['second'] = second;
        // `.5` is half a second: the digits are tenths, hundredths or thousandths by how many there are.
        if (second !== undefined && fraction !== undefined)
          expected['millisecond'] = Number(fraction) * 10 ** (3 - fraction.length);
        if (offset !== undefined) expected['offset'] = offset;
        expect(timeParts(text), text).toStrictEqual(expected);
      }),
      heavyRuns(200),
    );
  });
});

describe('withoutGroups', () => {
  it('makes every capturing group non-capturing and leaves escaped parentheses and other groups alone', () => {
    expect(withoutGroups('(a)(?:b)(?=c)\\(d\\)((e))')).toBe('(?:a)(?:b)(?=c)\\(d\\)(?:(?:e))');
  });
});

import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/_lib/nearest.js';
import { didYouMean, nearMisses } from '../../src/cli/suggest.js';

describe('near misses', () => {
  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('shwo', 'show')).toBe(1);
    expect(editDistance('deadline-2015-12-31', 'deadline-2015-12-30')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('offers the closest names first, and names that contain a fragment', () => {
    const deadlines = ['deadline-2015-11-30', 'deadline-2015-12-30'];
    expect(nearMisses('deadline-2015-12-31', deadlines)).toEqual([
      'deadline-2015-12-30',
      'deadline-2015-11-30',
    ]);
    expect(nearMisses('pakistan', ['india-blackberry-2010', 'blackberry-pakistan-2015'])).toEqual([
      'blackberry-pakistan-2015',
    ]);
    expect(nearMisses('SHOW', ['show'])).toEqual([]);
  });

  it('offers nothing for a word that is nowhere near, or far too long to be a typo', () => {
    expect(nearMisses('frobnicate', ['list', 'show', 'query'])).toEqual([]);
    expect(nearMisses('x'.repeat(1000), ['x'])).toEqual([]);
    expect(didYouMean('zzz', ['show'])).toBe('');
  });

  it('words the hint with the names in backticks', () => {
    expect(didYouMean('shwo', ['show', 'list'])).toBe('; did you mean `show`?');
    expect(didYouMean('deadline-2015-12-31', ['deadline-2015-11-30', 'deadline-2015-12-30'])).toBe(
      '; did you mean `deadline-2015-12-30` or `deadline-2015-11-30`?',
    );
  });
});

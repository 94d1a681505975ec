/** The names of EDTF's sub-year groupings (codes 21 to 41), for dates in words. */
const NAMES: readonly string[] = [
  'spring',
  'summer',
  'autumn',
  'winter',
  'northern spring',
  'northern summer',
  'northern autumn',
  'northern winter',
  'southern spring',
  'southern summer',
  'southern autumn',
  'southern winter',
  'first quarter of',
  'second quarter of',
  'third quarter of',
  'fourth quarter of',
  'first third of',
  'second third of',
  'third third of',
  'first half of',
  'second half of',
];

/**
 * Words with each season, quarter or semester (`2015-21`) named, its EDTF text kept after it:
 * `about 2015-21` → `about spring 2015 (2015-21)`. Other dates are left as they are.
 *
 * @example
 * ```ts
 * seasonsInWords('2015-33 to 2016-28');
 * //=> 'first quarter of 2015 (2015-33) to northern winter 2016 (2016-28)'
 * ```
 */
export function seasonsInWords(words: string): string {
  return words.replace(
    /(?<![\w-])(-?\d{4})-(2[1-9]|3\d|4[01])(?![\d-])/g,
    (text, year: string, code: string) => `${NAMES[Number(code) - 21]} ${year} (${text})`,
  );
}

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

/** A season's EDTF text (`2015-21`) among other words. */
const SEASON_TEXT = /(?<![\w-])(-?\d{4})-(2[1-9]|3\d|4[01])(?![\d-])/g;

/**
 * Words with each season, quarter or semester (`2015-21`) named, its EDTF text kept after it:
 * `about 2015-21` → `about spring 2015 (2015-21)`. Other dates are left as they are.
 */
export function seasonsInWords(words: string): string {
  return words.replace(
    SEASON_TEXT,
    (text, year: string, code: string) => `${NAMES[Number(code) - 21]} ${year} (${text})`,
  );
}

/** A named season as {@link seasonsInWords} writes it: `spring 2015 (2015-21)`. */
const NAMED_SEASON = new RegExp(`(?:${NAMES.join('|')}) (-?\\d{4}) \\(((-?\\d{4})-(\\d{2}))\\)`, 'g');

/** The words with each named season back as its EDTF text (`spring 2015 (2015-21)` → `2015-21`), when name and text agree. */
export function seasonsOutOfWords(words: string): string {
  return words.replace(NAMED_SEASON, (named, year: string, text: string, textYear: string, code: string) =>
    year === textYear && named.startsWith(`${NAMES[Number(code) - 21]} `) ? text : named,
  );
}

/**
 * The sub-year groupings of EDTF (ISO 8601-2), codes 21 to 41, as months of the year they are written with:
 * `first` is the first month (0 for January; 11 for December, whose winter runs into the next year), `months`
 * how many months it spans, `step` the unit an approximate (`~`) one is widened by.
 *
 * Listed from code 21 on as `[first, months]`; `step` is `months`, but 3 for the seasons 21 to 24.
 *
 * Seasons are meteorological (whole months), and a season is the one that begins in the year written: winter
 * 2001 runs from December 2001 to February 2002. Codes 21 to 24 do not say which hemisphere: each stands for the
 * span that both hemispheres' seasons of that name cover (spring 2001, `2001-21`, is March to May in the north
 * and September to November in the south, so March to November), and a query answers *maybe* anywhere in it.
 * A source that knows its hemisphere is read more precisely with 25 to 32.
 */
const TABLE: readonly (readonly [number, number])[] = [
  [2, 9],
  [5, 9],
  [2, 9],
  [5, 9], // 21–24: spring, summer, autumn, winter, either hemisphere
  [2, 3],
  [5, 3],
  [8, 3],
  [11, 3], // 25–28: the same, northern hemisphere
  [8, 3],
  [11, 3],
  [2, 3],
  [5, 3], // 29–32: the same, southern hemisphere
  [0, 3],
  [3, 3],
  [6, 3],
  [9, 3], // 33–36: quarters
  [0, 4],
  [4, 4],
  [8, 4], // 37–39: quadrimesters
  [0, 6],
  [6, 6], // 40–41: semesters
];

/** The grouping of a code from 21 to 41; `undefined` for any other code. */
export function groupingOf(code: number): { first: number; months: number; step: number } | undefined {
  const entry = TABLE[code - 21];
  if (entry === undefined || !Number.isInteger(code)) return undefined;
  const [first, months] = entry;
  return { first, months, step: months === 9 ? 3 : months };
}

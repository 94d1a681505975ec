/**
 * The sub-year groupings of EDTF (ISO 8601-2), codes 21 to 41, as months of the year they are written with:
 * `first` is the first month (0 for January; 11 for December, whose winter runs into the next year), `months`
 * how many months it spans, `step` the unit an approximate (`~`) one is widened by.
 *
 * Seasons are meteorological (whole months), and a season is the one that begins in the year written: winter
 * 2001 runs from December 2001 to February 2002. Codes 21 to 24 do not say which hemisphere: each stands for the
 * span that both hemispheres' seasons of that name cover (spring 2001, `2001-21`, is March to May in the north
 * and September to November in the south, so March to November), and a query answers *maybe* anywhere in it.
 * A source that knows its hemisphere is read more precisely with 25 to 32.
 */
export const GROUPINGS: Readonly<
  Record<number, { first: number; months: number; step: number; name: string }>
> = Object.freeze({
  21: { first: 2, months: 9, step: 3, name: 'spring (either hemisphere)' },
  22: { first: 5, months: 9, step: 3, name: 'summer (either hemisphere)' },
  23: { first: 2, months: 9, step: 3, name: 'autumn (either hemisphere)' },
  24: { first: 5, months: 9, step: 3, name: 'winter (either hemisphere)' },
  25: { first: 2, months: 3, step: 3, name: 'spring, northern hemisphere' },
  26: { first: 5, months: 3, step: 3, name: 'summer, northern hemisphere' },
  27: { first: 8, months: 3, step: 3, name: 'autumn, northern hemisphere' },
  28: { first: 11, months: 3, step: 3, name: 'winter, northern hemisphere' },
  29: { first: 8, months: 3, step: 3, name: 'spring, southern hemisphere' },
  30: { first: 11, months: 3, step: 3, name: 'summer, southern hemisphere' },
  31: { first: 2, months: 3, step: 3, name: 'autumn, southern hemisphere' },
  32: { first: 5, months: 3, step: 3, name: 'winter, southern hemisphere' },
  33: { first: 0, months: 3, step: 3, name: 'first quarter' },
  34: { first: 3, months: 3, step: 3, name: 'second quarter' },
  35: { first: 6, months: 3, step: 3, name: 'third quarter' },
  36: { first: 9, months: 3, step: 3, name: 'fourth quarter' },
  37: { first: 0, months: 4, step: 4, name: 'first quadrimester' },
  38: { first: 4, months: 4, step: 4, name: 'second quadrimester' },
  39: { first: 8, months: 4, step: 4, name: 'third quadrimester' },
  40: { first: 0, months: 6, step: 6, name: 'first semester' },
  41: { first: 6, months: 6, step: 6, name: 'second semester' },
});

/**
 * Recognises dates written in a local format rather than EDTF (`12/30/2015`, `30.12.2015`, `Dec 30, 2015`), so
 * that the error says what was given and which EDTF date to write instead, or why no single one can be
 * suggested (`05/06/2015` is 5 June in most of the world and 6 May in the United States).
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** The month a name or its first three letters (`Dec`, `dec.`, `December`) stands for, 1–12; 0 when none. */
function monthNumber(name: string): number {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return 0;
  const index = MONTHS.findIndex((month) => month === word || (word.length === 3 && month.startsWith(word)));
  return index + 1;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return new Date(Date.UTC(2001, month, 0)).getUTCDate();
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The EDTF day, or undefined when the day does not exist. */
function edtfDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function spokenDay(year: number, month: number, day: number): string {
  const name = MONTHS[month - 1] as string;
  return `${day} ${name[0]?.toUpperCase()}${name.slice(1)} ${year}`;
}

const NUMERIC = /^(\d{1,2})([/.\-\s])(\d{1,2})\2(\d{2}|\d{4})$/;
const YEAR_FIRST = /^(\d{4})([/.\-\s])(\d{1,2})\2(\d{1,2})$/;
const MONTH_FIRST = /^([A-Za-z]{3,9}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
/** A day, or two days of one month (`13–14 Jan 2018`), then the month's name and the year. */
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*(\d{1,2}))?\s+([A-Za-z]{3,9}\.?),?\s+(\d{4})$/;
const MONTH_YEAR = /^([A-Za-z]{3,9}\.?),?\s+(\d{4})$/;

/**
 * A message for a date in a local format, or undefined when the text does not look like one. The message
 * quotes what was given (at most 64 characters: longer texts are refused before this is asked).
 */
export function localDateMessage(text: string): string | undefined {
  const given = JSON.stringify(text.trim());
  const suggest = (form: string, edtf: string | undefined) =>
    edtf === undefined
      ? `${given} is ${form}, not an EDTF date, and that day does not exist`
      : `${given} is ${form}, not an EDTF date: write ${edtf}`;

  const yearFirst = YEAR_FIRST.exec(text.trim());
  if (yearFirst !== null) {
    const [, y = '', , m = '', d = ''] = yearFirst;
    return suggest('year, month and day', edtfDay(Number(y), Number(m), Number(d)));
  }

  const numeric = NUMERIC.exec(text.trim());
  if (numeric !== null) {
    const [, first = '', separator = '', second = '', yearText = ''] = numeric;
    if (yearText.length === 2)
      return `${given} is not an EDTF date, and its two-digit year could be 19${yearText} or 20${yearText}: write the year in full, as YYYY-MM-DD`;
    const year = Number(yearText);
    const a = Number(first);
    const b = Number(second);
    const dayMonth = edtfDay(year, b, a);
    const monthDay = edtfDay(year, a, b);
    const order = separator === '.' ? 'day.month.year' : `day${separator}month${separator}year`;
    const usOrder = `month${separator}day${separator}year`;
    if (dayMonth !== undefined && monthDay !== undefined && dayMonth !== monthDay)
      return (
        `${given} is not an EDTF date, and it is ambiguous: ${spokenDay(year, b, a)} read as ${order} ` +
        `(write ${dayMonth}) or ${spokenDay(year, a, b)} read as ${usOrder} (write ${monthDay})`
      );
    if (dayMonth !== undefined) return suggest(order, dayMonth);
    if (monthDay !== undefined) return suggest(usOrder, monthDay);
    return `${given} is not an EDTF date, and neither ${a} nor ${b} with ${year} makes a day that exists; write YYYY-MM-DD`;
  }

  const monthFirst = MONTH_FIRST.exec(text.trim());
  if (monthFirst !== null && monthNumber(monthFirst[1] ?? '') > 0) {
    const [, name = '', d = '', y = ''] = monthFirst;
    return suggest('month, day and year', edtfDay(Number(y), monthNumber(name), Number(d)));
  }
  const dayFirst = DAY_FIRST.exec(text.trim());
  if (dayFirst !== null && monthNumber(dayFirst[3] ?? '') > 0) {
    const [, d = '', to, name = '', y = ''] = dayFirst;
    const day = (n: string) => edtfDay(Number(y), monthNumber(name), Number(n));
    const [first, last] = [day(d), to && day(to)];
    // From the one day to the other, or one of them: the source's words say which.
    if (to === undefined) return suggest('day, month and year', first);
    if (first && last && first < last)
      return `${given} is days of a month, not an EDTF date: write ${first}/${last}, or [${first},${last}] for one of them`;
  }
  const monthYear = MONTH_YEAR.exec(text.trim());
  if (monthYear !== null && monthNumber(monthYear[1] ?? '') > 0) {
    const [, name = '', y = ''] = monthYear;
    return `${given} is a month and year, not an EDTF date: write ${y.padStart(4, '0')}-${pad(monthNumber(name))}`;
  }
  return undefined;
}

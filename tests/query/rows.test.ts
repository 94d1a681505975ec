import {
  alignCases,
  flatRows,
  instantText,
  parseDate,
  responsesTo,
  summarizeCases,
  TimelineError,
} from 'dispute-timeline';
import { datasets as allDatasets, blackberryPakistan2015 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/** The four BlackBerry cases of 2010 and 2015, which these tests compare side by side (every one sets a deadline). */
const datasets = allDatasets.filter((d) => d.id.endsWith('2010') || d.id === 'blackberry-pakistan-2015');

const isFlat = (row: object) =>
  Object.values(row).every(
    (value) => value === null || ['string', 'number', 'boolean'].includes(typeof value),
  );

describe('results as tables', () => {
  it('gives summarizeCases rows of flat columns only, one per case, so console.table shows no [Object]', () => {
    const rows = summarizeCases(datasets);
    expect(rows).toHaveLength(datasets.length);
    expect(rows.every(isFlat)).toBe(true);
    expect(rows.every((row) => Object.isFrozen(row))).toBe(true);
  });

  it('gives each date as its text beside the earliest and latest instant it may stand for, in UTC', () => {
    const [row] = summarizeCases([blackberryPakistan2015]);
    expect(row).toMatchObject({
      firstDemand: 'bes-traffic-access',
      madeOn: '2015-07',
      madeOnEarliest: '2015-06-30T19:00:00.000Z',
      madeOnLatest: '2015-07-31T18:59:59.999Z',
      daysToResolutionMin: 153,
      daysToResolutionMax: 184,
    });
  });

  it('flattens rich rows by rule: a date into three columns, a count of days into min and max, a record into its id', () => {
    const rows = flatRows([
      {
        response: blackberryPakistan2015.responses[0],
        date: parseDate('2015-07', { timeZone: 'Asia/Karachi' }),
        days: { min: 3, max: 5 },
        actors: blackberryPakistan2015.actors.slice(0, 2),
        note: undefined,
        open: parseDate('2015-12-30/..'),
      },
    ]);
    expect(rows).toEqual([
      {
        response: blackberryPakistan2015.responses[0]?.id,
        date: '2015-07',
        dateEarliest: '2015-06-30T19:00:00.000Z',
        dateLatest: '2015-07-31T18:59:59.999Z',
        daysMin: 3,
        daysMax: 5,
        actors: 'government-of-pakistan;ministry-of-interior',
        note: null,
        open: '2015-12-30/..',
        openEarliest: '2015-12-30T00:00:00.000Z',
        openLatest: null,
      },
    ]);
    expect(rows.every(isFlat)).toBe(true);
  });

  it('flattens the responses to a demand and the events of aligned cases into flat rows', () => {
    expect(flatRows(responsesTo(blackberryPakistan2015, 'bes-shutdown-order')).every(isFlat)).toBe(true);
    for (const aligned of alignCases(datasets, 'first-deadline'))
      expect(flatRows(aligned.events).every(isFlat)).toBe(true);
  });

  it('leaves the rows it is given as they were', () => {
    const row = { days: { min: 1, max: 2 } };
    flatRows([row]);
    expect(row).toEqual({ days: { min: 1, max: 2 } });
  });

  it('rejects a list with a hole or a row that is not an object, naming where', () => {
    const issue = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        if (error instanceof TimelineError) return error.issues[0];
      }
      return undefined;
    };
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point
    expect(issue(() => flatRows([{}, , {}] as object[]))).toMatchObject({
      code: 'invalid-argument',
      path: ['rows', 1],
    });
    expect(issue(() => flatRows('rows' as never))).toMatchObject({
      code: 'invalid-argument',
      path: ['rows'],
    });
  });

  it('gives no ISO text for an unbounded instant or one a Date cannot hold', () => {
    expect(instantText(Number.POSITIVE_INFINITY)).toBeNull();
    expect(instantText(9e15)).toBeNull();
    expect(instantText(0)).toBe('1970-01-01T00:00:00.000Z');
  });
});

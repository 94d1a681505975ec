/**
 * Every public entry checks its arguments; inputs are never changed; holes in lists are refused; printed text
 * is inert and bounded; exported constants cannot be changed.
 */
import {
  ALLEN_RELATIONS,
  alignCases,
  countdown,
  createDispute,
  DATE_PRECISIONS,
  editDispute,
  eventsBefore,
  FORMATS,
  formatIssues,
  formatPath,
  formatTimelineText,
  ISSUE_CODES,
  inTimelineOrder,
  isTimeZone,
  parseDispute,
  query,
  RECORD_SCHEMAS,
  safeParseDispute,
  safeUpdateDispute,
  serializeDispute,
  summarizeCases,
  TimelineError,
  updateDispute,
} from 'dispute-timeline';
import { blackberryPakistan2015, datasets, indiaBlackberry2010 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../support/issues.js';

const handMade = () => ({
  id: 'case',
  title: 'A case',
  countries: ['PK'],
  actors: [{ id: 'co', name: 'Company', kind: 'company' }],
});

describe('updateDispute and safeUpdateDispute', () => {
  it.each([
    ['null', null],
    ['a number', 5],
    ['a string', 'blackberry-pakistan-2015'],
    ['a list', []],
  ])('refuse %s as the dispute with invalid-argument', (_, value) => {
    const result = safeUpdateDispute(value as never, () => {});
    expect(
      result.success ? [] : result.error.issues.map((i) => `${i.code} at ${formatPath(i.path)}`),
    ).toEqual(['invalid-argument at dispute']);
    expect(issuesOf(() => updateDispute(value as never, () => {}))).toEqual(['invalid-argument at dispute']);
  });

  it('reports every problem of an invalid hand-made dispute, under dispute, even when the recipe changes nothing', () => {
    const result = safeUpdateDispute({ success: true, data: null } as never, () => {});
    expect(
      result.success ? [] : result.error.issues.map((i) => `${i.code} at ${formatPath(i.path)}`),
    ).toEqual([
      'missing-field at dispute.id',
      'missing-field at dispute.title',
      'unknown-field at dispute.success',
      'unknown-field at dispute.data',
    ]);
  });

  it('reports a recipe that is not a function as a failed result instead of throwing', () => {
    const result = safeUpdateDispute(blackberryPakistan2015, 'rename' as never);
    expect(
      result.success ? [] : result.error.issues.map((i) => `${i.code} at ${formatPath(i.path)}`),
    ).toEqual(['invalid-argument at recipe']);
  });

  it('leaves the objects of a hand-made dispute unfrozen and unchanged, and returns a frozen copy', () => {
    const input = handMade();
    const before = JSON.stringify(input);
    const updated = updateDispute(input as never, (draft) => {
      draft.title = 'Renamed';
    });
    expect(updated.title).toBe('Renamed');
    expect(Object.isFrozen(updated.actors[0])).toBe(true);
    expect(JSON.stringify(input)).toBe(before);
    expect([Object.isFrozen(input), Object.isFrozen(input.actors), Object.isFrozen(input.actors[0])]).toEqual(
      [false, false, false],
    );
    // A recipe that changes nothing also returns a validated copy, not the caller's object.
    const same = updateDispute(input as never, () => {});
    expect(same).not.toBe(input);
    expect(Object.isFrozen(input)).toBe(false);
  });
});

describe('editDispute', () => {
  it('validates a hand-made dispute without collections, so that adding records to it works', () => {
    const built = editDispute({ id: 'case', title: 'A case' } as never)
      .actor({ id: 'co', name: 'Company', kind: 'company' })
      .build();
    expect(built.actors.map((a) => a.id)).toEqual(['co']);
  });

  it('reports an invalid hand-made dispute under dispute, and refuses what is not an object', () => {
    expect(issuesOf(() => editDispute({ title: 'A case' } as never))).toEqual([
      'missing-field at dispute.id',
    ]);
    expect(issuesOf(() => editDispute(null as never))).toEqual(['invalid-argument at dispute']);
  });
});

describe('isTimeZone', () => {
  it.each([null, undefined, 5, 10n, Symbol('zone'), {}, ['UTC']])('answers false for %s', (value) => {
    expect(isTimeZone(value as never)).toBe(false);
  });
});

describe('formatPath and formatIssues', () => {
  it('show a symbol, a bigint, a hole and an object in a path instead of throwing', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const path = [Symbol('key'), 12n, , {}, 'events', 0] as never;
    expect(formatPath(path)).toBe('[Symbol(key)][12n][undefined][object].events[0]');
    expect(formatIssues([{ code: 'wrong-type', path, message: 'm' }])).toBe(
      'wrong-type at [Symbol(key)][12n][undefined][object].events[0]: m',
    );
  });

  it('refuse a sparse list of issues, naming the hole, instead of printing an empty line', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const issues = [
      { code: 'wrong-type', path: [], message: 'm' },
      ,
      { code: 'wrong-type', path: [], message: 'n' },
    ];
    expect(issuesOf(() => formatIssues(issues as never))).toEqual(['invalid-argument at issues[1]']);
  });

  it('escape control characters in issue codes, not only in paths and messages', () => {
    const text = formatIssues([
      { code: '\u001b[2J\u202ewrong-type' as never, path: ['a\nb'], message: 'x\u0007' },
    ]);
    expect(text).toBe('\\u001b[2J\\u202ewrong-type at ["a\\nb"]: x\\u0007');
  });

  it('cut a 1,000,000-character key of a path to 100 characters', () => {
    expect(formatPath(['x'.repeat(1_000_000)]).length).toBeLessThan(110);
  });
});

describe('sparse lists', () => {
  // biome-ignore lint/suspicious/noSparseArray: the hole is the point
  const withHole = <T>(first: T) => [first, , first] as unknown as readonly T[];

  it('are refused in the events option of formatTimelineText and countdown, naming the hole', () => {
    const event = blackberryPakistan2015.events[0];
    expect(
      issuesOf(() => formatTimelineText(blackberryPakistan2015, { events: withHole(event) as never })),
    ).toEqual(['invalid-argument at options.events[1]']);
    expect(
      issuesOf(() =>
        countdown(indiaBlackberry2010, 'bes-bbm-access', {
          events: withHole(indiaBlackberry2010.events[0]) as never,
        }),
      ),
    ).toEqual(['invalid-argument at options.events[1]']);
  });

  it('are refused as lists of cases and of records, naming the hole', () => {
    expect(issuesOf(() => summarizeCases(withHole(blackberryPakistan2015)))).toEqual([
      'invalid-argument at disputes[1]',
    ]);
    expect(issuesOf(() => alignCases(withHole(blackberryPakistan2015), 'first-demand'))).toEqual([
      'invalid-argument at disputes[1]',
    ]);
    expect(issuesOf(() => inTimelineOrder(withHole({ id: 'a', date: '2015' })))).toEqual([
      'invalid-argument at records[1]',
    ]);
  });

  it('of records in a document are reported as missing records, never read as undefined', () => {
    const json = JSON.parse(serializeDispute(blackberryPakistan2015));
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    json.events = [json.events[0], , json.events[1]];
    const result = safeParseDispute(json);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues.map((i) => formatPath(i.path))).toContain('events[1]');
  });
});

describe('messages that echo the input', () => {
  const huge = 'x'.repeat(1_000_000);

  it('stay under 500 characters for a 1,000,000-character id, reference, date or zone', () => {
    const json = JSON.parse(serializeDispute(blackberryPakistan2015));
    json.events[0].id = huge;
    json.events[1].actors = [huge];
    json.events[2].date = huge;
    json.demands[0].date = { value: '2015', timeZone: huge };
    json[huge] = 1;
    const result = safeParseDispute(json);
    expect(result.success).toBe(false);
    if (result.success) return;
    for (const issue of result.error.issues) expect(issue.message.length).toBeLessThanOrEqual(500);
    expect(result.error.message.length).toBeLessThan(5000);
  });

  it('stay under 500 characters in the errors of queries', () => {
    for (const call of [
      () => eventsBefore(blackberryPakistan2015, huge),
      () => query(blackberryPakistan2015).events().before(huge),
      () => countdown(blackberryPakistan2015, huge),
    ]) {
      try {
        call();
      } catch (error) {
        expect(error).toBeInstanceOf(TimelineError);
        for (const issue of (error as TimelineError).issues)
          expect(issue.message.length).toBeLessThanOrEqual(500);
        continue;
      }
      throw new Error('expected the call to throw');
    }
  });
});

describe('exported constants', () => {
  const constants = { DATE_PRECISIONS, ISSUE_CODES, ALLEN_RELATIONS, FORMATS, RECORD_SCHEMAS };

  it.each(Object.entries(constants))('%s is frozen, and so is each format of FORMATS', (_, value) => {
    expect(Object.isFrozen(value)).toBe(true);
    for (const format of FORMATS) expect(Object.isFrozen(format)).toBe(true);
  });

  it('throw on every attempt to change them, and timelines and validation stay as they were', () => {
    const before = serializeDispute(parseDispute(serializeDispute(blackberryPakistan2015)));
    const attempts = [
      () => (DATE_PRECISIONS as unknown as string[]).reverse(),
      () => (ISSUE_CODES as unknown as string[]).push('made-up'),
      () => (ALLEN_RELATIONS as unknown as string[]).splice(0),
      () =>
        ((RECORD_SCHEMAS as Record<string, unknown>)['events'] = { safeParse: () => ({ success: true }) }),
      () => delete (RECORD_SCHEMAS as Record<string, unknown>)['actors'],
      () => ((FORMATS as unknown as unknown[]).length = 0),
      () => ((FORMATS[0] as { name: string }).name = 'other'),
    ];
    for (const attempt of attempts) expect(attempt).toThrow(TypeError);
    expect(serializeDispute(parseDispute(serializeDispute(blackberryPakistan2015)))).toBe(before);
    const broken = JSON.parse(before);
    broken.events[0].date = 2015;
    expect(safeParseDispute(broken).success).toBe(false);
    expect(DATE_PRECISIONS[0]).toBe('millennium');
  });
});

describe('the JSON text', () => {
  it('may start with a UTF-8 byte-order mark, as Windows editors write it', () => {
    const text = `\uFEFF${serializeDispute(blackberryPakistan2015)}`;
    expect(parseDispute(text).events.length).toBe(blackberryPakistan2015.events.length);
    expect(safeParseDispute(text).success).toBe(true);
  });

  it('still refuses a byte-order mark anywhere but the start', () => {
    expect(safeParseDispute(`{\uFEFF"id": "case", "title": "A case"}`).success).toBe(false);
  });
});

describe('time zone names', () => {
  it('are stored in their canonical spelling, in the dispute and in every record', () => {
    const json = JSON.parse(serializeDispute(blackberryPakistan2015));
    json.timeZone = 'asia/karachi';
    const toronto = json.responses.find((r: { date: unknown }) => typeof r.date === 'object');
    toronto.date.timeZone = 'AMERICA/TORONTO';
    const dispute = parseDispute(json);
    expect(dispute.timeZone).toBe('Asia/Karachi');
    expect(serializeDispute(dispute)).toBe(serializeDispute(blackberryPakistan2015));
    expect(parseDispute({ id: 'case', title: 'A case', timeZone: 'utc' }).timeZone).toBe('UTC');
  });

  it('keep the spelling of every shipped dataset, and store an old name of a place as today’s', () => {
    for (const dispute of datasets)
      expect(parseDispute(serializeDispute(dispute)).timeZone).toBe(dispute.timeZone);
    expect(createDispute({ id: 'case', title: 'A case', timeZone: 'Asia/Calcutta' }).build().timeZone).toBe(
      'Asia/Kolkata',
    );
  });
});

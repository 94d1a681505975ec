import { type IssueCode, parseDispute, safeParseDispute } from 'dispute-timeline';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseIssues } from '../support/issues.js';
import { heavyRuns } from '../support/runs.js';
import { minimalInput } from './fixtures.js';

type Mutable = any;

function broken(change: (input: Mutable) => void): Mutable {
  const input = minimalInput() as Mutable;
  change(input);
  return input;
}

function expectIssue(input: unknown, code: IssueCode, path: readonly (string | number)[]): void {
  expect(parseIssues(input)).toContainEqual(expect.objectContaining({ code, path }));
}

describe('validation', () => {
  it('accepts a valid dispute and sorts its events into timeline order', () => {
    const dispute = parseDispute(minimalInput());
    expect(dispute.events.map((e) => e.id)).toEqual(['e1', 'e2']);
  });

  it('rejects a missing field with missing-field and its path', () => {
    expectIssue(
      broken((i) => delete i.actors[0].name),
      'missing-field',
      ['actors', 0, 'name'],
    );
    expectIssue(
      broken((i) => delete i.title),
      'missing-field',
      ['title'],
    );
  });

  it('rejects a number where a date belongs with wrong-type', () => {
    expectIssue(
      broken((i) => (i.events[0].date = 20151130)),
      'wrong-type',
      ['events', 0, 'date'],
    );
  });

  it('rejects an unknown field, __proto__ and constructor included, with unknown-field', () => {
    expectIssue(
      broken((i) => (i.events[0].sorces = [])),
      'unknown-field',
      ['events', 0, 'sorces'],
    );
    const proto = JSON.parse('{"id":"x","title":"t","__proto__":{"polluted":true}}');
    expectIssue(proto, 'unknown-field', ['__proto__']);
    expectIssue(
      broken((i) => (i.actors[0].constructor = 'x')),
      'unknown-field',
      ['actors', 0, 'constructor'],
    );
    expect(({} as Mutable)['polluted']).toBeUndefined();
  });

  it('rejects an impossible date with impossible-date', () => {
    expectIssue(
      broken((i) => (i.events[0].date = '2015-02-30')),
      'impossible-date',
      ['events', 0, 'date'],
    );
    expectIssue(
      broken((i) => (i.demands[0].date = '2015-13')),
      'impossible-date',
      ['demands', 0, 'date'],
    );
    expectIssue(
      broken((i) => (i.events[1].date = { value: '2015-13-01', timeZone: 'America/Toronto' })),
      'impossible-date',
      ['events', 1, 'date', 'value'],
    );
  });

  it('rejects a malformed date with invalid-date and an unknown zone with invalid-time-zone', () => {
    expectIssue(
      broken((i) => (i.events[0].date = '30 Nov 2015')),
      'invalid-date',
      ['events', 0, 'date'],
    );
    expectIssue(
      broken((i) => (i.timeZone = 'Asia/Lahore')),
      'invalid-time-zone',
      ['timeZone'],
    );
    expectIssue(
      broken((i) => (i.events[0].date = { value: '2015-11-30', timeZone: 'Nowhere/Town' })),
      'invalid-time-zone',
      ['events', 0, 'date', 'timeZone'],
    );
  });

  it('rejects a duplicate id with duplicate-id, across record kinds', () => {
    expectIssue(
      broken((i) => (i.actors[1].id = 'gov')),
      'duplicate-id',
      ['actors', 1, 'id'],
    );
    expectIssue(
      broken((i) => (i.events[0].id = 'dem')),
      'duplicate-id',
      ['events', 0, 'id'],
    );
  });

  it('rejects a response to an unknown demand with unknown-reference', () => {
    expectIssue(
      broken((i) => (i.responses[0].to = ['nope'])),
      'unknown-reference',
      ['responses', 0, 'to', 0],
    );
  });

  it('rejects a reference to a record of the wrong kind with unknown-reference', () => {
    expectIssue(
      broken((i) => (i.events[0].actors = ['dem'])),
      'unknown-reference',
      ['events', 0, 'actors', 0],
    );
    expectIssue(
      broken((i) => (i.events[0].sources = [{ source: 'gov' }])),
      'unknown-reference',
      ['events', 0, 'sources', 0, 'source'],
    );
  });

  it('rejects an extension that points nowhere with unknown-reference', () => {
    expectIssue(
      broken((i) => (i.deadlines[1].extends = 'dl9')),
      'unknown-reference',
      ['deadlines', 1, 'extends'],
    );
  });

  it('rejects an extension chain that loops with extension-cycle', () => {
    expectIssue(
      broken((i) => (i.deadlines[0].extends = 'dl2')),
      'extension-cycle',
      ['deadlines', 0, 'extends'],
    );
    expectIssue(
      broken((i) => (i.deadlines[0].extends = 'dl1')),
      'extension-cycle',
      ['deadlines', 0, 'extends'],
    );
  });

  it('rejects two extensions of one deadline with extension-branch', () => {
    const input = broken((i) =>
      i.deadlines.push({ id: 'dl3', due: '2016-01-30', setBy: ['reg'], demands: ['dem'], extends: 'dl1' }),
    );
    expectIssue(input, 'extension-branch', ['deadlines', 2, 'extends']);
  });

  it('rejects memberships that loop with membership-cycle', () => {
    expectIssue(
      broken((i) => (i.actors[0].memberships = [{ organization: 'reg' }])),
      'membership-cycle',
      ['actors', 0, 'memberships'],
    );
  });

  it('rejects a response dated before its demand with response-before-demand', () => {
    expectIssue(
      broken((i) => (i.responses[0].date = '2015-06')),
      'response-before-demand',
      ['responses', 0, 'date'],
    );
  });

  it('accepts a response that only may be before its demand', () => {
    expect(safeParseDispute(broken((i) => (i.responses[0].date = '2015-07'))).success).toBe(true);
  });

  it('rejects an event with no source with missing-source', () => {
    expectIssue(
      broken((i) => (i.events[0].sources = [])),
      'missing-source',
      ['events', 0, 'sources'],
    );
  });

  it('rejects a javascript: URL with invalid-url and a bad country with invalid-country', () => {
    expectIssue(
      broken((i) => (i.sources[0].url = 'javascript:alert(1)')),
      'invalid-url',
      ['sources', 0, 'url'],
    );
    expectIssue(
      broken((i) => (i.actors[0].country = 'XX')),
      'invalid-country',
      ['actors', 0, 'country'],
    );
  });

  it('rejects a bad id with invalid-id and an unknown stance with invalid-value', () => {
    expectIssue(
      broken((i) => (i.actors[0].id = 'has space')),
      'invalid-id',
      ['actors', 0, 'id'],
    );
    expectIssue(
      broken((i) => (i.responses[0].stance = 'shrug')),
      'invalid-value',
      ['responses', 0, 'stance'],
    );
  });

  it('rejects a 10 MB string with too-large, quickly', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const issues = parseIssues(broken((i) => (i.events[0].title = huge)));
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'too-large', path: ['events', 0, 'title'] }),
    );
    expect(JSON.stringify(issues).length).toBeLessThan(2000);
  });

  it('rejects truncated JSON text with json-syntax', () => {
    const text = JSON.stringify(minimalInput());
    expectIssue(text.slice(0, text.length / 2), 'json-syntax', []);
  });

  it('rejects something that is not an object with wrong-type at the root', () => {
    for (const value of [null, 42, 'null', [], true]) expectIssue(value, 'wrong-type', []);
    expectIssue(
      broken((i) => (i.events = {})),
      'wrong-type',
      ['events'],
    );
  });

  it('collects every problem at once rather than stopping at the first', () => {
    const input = broken((i) => {
      i.events[0].date = '2015-02-30';
      i.responses[0].to = ['nope'];
      i.actors[1].id = 'gov';
      delete i.title;
    });
    const codes = parseIssues(input).map((issue) => issue.code);
    expect(codes).toEqual(
      expect.arrayContaining(['impossible-date', 'unknown-reference', 'duplicate-id', 'missing-field']),
    );
  });

  it('never throws anything but a TimelineError on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        const result = safeParseDispute(value);
        expect(result.success).toBe(false);
      }),
      heavyRuns(300),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(() => safeParseDispute(text)).not.toThrow();
      }),
    );
  });

  it('survives deeply nested junk', () => {
    let junk: unknown = 'x';
    for (let i = 0; i < 100_000; i++) junk = [junk];
    expectIssue(
      broken((i) => (i.events[0].title = junk)),
      'wrong-type',
      ['events', 0, 'title'],
    );
    const deepText = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    expect(safeParseDispute(deepText).success).toBe(false);
  });
});

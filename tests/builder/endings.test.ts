/**
 * A deadline's ending in the JSON form: version 1 (a bare word) still reads, migrated; version 2 is written;
 * an ending that contradicts the records is reported with its own code.
 */
import {
  disputeJsonSchema,
  formatPath,
  parseDispute,
  safeParseDispute,
  serializeDispute,
} from 'dispute-timeline';
import { blackberryPakistan2015, uaeBlackberry2010 } from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';

/** The UAE case in its JSON form, as a plain object to change. */
const uaeJson = (): any => JSON.parse(serializeDispute(uaeBlackberry2010));

function problems(json: unknown): string[] {
  const result = safeParseDispute(json);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.code} at ${formatPath(issue.path)}`);
}

describe('the format version of the JSON form', () => {
  it('writes formatVersion 2 first', () => {
    const text = serializeDispute(uaeBlackberry2010);
    expect(Object.keys(JSON.parse(text))[0]).toBe('formatVersion');
    expect(JSON.parse(text).formatVersion).toBe(2);
  });

  it('reads a version 1 file, whose outcomes are bare words, migrating each to an undated ending', () => {
    const json = uaeJson();
    delete json.formatVersion;
    json.deadlines[0].outcome = 'rescinded';
    const dispute = parseDispute(json);
    expect(dispute.deadlines[0]?.outcome).toEqual({ kind: 'rescinded' });
    expect(problems({ ...json, formatVersion: 1 })).toEqual([]);
  });

  it('does not change the version 1 value it migrates', () => {
    const json = uaeJson();
    delete json.formatVersion;
    json.deadlines[0].outcome = 'rescinded';
    const before = JSON.stringify(json);
    parseDispute(json);
    expect(JSON.stringify(json)).toBe(before);
  });

  it('reads the shipped version 1 files of earlier releases as they were', () => {
    const v1 = JSON.parse(serializeDispute(blackberryPakistan2015));
    delete v1.formatVersion;
    v1.deadlines[0].outcome = 'extended';
    v1.deadlines[1].outcome = 'rescinded';
    const read = parseDispute(JSON.stringify(v1));
    expect(read.deadlines.map((d) => d.outcome)).toEqual([{ kind: 'extended' }, { kind: 'rescinded' }]);
  });

  it('reports an outcome word outside the vocabulary at its kind, once migrated', () => {
    const json = uaeJson();
    delete json.formatVersion;
    json.deadlines[0].outcome = 'abandoned';
    expect(problems(json)).toEqual(['invalid-value at deadlines[0].outcome.kind']);
  });

  it('refuses a bare-word outcome in a version 2 file', () => {
    const json = uaeJson();
    json.deadlines[0].outcome = 'rescinded';
    expect(problems(json)).toEqual(['wrong-type at deadlines[0].outcome']);
  });

  it('refuses a format version it does not read, saying which it reads', () => {
    for (const version of [3, 0, '2', null]) {
      const result = safeParseDispute({ ...uaeJson(), formatVersion: version });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
          ['unsupported-format-version', ['formatVersion']],
        ]);
        expect(result.error.issues[0].message).toContain('1 or 2');
      }
    }
  });

  it('lists formatVersion in the JSON Schema', () => {
    const properties = disputeJsonSchema()['properties'] as Record<string, { enum?: unknown[] }>;
    expect(Object.keys(properties)[0]).toBe('formatVersion');
    expect(properties['formatVersion']?.enum).toEqual([1, 2]);
  });
});

describe('checks of a deadline’s ending', () => {
  it('accepts the UAE rescission of 8 October, after the deadline was set on 1 August', () => {
    expect(problems(uaeJson())).toEqual([]);
  });

  it('reports an ending dated before the deadline was set', () => {
    const json = uaeJson();
    json.deadlines[0].outcome.on = '2010-07-31';
    expect(problems(json)).toEqual(['ending-before-set at deadlines[0].outcome.on']);
  });

  it('accepts an ending only maybe before it was set: an imprecise date', () => {
    const json = uaeJson();
    json.deadlines[0].outcome.on = '2010-08';
    expect(problems(json)).toEqual([]);
  });

  it('reports a deadline missed or enforced before it fell due', () => {
    for (const kind of ['missed', 'enforced']) {
      const json = uaeJson();
      json.deadlines[0].outcome = { kind, on: '2010-10-08' };
      expect(problems(json)).toEqual(['ending-before-due at deadlines[0].outcome.on']);
    }
    const json = uaeJson();
    json.deadlines[0].outcome = { kind: 'enforced', on: '2010-10-11' };
    expect(problems(json)).toEqual([]);
  });

  it('reports an ending whose event or source the dispute does not have, or that is of another kind', () => {
    const json = uaeJson();
    json.deadlines[0].outcome.event = 'no-such-event';
    json.deadlines[0].outcome.sources[0].source = 'no-such-source';
    expect(problems(json)).toEqual([
      'unknown-reference at deadlines[0].outcome.event',
      'unknown-reference at deadlines[0].outcome.sources[0].source',
    ]);
    const other = uaeJson();
    other.deadlines[0].outcome.event = 'tra';
    const result = safeParseDispute(other);
    expect(result.success ? '' : result.error.issues[0].message).toBe('"tra" is an actor, not an event');
  });

  it('reports a deadline that another extends but that ended otherwise, or on a day its extension was not set', () => {
    const json = JSON.parse(serializeDispute(blackberryPakistan2015));
    json.deadlines[0].outcome = { kind: 'rescinded', on: '2015-11-30' };
    expect(problems(json)).toEqual(['ending-conflict at deadlines[0].outcome.kind']);
    const late = JSON.parse(serializeDispute(blackberryPakistan2015));
    late.deadlines[0].outcome.on = '2015-12-05';
    expect(problems(late)).toEqual(['ending-conflict at deadlines[0].outcome.on']);
  });

  it('keeps an ending’s fields to those the model knows', () => {
    const json = uaeJson();
    json.deadlines[0].outcome.date = '2010-10-08';
    expect(problems(json)).toEqual(['unknown-field at deadlines[0].outcome.date']);
  });
});

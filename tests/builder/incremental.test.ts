import {
  type DisputeInput,
  disputeWarnings,
  formatPath,
  parseDispute,
  type RecordCollection,
  safeParseDispute,
  type TimelineIssue,
} from 'dispute-timeline';
import { datasets } from 'dispute-timeline/datasets';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { beginValidation, type IncrementalOptions, type ValidItem } from '../../src/builder/incremental.js';
import { brokenDisputeInput, randomDisputeInput } from '../reliability/arbitraries.js';
import { resultIssues } from '../support/issues.js';
import { heavyRuns } from '../support/runs.js';
import { minimalInput } from './fixtures.js';

const COLLECTIONS = ['actors', 'sources', 'demands', 'responses', 'deadlines', 'events', 'claims'] as const;

/** Streams a dispute's JSON form as a JSON Lines reader would: the header on line 1, then each record on a line. */
function stream(input: Record<string, unknown>, options: IncrementalOptions = {}) {
  const items: ValidItem[] = [];
  const { actors, sources, demands, responses, deadlines, events, claims, ...header } = input;
  const check = beginValidation(header, ['line', 1, 'record'], {
    onValid: (item) => items.push(item),
    ...options,
  });
  let line = 1;
  for (const collection of COLLECTIONS) {
    const list = input[collection];
    if (Array.isArray(list)) for (const raw of list) check.add(collection, raw, ['line', ++line, 'record']);
  }
  return { items, result: check.end() };
}

const found = (result: ReturnType<typeof stream>['result']) =>
  resultIssues(result).map((one) => [one.code, one.path.join('.')]);

describe('the incremental validator', () => {
  it('hands on the header and the records before the events at the first event, then each event, all frozen', () => {
    const { items, result } = stream(minimalInput() as unknown as Record<string, unknown>);
    expect(result.success).toBe(true);
    expect(items.map((item) => `${item.collection}@${item.where[1]}`)).toEqual([
      'dispute@1',
      'actors@2',
      'actors@3',
      'actors@4',
      'sources@5',
      'demands@6',
      'responses@7',
      'deadlines@8',
      'deadlines@9',
      'events@10',
      'events@11',
    ]);
    expect(items.every((item) => Object.isFrozen(item.record))).toBe(true);
  });

  it('gives every shipped dataset, record by record, the records parseDispute gives', () => {
    for (const dispute of datasets) {
      const input = JSON.parse(JSON.stringify(dispute)) as Record<string, unknown>;
      const { items, result } = stream(input, { fresh: true });
      expect(result.success).toBe(true);
      for (const collection of COLLECTIONS)
        expect(items.filter((item) => item.collection === collection).map((item) => item.record)).toEqual(
          dispute[collection],
        );
    }
  });

  it('reports a duplicate id among the records it holds and those it streams, naming the first', () => {
    const input = minimalInput() as Record<string, any>;
    input['events'][0].id = 'gov';
    input['events'][1].id = 'e9';
    input['claims'] = [
      { id: 'e9', topic: 't', statement: 's', sources: [{ source: 'src' }], confidence: 'reported' },
    ];
    const { result } = stream(input);
    expect(resultIssues(result).map((one) => [one.path.join('.'), one.message])).toEqual([
      ['line.10.record.id', 'id "gov" is already used by actors[0]'],
      ['line.12.record.id', 'id "e9" is already used by an earlier event'],
    ]);
  });

  it("checks each event's references against the records before it, with a suggestion", () => {
    const input = minimalInput() as Record<string, any>;
    input['events'][1].actors = ['regg'];
    const { items, result } = stream(input);
    expect(resultIssues(result).map((one) => [one.code, one.path.join('.'), one.message])).toEqual([
      ['unknown-reference', 'line.11.record.actors.0', 'no actor has id "regg"; did you mean "reg"?'],
    ]);
    // Nothing after the first problem is handed on.
    expect(items.map((item) => item.collection).at(-1)).toBe('events');
    expect(items).toHaveLength(10);
  });

  it('runs the rules on the records before the events, with the paths of their lines', () => {
    const input = minimalInput() as Record<string, any>;
    input['responses'][0].date = '2015-07-01';
    input['title'] = '';
    const { items, result } = stream(input);
    expect(found(result)).toEqual([
      ['too-small', 'line.1.record.title'],
      ['response-before-demand', 'line.7.record.date'],
    ]);
    expect(items).toEqual([]);
  });

  it("resolves a deadline's ending against an event still to come, and reports one that never comes", () => {
    const input = minimalInput() as Record<string, any>;
    input['deadlines'][1].outcome = { kind: 'met', event: 'e1' };
    expect(stream(input).result.success).toBe(true);
    input['deadlines'][1].outcome = { kind: 'met', event: 'e7' };
    expect(found(stream(input).result)).toEqual([['unknown-reference', 'line.9.record.outcome.event']]);
    input['claims'] = [
      { id: 'e7', topic: 't', statement: 's', sources: [{ source: 'src' }], confidence: 'reported' },
    ];
    expect(resultIssues(stream(input).result).map((one) => one.message)).toEqual([
      '"e7" is a claim, not an event',
    ]);
  });

  it("refuses, as the event comes, a deadline's ending of a kind that event cannot record, as safeParseDispute does", () => {
    const input = minimalInput() as Record<string, any>;
    input['events'].push({
      id: 'dropped',
      date: '2015-12-20',
      kind: 'rescission',
      title: 'The order is dropped',
      actors: ['gov'],
      sources: [{ source: 'src' }],
      confidence: 'confirmed',
    });
    input['deadlines'][1].outcome = { kind: 'met', event: 'dropped' };
    expect(found(stream(input).result)).toEqual([['ending-event-conflict', 'line.9.record.outcome.kind']]);
    const whole = safeParseDispute(input);
    expect(whole.success ? [] : whole.error.issues.map((one) => one.code)).toEqual(['ending-event-conflict']);
    input['deadlines'][1].outcome = { kind: 'rescinded', event: 'dropped' };
    expect(stream(input).result.success).toBe(true);
  });

  it('refuses a record of actors, sources, demands, responses or deadlines after the first event', () => {
    const check = beginValidation({ id: 'case', title: 'A case' });
    check.add('actors', { id: 'gov', name: 'Government', kind: 'government' }, ['a']);
    check.add('sources', { id: 'src', publisher: 'P' }, ['s']);
    const event = {
      id: 'e',
      date: '2015',
      kind: 'order',
      title: 'T',
      actors: ['gov'],
      sources: [{ source: 'src' }],
    };
    check.add('events', { ...event, confidence: 'confirmed' }, ['e']);
    check.add('actors', { id: 'co', name: 'Company', kind: 'company' }, ['late']);
    const result = check.end();
    expect(result.success ? [] : result.error.issues.map((one) => [one.code, one.path])).toEqual([
      ['invalid-value', ['late']],
    ]);
  });

  it('checks events alone without a header: ids, duplicates and schemas, no reference', () => {
    const kept: ValidItem[] = [];
    const check = beginValidation(undefined, [], { fresh: true, onValid: (item) => kept.push(item) });
    const event = (id: string) => ({
      id,
      date: '2015',
      kind: 'order',
      title: 'T',
      actors: ['nobody'],
      sources: [{ source: 'none' }],
      confidence: 'confirmed',
    });
    check.add('events', event('a'), ['row', 2]);
    check.add('events', event('b'), ['row', 3]);
    expect(kept.map((item) => item.where)).toEqual([
      ['row', 2],
      ['row', 3],
    ]);
    check.add('events', event('a'), ['row', 4]);
    check.add('events', { ...event('c'), kind: 'rumour' }, ['row', 5]);
    check.add('actors', { id: 'gov', name: 'Government', kind: 'government' }, ['row', 6]);
    const result = check.end();
    expect(result.success ? [] : result.error.issues.map((one) => [one.code, one.path])).toEqual([
      ['duplicate-id', ['row', 4, 'id']],
      ['invalid-value', ['row', 5, 'kind']],
      ['invalid-value', ['row', 6]],
    ]);
    expect(kept).toHaveLength(2);
  });

  it('agrees with safeParseDispute on any dispute, valid or broken, given record by record in the order of its JSON form', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const input: Record<string, unknown> = g(fc.boolean)
          ? (randomDisputeInput(g) as unknown as Record<string, unknown>)
          : brokenDisputeInput(g);
        // A collection that is not a list is a stream reader's to report: there are no records to add.
        if (COLLECTIONS.some((c) => input[c] !== undefined && !Array.isArray(input[c]))) return;
        const whole = safeParseDispute(structuredClone(input));
        const { result } = stream(structuredClone(input));
        expect(result.success).toBe(whole.success);
        const codes = (issues: readonly TimelineIssue[]) => issues.map((one) => one.code).sort();
        if (!whole.success) expect(codes(resultIssues(result))).toEqual(codes(whole.error.issues));
      }),
      heavyRuns(200),
    );
  });

  it('names every collection it takes', () => {
    const check = beginValidation({ id: 'case', title: 'A case' });
    for (const collection of COLLECTIONS as readonly RecordCollection[])
      expect(() => check.add(collection, {}, [])).not.toThrow();
  });
});

/**
 * The warnings of a stream as a whole read gives them: each record's line made its place in the built dispute
 * (the events in timeline order), the rest of the path as it is.
 */
function streamedWarnings(input: Record<string, unknown>): string[] | undefined {
  const whole = safeParseDispute(structuredClone(input));
  if (!whole.success) return undefined;
  const { result } = stream(structuredClone(input));
  const lines: [RecordCollection, number][] = [];
  for (const collection of COLLECTIONS) {
    const list = input[collection];
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) lines.push([collection, i]);
  }
  const inputEvents = (input['events'] as { id: string }[] | undefined) ?? [];
  const builtIndex = new Map(whole.data.events.map((event, i) => [event.id as string, i]));
  return result.warnings.map((found) => {
    const [, line, , ...rest] = found.path;
    const [collection, index] = lines[(line as number) - 2] as [RecordCollection, number];
    const at = collection === 'events' ? builtIndex.get(inputEvents[index]?.id as string) : index;
    return `${found.code} at ${formatPath([collection, at as number, ...rest])}: ${found.message}`;
  });
}

function wholeWarnings(input: Record<string, unknown>): string[] {
  return disputeWarnings(parseDispute(structuredClone(input))).map(
    (found) => `${found.code} at ${formatPath(found.path)}: ${found.message}`,
  );
}

describe('the warnings of the incremental validator', () => {
  it('are every warning of a whole read, in its order: those over events and claims too', () => {
    const input = minimalInput() as unknown as Record<string, unknown> & DisputeInput;
    // restated-response: an event that only restates the response; late-source: a source published years later;
    // shared-claim-source: two claims on one topic citing one source; unsourced-deadline and undated-ending.
    input.responses![0]!.sources = [{ source: 'src' }];
    input.events!.push({
      id: 'e3',
      date: '2015-11-30',
      kind: 'response',
      title: 'The company refuses',
      actors: ['co'],
      responses: ['res'],
      demands: ['dem'],
      sources: [{ source: 'src' }],
      confidence: 'confirmed',
    });
    input.sources!.push({ id: 'late', publisher: 'A retrospective', published: '2019-05' });
    input.events![1]!.sources = [{ source: 'late' }];
    const claim = (id: string) => ({
      id,
      topic: 'users',
      statement: `Claim ${id}`,
      date: '2015-12',
      sources: [{ source: 'late' }],
      confidence: 'reported' as const,
    });
    input.claims = [claim('few'), claim('many')];
    input.deadlines![1]!.outcome = { kind: 'rescinded' };
    const whole = wholeWarnings(input);
    expect(whole.map((line) => line.split(' at ')[0])).toEqual(
      expect.arrayContaining([
        'restated-response',
        'late-source',
        'shared-claim-source',
        'unsourced-deadline',
        'undated-ending',
      ]),
    );
    expect(streamedWarnings(input)).toEqual(whole);
  });

  it('are a whole read’s for every shipped dataset and any valid dispute', () => {
    for (const dispute of datasets) {
      const input = JSON.parse(JSON.stringify(dispute)) as Record<string, unknown>;
      expect(streamedWarnings(input), dispute.id).toEqual(wholeWarnings(input));
    }
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const input = randomDisputeInput(g) as unknown as Record<string, unknown>;
        const streamed = streamedWarnings(input);
        if (streamed !== undefined) expect(streamed).toEqual(wholeWarnings(input));
      }),
      heavyRuns(150),
    );
  });
});

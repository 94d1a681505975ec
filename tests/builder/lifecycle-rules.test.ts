/**
 * The checks of a deadline's whole life that say the records cannot be true (issue 28, section 3, and section 2's
 * agreement of a demand's outcome with its deadlines' endings): each on the smallest dispute that breaks it, and
 * on a version of it that is right.
 */
import {
  type DisputeInput,
  demandOutcome,
  formatPath,
  parseDispute,
  safeParseDispute,
} from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { minimalInput } from './fixtures.js';

function problems(input: DisputeInput): string[] {
  const result = safeParseDispute(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.code} at ${formatPath(issue.path)}`);
}

function messages(input: DisputeInput): string[] {
  const result = safeParseDispute(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

/** The minimal dispute with an event that records how its last deadline ended. */
function withEndingEvent(kind: 'rescission' | 'response' | 'enforcement' | 'extension'): DisputeInput {
  const input = minimalInput();
  input.events?.push({
    id: 'ending-event',
    date: '2015-12-20',
    kind,
    title: 'The case is dropped',
    actors: ['gov'],
    deadlines: ['dl2'],
    demands: ['dem'],
    sources: [{ source: 'src' }],
    confidence: 'confirmed',
  });
  return input;
}

describe('an extension that does not fall due after the deadline it extends', () => {
  it('is refused when it falls due before the deadline it extends', () => {
    const input = minimalInput();
    input.deadlines![1]!.due = '2015-11-20';
    expect(problems(input)).toEqual(['extension-not-later at deadlines[1].due']);
    expect(messages(input)[0]).toMatch(
      /dl2 extends dl1 but falls due before it \(2015-11-20, dl1 2015-11-30\)/,
    );
  });

  it('is refused when it falls due on the same date', () => {
    const input = minimalInput();
    input.deadlines![1]!.due = '2015-11-30';
    expect(problems(input)).toEqual(['extension-not-later at deadlines[1].due']);
    expect(messages(input)[0]).toMatch(/falls due on the same date/);
  });

  it('is refused at the same instant written in another zone', () => {
    const input = minimalInput();
    input.deadlines![0]!.due = '2015-11-30T12:00';
    // 12:00 in Karachi (UTC+5) is 07:00 UTC.
    input.deadlines![1]!.due = { value: '2015-11-30T07:00Z', timeZone: 'UTC' };
    expect(problems(input)).toEqual(['extension-not-later at deadlines[1].due']);
  });

  it('is accepted when it may fall due later (a month that ends after the day it extends)', () => {
    const input = minimalInput();
    input.deadlines![1]!.due = '2015-11';
    expect(problems(input)).toEqual([]);
  });
});

describe('a deadline met after it fell due', () => {
  it('is refused: met after due is missed, or needs the extension that made it possible', () => {
    const input = minimalInput();
    input.deadlines![1]!.outcome = { kind: 'met', on: '2016-01-05' };
    expect(problems(input)).toEqual(['met-after-due at deadlines[1].outcome.kind']);
    expect(messages(input)[0]).toMatch(
      /met on 2016-01-05, after it fell due \(2015-12-30\).*"missed".*extends/,
    );
  });

  it('is accepted when met on the day it falls due, or when the date may be before', () => {
    const input = minimalInput();
    input.deadlines![1]!.outcome = { kind: 'met', on: '2015-12-30' };
    expect(problems(input)).toEqual([]);
    input.deadlines![1]!.outcome = { kind: 'met', on: '2015-12/2016-01' };
    expect(problems(input)).toEqual([]);
  });

  it('is accepted as missed on the same date', () => {
    const input = minimalInput();
    input.deadlines![1]!.outcome = { kind: 'missed', on: '2016-01-05' };
    expect(problems(input)).toEqual([]);
  });
});

describe("a deadline's ending that its event contradicts", () => {
  it('is refused: a deadline met by a rescission', () => {
    const input = withEndingEvent('rescission');
    input.deadlines![1]!.outcome = { kind: 'met', event: 'ending-event' };
    expect(problems(input)).toEqual(['ending-event-conflict at deadlines[1].outcome.kind']);
    expect(messages(input)[0]).toMatch(/ended "met" by event ending-event, which is of kind "rescission"/);
  });

  it('is refused: a deadline rescinded by an enforcement', () => {
    const input = withEndingEvent('enforcement');
    input.deadlines![1]!.outcome = { kind: 'rescinded', event: 'ending-event' };
    expect(problems(input)).toEqual(['ending-event-conflict at deadlines[1].outcome.kind']);
  });

  it('is accepted when the kinds agree, so the demand and its deadline give one answer', () => {
    const input = withEndingEvent('rescission');
    input.deadlines![1]!.outcome = { kind: 'rescinded', event: 'ending-event' };
    const dispute = parseDispute(input);
    expect(demandOutcome(dispute, 'dem').status).toBe('rescinded');
    expect(dispute.deadlines[1]?.outcome?.kind).toBe('rescinded');
  });

  it('is accepted for an event of a kind that may record any ending (a response meets a deadline)', () => {
    const input = withEndingEvent('response');
    input.deadlines![1]!.outcome = { kind: 'met', event: 'ending-event' };
    expect(problems(input)).toEqual([]);
    expect(demandOutcome(parseDispute(input), 'dem').status).toBe('met');
  });
});

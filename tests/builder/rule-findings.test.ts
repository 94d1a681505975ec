/**
 * The findings of the builder's cross-record rules, each pinned whole (code, path, message and value) on the
 * smallest dispute that raises it and on its nearest neighbour that does not: the order within a day, an
 * extension's dates on a chain that loops, and a deadline's ending (the mutation scope `rules`).
 */
import {
  type DisputeInput,
  disputeWarnings,
  formatPath,
  parseDispute,
  safeParseDispute,
} from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { minimalInput } from './fixtures.js';

interface Finding {
  readonly code: string;
  readonly at: string;
  readonly message: string;
  readonly value?: unknown;
}

/** Every issue of a dispute that fails validation, in a form a test can compare; [] when it passes. */
function findings(input: DisputeInput): Finding[] {
  const result = safeParseDispute(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        code: issue.code,
        at: formatPath(issue.path),
        message: issue.message,
        ...('value' in issue ? { value: issue.value } : {}),
      }));
}

function codesAndPaths(input: DisputeInput): string[] {
  return findings(input).map((finding) => `${finding.code} at ${finding.at}`);
}

/** The minimal dispute with its response dated the same day as its demand. */
function sameDayAnswer(demandSequence?: number, responseSequence?: number): DisputeInput {
  const input = minimalInput();
  const demand = input.demands![0]!;
  const response = input.responses![0]!;
  response.date = demand.date;
  if (demandSequence !== undefined) demand.sequence = demandSequence;
  if (responseSequence !== undefined) response.sequence = responseSequence;
  return input;
}

describe('the order within a day of a response and the demand it answers', () => {
  it('is refused when the response gives a sequence no greater than the demand’s, on the same day', () => {
    expect(findings(sameDayAnswer(2, 2))).toEqual([
      {
        code: 'sequence-conflict',
        at: 'responses[0].sequence',
        message:
          'response res (sequence 2) is dated the same as demand dem (sequence 2) that it answers, so its sequence must be greater',
        value: 2,
      },
    ]);
    expect(codesAndPaths(sameDayAnswer(3, 1))).toEqual(['sequence-conflict at responses[0].sequence']);
  });

  it('is refused when only the demand gives a sequence: the response counts as sequence 0, and the value is null', () => {
    expect(findings(sameDayAnswer(1, undefined))).toEqual([
      {
        code: 'sequence-conflict',
        at: 'responses[0].sequence',
        message:
          'response res (sequence 0) is dated the same as demand dem (sequence 1) that it answers, so its sequence must be greater',
        value: null,
      },
    ]);
  });

  it('is accepted when the response’s sequence is greater, when neither gives one, and on different days', () => {
    expect(findings(sameDayAnswer(1, 2))).toEqual([]);
    expect(findings(sameDayAnswer(undefined, 1))).toEqual([]);
    expect(findings(sameDayAnswer())).toEqual([]);
    const later = sameDayAnswer(2, 1);
    later.responses![0]!.date = '2015-07-25';
    expect(findings(later)).toEqual([]);
  });
});

describe('an extension’s due date on a chain of extensions', () => {
  it('is refused when it falls due before the deadline it extends, with both dates in the message', () => {
    const input = minimalInput();
    input.deadlines![1]!.due = '2015-11-20';
    expect(findings(input)).toEqual([
      {
        code: 'extension-not-later',
        at: 'deadlines[1].due',
        message:
          'deadline dl2 extends dl1 but falls due before it (2015-11-20, dl1 2015-11-30); an extension falls due after ' +
          'the deadline it extends: check both dates, or drop `extends` if it is a new deadline',
        value: 'dl1',
      },
    ]);
  });

  it('is accepted when it is a month that starts on the day it extends (the same start, a later end)', () => {
    const input = minimalInput();
    input.deadlines![0]!.due = '2015-11-01';
    input.deadlines![1]!.due = '2015-11';
    expect(findings(input)).toEqual([]);
  });

  it('is reported once as a loop, not as dates that cannot all increase, when the extensions come back', () => {
    const input = minimalInput();
    input.deadlines![0]!.extends = 'dl2';
    delete input.deadlines![0]!.outcome;
    expect(codesAndPaths(input)).toEqual(['extension-cycle at deadlines[0].extends']);
  });

  it('is still checked on a deadline that leads into a loop without being on it, wherever it is listed', () => {
    // dl3 and dl1 both extend dl2: a branch as well as a loop, each reported by extension-chains.
    for (const first of [false, true]) {
      const input = minimalInput();
      input.deadlines![0]!.extends = 'dl2';
      delete input.deadlines![0]!.outcome;
      const leadIn = { id: 'dl3', due: '2015-10-01', setBy: ['reg'], demands: ['dem'], extends: 'dl2' };
      if (first) input.deadlines!.unshift(leadIn);
      else input.deadlines!.push(leadIn);
      const found = codesAndPaths(input).filter((finding) => finding.startsWith('extension-'));
      expect(found.sort()).toEqual(
        first
          ? [
              'extension-branch at deadlines[1].extends',
              'extension-cycle at deadlines[2].extends',
              'extension-not-later at deadlines[0].due',
            ]
          : [
              'extension-branch at deadlines[2].extends',
              'extension-cycle at deadlines[0].extends',
              'extension-not-later at deadlines[2].due',
            ],
      );
    }
  });

  it('is refused when it falls due at the very first instant of the day it extends', () => {
    const input = minimalInput();
    input.deadlines![1]!.due = '2015-11-30T00:00:00.000';
    expect(codesAndPaths(input)).toEqual(['extension-not-later at deadlines[1].due']);
  });

  it('is checked at every link of a chain that does not loop', () => {
    const input = minimalInput();
    input.deadlines![1]!.outcome = { kind: 'extended' };
    input.deadlines!.push({ id: 'dl3', due: '2015-12-01', setBy: ['reg'], demands: ['dem'], extends: 'dl2' });
    expect(codesAndPaths(input)).toEqual(['extension-not-later at deadlines[2].due']);
    input.deadlines![2]!.due = '2016-01-15';
    expect(codesAndPaths(input)).toEqual([]);
  });
});

describe('a deadline’s ending', () => {
  it('names a dangling event, or a record of the wrong kind, with the article its kind takes', () => {
    const input = minimalInput();
    input.deadlines![0]!.outcome = { kind: 'extended', event: 'nowhere', sources: [{ source: 'dem' }] };
    expect(findings(input)).toEqual([
      {
        code: 'unknown-reference',
        at: 'deadlines[0].outcome.event',
        message: 'no event has id "nowhere"',
        value: 'nowhere',
      },
      {
        code: 'unknown-reference',
        at: 'deadlines[0].outcome.sources[0].source',
        message: '"dem" is a demand, not a source',
        value: 'dem',
      },
    ]);
    input.deadlines![0]!.outcome = { kind: 'extended', event: 'gov' };
    expect(findings(input).map((finding) => finding.message)).toEqual(['"gov" is an actor, not an event']);
  });

  it('shows an id longer than 100 characters cut at 100, and one of 100 whole', () => {
    const input = minimalInput();
    input.deadlines![0]!.outcome = { kind: 'extended', event: `${'x'.repeat(100)}y` };
    expect(findings(input).map((finding) => finding.message)).toEqual([
      `no event has id "${'x'.repeat(100)}…"`,
    ]);
    input.deadlines![0]!.outcome = { kind: 'extended', event: 'x'.repeat(100) };
    expect(findings(input).map((finding) => finding.message)).toEqual([
      `no event has id "${'x'.repeat(100)}"`,
    ]);
  });

  it('is refused as anything but "extended" when another deadline extends it', () => {
    const input = minimalInput();
    input.deadlines![0]!.outcome = { kind: 'rescinded' };
    expect(findings(input)).toContainEqual({
      code: 'ending-conflict',
      at: 'deadlines[0].outcome.kind',
      message: 'deadline dl1 is extended by dl2, so it ended "extended", not "rescinded"',
      value: 'rescinded',
    });
  });

  it('is refused when dated before the deadline was set', () => {
    const input = minimalInput();
    input.deadlines![1]!.setOn = '2015-11-01';
    input.deadlines![1]!.outcome = { kind: 'rescinded', on: '2015-10-15' };
    expect(findings(input)).toEqual([
      {
        code: 'ending-before-set',
        at: 'deadlines[1].outcome.on',
        message: 'deadline dl2 ended (2015-10-15) before it was set (2015-11-01)',
      },
    ]);
  });

  it('is refused when missed before it fell due', () => {
    const input = minimalInput();
    input.deadlines![1]!.outcome = { kind: 'missed', on: '2015-12-01' };
    expect(findings(input)).toEqual([
      {
        code: 'ending-before-due',
        at: 'deadlines[1].outcome.on',
        message: 'deadline dl2 is missed on 2015-12-01, before it fell due (2015-12-30)',
      },
    ]);
  });

  it('"extended" is dated the day the extension was set, and refused on a day before or after it', () => {
    const input = minimalInput();
    input.deadlines![1]!.setOn = '2015-11-25';
    input.deadlines![0]!.outcome = { kind: 'extended', on: '2015-11-25' };
    expect(findings(input)).toEqual([]);
    input.deadlines![0]!.outcome = { kind: 'extended', on: '2015-11-24' };
    expect(findings(input)).toEqual([
      {
        code: 'ending-conflict',
        at: 'deadlines[0].outcome.on',
        message: 'deadline dl1 ended on 2015-11-24, but dl2, which extends it, was set on 2015-11-25',
      },
    ]);
    input.deadlines![0]!.outcome = { kind: 'extended', on: '2015-11-26' };
    expect(codesAndPaths(input)).toEqual(['ending-conflict at deadlines[0].outcome.on']);
  });

  it('"extended" on any day is accepted when the extension does not say when it was set', () => {
    const input = minimalInput();
    input.deadlines![0]!.outcome = { kind: 'extended', on: '2015-11-24' };
    expect(findings(input)).toEqual([]);
  });

  it('is checked against the first of two deadlines that extend it (the second is a branch)', () => {
    const input = minimalInput();
    input.deadlines![1]!.setOn = '2015-11-25';
    input.deadlines!.push({
      id: 'dl3',
      due: '2016-01-30',
      setOn: '2015-11-27',
      setBy: ['reg'],
      demands: ['dem'],
      extends: 'dl1',
    });
    input.deadlines![0]!.outcome = { kind: 'extended', on: '2015-11-25' };
    expect(codesAndPaths(input)).toEqual(['extension-branch at deadlines[2].extends']);
  });
});

describe('a reference that names no record', () => {
  it('says which kind of record it wanted, a response too, and suggests no id when none is near', () => {
    const input = minimalInput();
    input.events![0]!.responses = ['zzzzzz'];
    expect(findings(input)).toEqual([
      {
        code: 'unknown-reference',
        at: 'events[0].responses[0]',
        message: 'no response has id "zzzzzz"',
        value: 'zzzzzz',
      },
    ]);
  });

  it('suggests the nearest id for the first 100 dangling references of a dispute, and none after', () => {
    const input = minimalInput();
    // 101 ids one letter away from "gov": one added, or one of its three changed.
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    const near = [
      ...letters.map((c) => `gov${c}`),
      ...letters.filter((c) => c !== 'v').map((c) => `go${c}`),
      ...letters.filter((c) => c !== 'o').map((c) => `g${c}v`),
      ...letters.filter((c) => c !== 'g').map((c) => `${c}ov`),
    ];
    expect(near).toHaveLength(101);
    input.events![0]!.actors = near;
    const messages = findings(input)
      .filter((finding) => finding.code === 'unknown-reference')
      .map((finding) => finding.message);
    expect(messages).toHaveLength(101);
    expect(messages[0]).toBe('no actor has id "gova"; did you mean "gov"?');
    expect(messages.slice(0, 100).every((message) => message.includes('; did you mean'))).toBe(true);
    expect(messages[100]).toBe('no actor has id "zov"');
  });

  it('is not looked for in a value of the wrong type: the schema reports it, and nothing throws', () => {
    // (A single id where a list of ids belongs is still looked up: `extends` is such a field.)
    const input = minimalInput() as unknown as {
      demands: Record<string, unknown>[];
      responses: Record<string, unknown>[];
      events: Record<string, unknown>[];
    };
    for (const record of [input.demands[0]!, input.events[0]!]) {
      record['sources'] = [null, { source: 5 }, 7];
      record['by'] = [5];
      record['actors'] = [5];
    }
    input.responses[0]!['sources'] = 'nowhere';
    input.events[1]!['sources'] = 'nowhere';
    (input.demands as unknown[]).push(null);
    const result = safeParseDispute(input as unknown as DisputeInput);
    expect(result.success).toBe(false);
    const codes = result.success ? [] : result.error.issues.map((issue) => issue.code);
    expect(codes).not.toContain('unknown-reference');
  });
});

describe('a deadline ending that nothing dates', () => {
  /** The warnings of the minimal dispute with its deadlines set, and deadline dl2 ending as given. */
  function endingWarnings(outcome: NonNullable<DisputeInput['deadlines']>[number]['outcome']) {
    const input = minimalInput();
    input.deadlines![0]!.setOn = '2015-07-24';
    input.deadlines![1]!.setOn = '2015-11-30';
    input.deadlines![1]!.outcome = outcome;
    return disputeWarnings(parseDispute(input)).map((warning) => ({
      code: warning.code,
      at: formatPath(warning.path),
      message: warning.message,
      value: warning.value,
    }));
  }

  it('is warned of with its kind, when it has no date, no event and no note', () => {
    expect(endingWarnings({ kind: 'rescinded' })).toEqual([
      {
        code: 'undated-ending',
        at: 'deadlines[1].outcome',
        message:
          'deadline dl2 ended "rescinded" on no date the records give: add its date (on) or the event that records ' +
          'it, or a note saying why the sources do not date it',
        value: 'rescinded',
      },
    ]);
  });

  it('is not warned of when it has a date, an event or a note, each alone', () => {
    expect(endingWarnings({ kind: 'rescinded', on: '2015-12-20' })).toEqual([]);
    expect(endingWarnings({ kind: 'rescinded', event: 'e2' })).toEqual([]);
    expect(endingWarnings({ kind: 'rescinded', note: 'The sources say only "later that month".' })).toEqual(
      [],
    );
  });

  it('"extended" is warned of when no deadline extends it, and not when one does', () => {
    expect(endingWarnings({ kind: 'extended' }).map((warning) => `${warning.code} at ${warning.at}`)).toEqual(
      ['undated-ending at deadlines[1].outcome'],
    );
  });
});

describe('a deadline ending and the event it names', () => {
  /** The minimal dispute with deadline dl2 ending as `kind` by event e3, of kind `eventKind`. */
  function endedBy(kind: 'met' | 'missed' | 'rescinded' | 'enforced', eventKind: string): DisputeInput {
    const input = minimalInput();
    input.deadlines![1]!.outcome = { kind, event: 'e3' };
    input.events!.push({
      id: 'e3',
      date: '2016-01-05',
      kind: eventKind as 'enforcement',
      title: 'The regulator acts',
      actors: ['reg'],
      deadlines: ['dl2'],
      sources: [{ source: 'src' }],
      confidence: 'confirmed',
    });
    return input;
  }

  it('is refused when the event is of a kind that records other endings, naming the endings it records', () => {
    expect(findings(endedBy('rescinded', 'enforcement'))).toEqual([
      {
        code: 'ending-event-conflict',
        at: 'deadlines[1].outcome.kind',
        message:
          'deadline dl2 ended "rescinded" by event e3, which is of kind "enforcement": an event of that kind records ' +
          'a deadline "enforced" or "missed"; give the ending that kind, or name the event that records how it ended',
        value: 'rescinded',
      },
    ]);
  });

  it('is accepted when the event records that ending, or is of a kind that may record any', () => {
    expect(findings(endedBy('missed', 'enforcement'))).toEqual([]);
    expect(findings(endedBy('rescinded', 'rescission'))).toEqual([]);
    expect(findings(endedBy('met', 'announcement'))).toEqual([]);
  });
});

describe('an event that only restates a response', () => {
  /** The warnings of a quiet minimal dispute with event e3 saying what response `res` says, changed by `change`. */
  function restatedWarnings(change: (event: Record<string, unknown>, input: DisputeInput) => void): string[] {
    const input = minimalInput();
    input.deadlines![0]!.setOn = '2015-07-24';
    input.deadlines![1]!.setOn = '2015-11-30';
    input.responses![0]!.sources = [{ source: 'src' }];
    const event: Record<string, unknown> = {
      id: 'e3',
      date: '2015-11-30',
      kind: 'response',
      title: 'The company refuses',
      actors: ['co'],
      responses: ['res'],
      demands: ['dem'],
      deadlines: ['dl1', 'dl2'],
      sources: [{ source: 'src' }],
      confidence: 'confirmed',
    };
    change(event, input);
    input.events!.push(event as never);
    return disputeWarnings(parseDispute(input)).map(
      (w) => `${w.code} at ${formatPath(w.path)}: ${w.message}`,
    );
  }

  it('is warned of when it names only the response, its demands and their deadlines, and cites its sources', () => {
    expect(restatedWarnings(() => {})).toEqual([
      'restated-response at events[2]: event e3 only restates response res (the same date, the same maker, no ' +
        'other record or source): counted beside the response it is one happening twice; drop the event, or give ' +
        'it what it adds (the source that reports it, its own kind)',
    ]);
  });

  it('is not warned of when it names a demand the response does not answer, or a deadline of no such demand', () => {
    expect(
      restatedWarnings((event, input) => {
        input.demands!.push({ ...input.demands![0]!, id: 'dem2' });
        event['demands'] = ['dem', 'dem2'];
      }),
    ).toEqual([]);
    expect(
      restatedWarnings((event, input) => {
        input.demands!.push({ ...input.demands![0]!, id: 'dem2' });
        input.deadlines!.push({
          id: 'dl3',
          due: '2016-02-01',
          setOn: '2015-12-01',
          setBy: ['reg'],
          demands: ['dem2'],
        });
        input.deadlines![2]!.sources = [{ source: 'src' }];
        event['deadlines'] = ['dl3'];
      }).filter((warning) => warning.startsWith('restated-response')),
    ).toEqual([]);
  });

  it('is not warned of, and nothing throws, when the response it names does not exist', () => {
    const input = minimalInput();
    input.events!.push({
      id: 'e3',
      date: '2015-11-30',
      kind: 'response',
      title: 'The company refuses',
      actors: ['co'],
      responses: ['nores'],
      sources: [{ source: 'src' }],
      confidence: 'confirmed',
    });
    expect(codesAndPaths(input)).toEqual(['unknown-reference at events[2].responses[0]']);
  });
});

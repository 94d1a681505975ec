/**
 * Warnings: data that is valid but suspicious (issue 28, section 3). Each on the smallest dispute that gives it,
 * and on one that does not; through the public API (`disputeWarnings`, and `safeParseDispute`, which still
 * succeeds); and the shipped datasets' warnings, pinned, each with why it stands.
 */
import {
  type DisputeInput,
  disputeWarnings,
  formatPath,
  ISSUE_CODES,
  parseDispute,
  safeParseDispute,
  updateDispute,
} from 'dispute-timeline';
import * as shipped from 'dispute-timeline/datasets';
import { describe, expect, it } from 'vitest';
import { minimalInput } from './fixtures.js';

/** The minimal dispute with its deadlines sourced and set, so that it gives no warning of its own. */
function quietInput(): DisputeInput {
  const input = minimalInput();
  input.deadlines![0]!.setOn = '2015-07-24';
  input.deadlines![1]!.setOn = '2015-11-30';
  return input;
}

function warnings(input: DisputeInput): string[] {
  return disputeWarnings(parseDispute(input)).map((w) => `${w.code} at ${formatPath(w.path)}`);
}

/** A response event that says only what response `res` says: the same date, maker and source. */
function restating(input: DisputeInput): DisputeInput {
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
  return input;
}

describe('the warnings of a valid dispute', () => {
  it('are none for a dispute with nothing suspicious', () => {
    expect(warnings(quietInput())).toEqual([]);
  });

  it('do not fail validation: safeParseDispute succeeds, and the warnings come with the dispute', () => {
    const input = quietInput();
    delete input.deadlines![0]!.setOn;
    const result = safeParseDispute(input);
    expect(result.success).toBe(true);
    if (result.success) expect(disputeWarnings(result.data)).toHaveLength(1);
  });

  it('have a code of ISSUE_CODES, a path, a message that says what to do, and are frozen', () => {
    const input = quietInput();
    delete input.deadlines![0]!.setOn;
    const [warning] = disputeWarnings(parseDispute(input));
    expect(ISSUE_CODES).toContain(warning?.code);
    expect(warning).toMatchObject({ code: 'unsourced-deadline', path: ['deadlines', 0] });
    expect(warning?.message).toMatch(/cite the source/);
    expect(Object.isFrozen(disputeWarnings(parseDispute(input)))).toBe(true);
    expect(Object.isFrozen(warning)).toBe(true);
    expect(Object.isFrozen(warning?.path)).toBe(true);
  });

  it('are found when first asked for, then kept: the same frozen list each time, of the dispute as built', () => {
    const input = quietInput();
    delete input.deadlines![0]!.setOn;
    const dispute = parseDispute(input);
    const first = disputeWarnings(dispute);
    expect(disputeWarnings(dispute)).toBe(first);
    expect(first.map((w) => `${w.code} at ${formatPath(w.path)}`)).toEqual([
      'unsourced-deadline at deadlines[0]',
    ]);
    // A dispute derived from it has warnings of its own.
    const sourced = updateDispute(dispute, (draft) => {
      draft.deadlines[0]!.setOn = '2015-10-01';
    });
    expect(disputeWarnings(sourced)).toEqual([]);
    expect(disputeWarnings(dispute)).toBe(first);
  });

  it('are given for the JSON form of a dispute too, validated first', () => {
    const input = quietInput();
    delete input.deadlines![0]!.setOn;
    expect(disputeWarnings(input as never).map((w) => w.code)).toEqual(['unsourced-deadline']);
  });

  it('throw every issue of a dispute that is not valid, under the path dispute', () => {
    const input = quietInput();
    input.deadlines![1]!.due = '2015-11-01';
    expect(() => disputeWarnings(input as never)).toThrow(
      /extension-not-later at dispute\.deadlines\[1\]\.due/,
    );
  });
});

describe('each warning', () => {
  it('restated-response: an event that only restates a response on the same day', () => {
    expect(warnings(restating(quietInput()))).toEqual(['restated-response at events[2]']);
  });

  it('restated-response: not for an event that adds a source, a record, another day or kind', () => {
    const cases: ((input: DisputeInput) => void)[] = [
      (input) => {
        input.sources!.push({ id: 'src2', publisher: 'Another' });
        input.events![2]!.sources.push({ source: 'src2' });
      },
      (input) => {
        input.events![2]!.date = '2015-12-01';
      },
      (input) => {
        input.events![2]!.kind = 'exit';
      },
      (input) => {
        input.events![2]!.actors = ['gov', 'co'];
      },
    ];
    for (const change of cases) {
      const input = restating(quietInput());
      change(input);
      expect(warnings(input)).toEqual([]);
    }
  });

  it('late-source: a source published more than a year after what it reports, with none from the time', () => {
    const input = quietInput();
    input.sources![0]!.published = '2017-01';
    // In the order of the input (e2 first), at the positions of the built dispute's timeline (e1 first).
    expect(warnings(input)).toEqual([
      'late-source at events[1].sources[0].source',
      'late-source at events[0].sources[0].source',
    ]);
  });

  it('late-source: not within the year, nor beside a source from the time', () => {
    const input = quietInput();
    input.sources![0]!.published = '2016-07-01';
    expect(warnings(input)).toEqual([]);
    input.sources![0]!.published = '2017-01';
    input.sources!.push({ id: 'timely', publisher: 'A paper', published: '2015-12-01' });
    for (const event of input.events!) event.sources.push({ source: 'timely' });
    expect(warnings(input)).toEqual([]);
  });

  it('unsourced-deadline: a deadline with no setOn and no sources', () => {
    const input = quietInput();
    delete input.deadlines![1]!.setOn;
    expect(warnings(input)).toEqual(['unsourced-deadline at deadlines[1]']);
    input.deadlines![1]!.sources = [{ source: 'src' }];
    expect(warnings(input)).toEqual([]);
  });

  it('undated-ending: an ending with no date, no event and no note', () => {
    const input = quietInput();
    input.deadlines![1]!.outcome = { kind: 'rescinded' };
    expect(warnings(input)).toEqual(['undated-ending at deadlines[1].outcome']);
    input.deadlines![1]!.outcome = { kind: 'rescinded', note: 'The sources say only "later that month".' };
    expect(warnings(input)).toEqual([]);
    // Missed as its due date ended; extended when its extension was set.
    input.deadlines![1]!.outcome = { kind: 'missed' };
    expect(warnings(input)).toEqual([]);
  });

  it('shared-claim-source: two claims on one topic that cite the same source', () => {
    const input = quietInput();
    const claim = (id: string, statement: string) => ({
      id,
      topic: 'users',
      statement,
      sources: [{ source: 'src' }],
      confidence: 'reported' as const,
    });
    input.claims = [claim('few', 'About 4,000 users'), claim('many', 'About 5,000 users')];
    expect(warnings(input)).toEqual(['shared-claim-source at claims[1].sources[0].source']);
    input.claims[1]!.topic = 'servers';
    expect(warnings(input)).toEqual([]);
  });
});

/**
 * The shipped datasets' warnings, pinned. Each stands, and why:
 * - `restated-response`: the shipped cases keep an event beside a response it restates, so that the timeline
 *   (which lists events) shows the response with its title and quote; the figure and PLOVER draw and count such a
 *   pair once. Counted beside the responses, they are the same happening twice, which is what the warning says.
 * - `late-source`: Telegram's FSB order of 19 July 2016 is reported only by RAPSI on 8 May 2018 (the fact sheet,
 *   facts-more-cases.md, gives no source from the time).
 * - `shared-claim-source`: one article gives both sides. The National gives 10 October for the UAE's suspension
 *   in its body and quotes the TRA saying 11 October; ZDNet's December 2011 report speaks of a January agreement
 *   and of the September one. The claims record the disagreement inside each source.
 */
const SHIPPED_WARNINGS: Record<string, readonly string[]> = {
  'india-blackberry-2010': ['restated-response at events[3]', 'restated-response at events[7]'],
  'uae-blackberry-2010': ['shared-claim-source at claims[1].sources[0].source'],
  'saudi-blackberry-2010': [],
  'blackberry-pakistan-2015': [],
  'indonesia-blackberry-2009': [
    'restated-response at events[10]',
    'restated-response at events[15]',
    'shared-claim-source at claims[1].sources[2].source',
  ],
  'telegram-russia-2017': [
    'restated-response at events[3]',
    'restated-response at events[12]',
    'late-source at events[0].sources[0].source',
  ],
  'twitter-nigeria-2021': ['restated-response at events[4]', 'restated-response at events[6]'],
  'whatsapp-brazil-2015': [],
  'x-brazil-2024': ['restated-response at events[13]'],
};

describe('the shipped datasets', () => {
  const all = Object.values(shipped).filter(
    (value): value is (typeof shipped.datasets)[number] =>
      typeof value === 'object' && value !== null && 'events' in value,
  );

  it('are every case the datasets entry exports', () => {
    expect(all.map((dispute) => dispute.id).sort()).toEqual(Object.keys(SHIPPED_WARNINGS).sort());
  });

  it.each(Object.keys(SHIPPED_WARNINGS))('%s gives the warnings pinned here, and no others', (id) => {
    const dispute = all.find((one) => one.id === id);
    expect(disputeWarnings(dispute!).map((w) => `${w.code} at ${formatPath(w.path)}`)).toEqual(
      SHIPPED_WARNINGS[id],
    );
  });

  it('give the same warnings read back from their JSON form', () => {
    for (const dispute of all)
      expect(disputeWarnings(JSON.parse(JSON.stringify(dispute)))).toEqual(disputeWarnings(dispute));
  });
});

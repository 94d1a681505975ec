import {
  type IssueCode,
  type IssuePath,
  parseDate,
  safeParseDispute,
  type TimelineIssue,
} from 'dispute-timeline';
import { describe, expect, it } from 'vitest';
import { parseIssues } from '../support/issues.js';
import { sized } from '../support/mode.js';
import {
  duplicateIds,
  earlyResponses,
  extensionChain,
  extensionLoop,
  manyEvents,
  membershipBackEdges,
  unknownReferences,
} from './crafted.js';

/*
 * No timed assertion here: each input is sized so that linear validation takes about a second on these machines,
 * while a quadratic one would take n² ≈ 10¹⁰ steps — minutes — and blow the timeout below. (The membership
 * graph has 25,000 actors and 250,000 back edges into a 25,000-deep search: re-walking the stack for each, as an
 * earlier version did, is 6 × 10⁹ steps.) The benchmark, tests/bench/validate.bench.ts, shows the times at n and 4n.
 */
const TIMEOUT = 20_000;
/** 100,000 under `npm run check`; 10,000 under `npm test`, where a quadratic pass still takes 10⁸ steps. */
const N = sized(10_000, 100_000);

function count(issues: readonly TimelineIssue[], code: IssueCode): number {
  return issues.filter((issue) => issue.code === code).length;
}

function at(issues: readonly TimelineIssue[], code: IssueCode, path: IssuePath): TimelineIssue | undefined {
  return issues.find(
    (issue) =>
      issue.code === code && issue.path.length === path.length && issue.path.every((p, i) => p === path[i]),
  );
}

describe('validation stays linear on crafted input', () => {
  it(
    `reports a loop of ${N.toLocaleString('en')} extensions once, naming only its ends`,
    () => {
      const issues = parseIssues(extensionLoop(N));
      expect(issues.map((issue) => issue.code)).toEqual(['extension-cycle']);
      expect(issues[0]?.message).toBe(`the extensions loop: dl0 → … ${N - 2} more … → dl${N - 1} → dl0`);
    },
    TIMEOUT,
  );

  it(
    `accepts a valid chain of ${N.toLocaleString('en')} extensions listed from the newest`,
    () => {
      const result = safeParseDispute(extensionChain(N));
      expect(result.success ? result.data.deadlines.length : result.error.issues.slice(0, 3)).toBe(N);
    },
    TIMEOUT,
  );

  it(
    `reports every cycle of a membership graph with ${(N * 2.5).toLocaleString('en')} back edges into a ${(N / 4).toLocaleString('en')}-deep search`,
    () => {
      const issues = parseIssues(membershipBackEdges(N / 4));
      // The ring closes once and every back edge that points at an earlier actor closes one more cycle.
      expect(count(issues, 'membership-cycle')).toBeGreaterThan(N * 2);
      expect(issues.every((issue) => issue.code === 'membership-cycle')).toBe(true);
      expect(issues.every((issue) => issue.message.length < 300)).toBe(true);
    },
    TIMEOUT,
  );

  it(
    `reports ${N.toLocaleString('en')} records sharing one id, each pointing at the first`,
    () => {
      const issues = parseIssues(duplicateIds(N));
      expect(count(issues, 'duplicate-id')).toBe(N - 1);
      expect(at(issues, 'duplicate-id', ['actors', N - 1, 'id'])?.message).toBe(
        'id "gov" is already used by actors[0]',
      );
    },
    TIMEOUT,
  );

  it(
    `reports ${(N * 1.3).toLocaleString('en')} references to ids that nobody declares`,
    () => {
      const issues = parseIssues(unknownReferences(N));
      expect(count(issues, 'unknown-reference')).toBe((N / 10) * 13);
      expect(at(issues, 'unknown-reference', ['events', N / 10 - 1, 'sources', 0, 'source'])).toBeDefined();
    },
    TIMEOUT,
  );

  it(
    `checks ${N.toLocaleString('en')} responses against the demands they answer`,
    () => {
      const issues = parseIssues(earlyResponses(N));
      expect(count(issues, 'response-before-demand')).toBe(N);
    },
    TIMEOUT,
  );

  it(
    `sorts ${N.toLocaleString('en')} events, many on the same day, into timeline order`,
    () => {
      const result = safeParseDispute(manyEvents(N));
      if (!result.success) throw result.error;
      const events = result.data.events;
      expect(events).toHaveLength(N);
      expect(new Set(events.map((event) => event.id)).size).toBe(N);
      const earliest = events.map(({ date }) =>
        typeof date === 'string'
          ? parseDate(date, { timeZone: 'Asia/Karachi' }).earliest
          : parseDate(date.value, { timeZone: date.timeZone }).earliest,
      );
      expect(earliest.findIndex((instant, i) => i > 0 && instant < (earliest[i - 1] as number))).toBe(-1);
    },
    TIMEOUT,
  );
});

/**
 * The issues a test expects, read out of what the library threw or answered: one definition for every test file.
 * A helper that expects an error fails the test when there is none, or when the error is not a `TimelineError`
 * (bad input must never give a `TypeError`).
 */
import { formatPath, safeParseDispute, TimelineError, type TimelineIssue } from 'dispute-timeline';
import { expect } from 'vitest';

/** What a safe function answers: its value, or the error listing every issue. */
export type SafeAnswer =
  | { readonly success: true }
  | { readonly success: false; readonly error: { readonly issues: readonly TimelineIssue[] } };

function issuesIn(thrown: unknown): readonly TimelineIssue[] {
  expect(thrown, 'it throws a TimelineError').toBeInstanceOf(TimelineError);
  return (thrown as TimelineError).issues;
}

/** The issues a call throws; fails the test when it returns, or throws anything but a `TimelineError`. */
export function thrownIssues(call: () => unknown): readonly TimelineIssue[] {
  try {
    call();
  } catch (error) {
    return issuesIn(error);
  }
  throw new Error('expected the call to throw a TimelineError; it returned');
}

/**
 * The issues a call throws or the promise it returns rejects with; fails the test when it succeeds, or fails
 * with anything but a `TimelineError`.
 */
export async function rejectedIssues(call: () => unknown): Promise<readonly TimelineIssue[]> {
  try {
    await call();
  } catch (error) {
    return issuesIn(error);
  }
  throw new Error('expected the call to fail with a TimelineError; it succeeded');
}

/** An issue as `code at path`, the path written as a reader writes it: `invalid-id at events[3].id`. */
export function issueLine(issue: TimelineIssue): string {
  return `${issue.code} at ${formatPath(issue.path)}`;
}

/** An issue as `code at path: message`. */
export function issueLineWithMessage(issue: TimelineIssue): string {
  return `${issueLine(issue)}: ${issue.message}`;
}

/** The issues a call throws, each as `code at path` ({@link issueLine}); fails as {@link thrownIssues} does. */
export function issuesOf(call: () => unknown): string[] {
  return thrownIssues(call).map(issueLine);
}

/** The issues of a safe function's answer: none when it succeeded. */
export function resultIssues(result: SafeAnswer): readonly TimelineIssue[] {
  return result.success ? [] : result.error.issues;
}

/** The issues `safeParseDispute` finds in an input; fails the test when it accepts the input. */
export function parseIssues(input: unknown): readonly TimelineIssue[] {
  const result = safeParseDispute(input);
  if (result.success) throw new Error('expected the input to be rejected');
  return result.error.issues;
}

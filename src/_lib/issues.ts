import { type IssueCode, type IssuePath, TimelineError, type TimelineIssue } from '../errors/index.js';

/** Keeps a value in an issue only when it is a short primitive: an issue must stay small. */
export function issueValue(value: unknown): TimelineIssue['value'] | undefined {
  if (typeof value === 'string') return value.length > 100 ? `${value.slice(0, 100)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  return undefined;
}

/** The longest message an issue carries: messages quote the input, and a 1 MB id must not give a 1 MB message. */
export const MAX_MESSAGE_LENGTH = 500;

/** Builds one issue, leaving `value` out when it is not worth keeping and cutting a long message. */
export function issue(code: IssueCode, path: IssuePath, message: string, value?: unknown): TimelineIssue {
  const kept = issueValue(value);
  const text = message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message;
  return kept === undefined ? { code, path, message: text } : { code, path, message: text, value: kept };
}

/** Throws a {@link TimelineError} with one issue: the library's one way to report misuse. */
export function fail(code: IssueCode, path: IssuePath, message: string, value?: unknown): never {
  throw new TimelineError([issue(code, path, message, value)]);
}

/** Throws when the list holds any issue. */
export function throwIfAny(issues: readonly TimelineIssue[]): void {
  if (issues.length > 0) throw new TimelineError(issues as [TimelineIssue, ...TimelineIssue[]]);
}

/**
 * Every problem the library reports is a {@link TimelineIssue}: data with a stable code,
 * a path into the input and a message. One {@link TimelineError} carries them all.
 * @module
 */
import type { IssueCode } from './codes.js';

export { ISSUE_CODES, type IssueCode } from './codes.js';
export { ISSUE_HINTS } from './hints.js';

/**
 * A path into the input: field names and list positions, from the root.
 *
 * @category Errors
 * @example
 * ```ts
 * import { safeUpdateDispute, type IssuePath } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const result = safeUpdateDispute(blackberryPakistan2015, (draft) => {
 *   draft.events[3]!.sources = [];
 * });
 * const path: IssuePath = result.success ? [] : result.error.issues[0].path;
 * path;
 * //=> ['events', 3, 'sources']
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * One problem found in the input.
 *
 * @category Errors
 * @example
 * ```ts
 * import { safeUpdateDispute, type TimelineIssue } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const result = safeUpdateDispute(blackberryPakistan2015, (draft) => {
 *   draft.events[0]!.date = '2015-02-30';
 * });
 * const issue: TimelineIssue | undefined = result.success ? undefined : result.error.issues[0];
 * issue;
 * //=> { code: 'impossible-date', path: ['events', 0, 'date'], message: '2015-02-30 does not exist: month 2 of 2015 has 28 days', value: '2015-02-30' }
 * ```
 */
export interface TimelineIssue {
  /** What kind of problem it is; stable across versions. */
  readonly code: IssueCode;
  /** Where it is in the input. */
  readonly path: IssuePath;
  /** A sentence for humans. */
  readonly message: string;
  /** The offending value, when it is a short primitive (strings are cut to 100 characters). */
  readonly value?: string | number | boolean | null;
}

/**
 * The mark of a {@link TimelineError}, registered globally with `Symbol.for`: the same symbol in every copy of the
 * library a program loads (the ESM and the CommonJS build both, or two versions), where each copy's class differs.
 */
const TIMELINE_ERROR = /* @__PURE__ */ Symbol.for('dispute-timeline.TimelineError');

/**
 * The error this library throws for bad input. It carries every problem found, never only the first.
 * Test for it with {@link TimelineError.is}, which, unlike `instanceof`, also knows the errors of another copy of
 * the library (its CommonJS build required beside its ESM build imported).
 *
 * @category Errors
 * @example
 * ```ts
 * import { parseDispute, serializeDispute, TimelineError } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const truncated = serializeDispute(blackberryPakistan2015).slice(0, 100);
 * try {
 *   parseDispute(truncated);
 * } catch (error) {
 *   if (TimelineError.is(error)) console.log(error.issues.map((issue) => issue.code));
 *   //=> ['json-syntax']
 * }
 * ```
 */
export class TimelineError extends Error {
  /** Every problem found: never empty. */
  readonly issues: readonly [TimelineIssue, ...TimelineIssue[]];

  /**
   * @param issues - the problems; at least one
   */
  constructor(issues: readonly [TimelineIssue, ...TimelineIssue[]]) {
    super(formatIssues(issues));
    this.name = 'TimelineError';
    // Copied and frozen to the leaves, so that neither the caller's issues nor the error's can change later.
    this.issues = Object.freeze(
      issues.map((one) => Object.freeze({ ...one, path: Object.freeze([...one.path]) })),
    ) as unknown as readonly [TimelineIssue, ...TimelineIssue[]];
    Object.defineProperty(this, TIMELINE_ERROR, { value: true });
  }

  /**
   * Whether a value is a `TimelineError` — thrown by this copy of the library or by another one loaded beside it
   * (the CommonJS build and the ESM build of one program each have their own class, so `instanceof` answers
   * `false` across them). Narrows the value's type.
   *
   * @param value - anything, typically what a `catch` caught
   * @returns `true` for an error this library threw, from any of its copies
   *
   * @example
   * ```ts
   * import { parseDispute, TimelineError } from 'dispute-timeline';
   * try {
   *   parseDispute('{}');
   * } catch (error) {
   *   console.log(TimelineError.is(error) ? error.issues[0].code : 'another error');
   *   //=> 'missing-field'
   * }
   * TimelineError.is(new Error('boom'));
   * //=> false
   * ```
   */
  static is(value: unknown): value is TimelineError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[TIMELINE_ERROR] === true
    );
  }
}

/**
 * What the `safe…` functions return: the data, or the error that the plain function would throw.
 *
 * @category Errors
 * @example
 * ```ts
 * import { safeParseDispute, serializeDispute, type Dispute, type SafeResult } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const result: SafeResult<Dispute> = safeParseDispute(serializeDispute(blackberryPakistan2015));
 * result.success ? result.data.id : result.error.issues;
 * //=> 'blackberry-pakistan-2015'
 * safeParseDispute('{}').success;
 * //=> false
 * ```
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: TimelineError };

/**
 * Renders a path the way a reader writes it: `events[3].sources[0].source`.
 *
 * @category Errors
 * @param path - the path of an issue
 * @returns the path as text; `(root)` for the empty path
 * @throws {@link TimelineError} `invalid-argument` when `path` is not a list
 *
 * @example
 * ```ts
 * import { formatPath, safeUpdateDispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const result = safeUpdateDispute(blackberryPakistan2015, (draft) => {
 *   draft.events[3]!.date = '2015-07-32';
 * });
 * result.success ? [] : result.error.issues.map((issue) => formatPath(issue.path));
 * //=> ['events[3].date']
 * formatPath([]);
 * //=> '(root)'
 * ```
 */
export function formatPath(path: IssuePath): string {
  if (!Array.isArray(path)) throw argumentError(['path'], 'expected a list of keys and indexes');
  if (path.length === 0) return '(root)';
  let text = '';
  for (let i = 0; i < path.length; i++) {
    // Read by position, not by iteration: a hole reads as undefined, a symbol or bigint is shown, never thrown on.
    const part: unknown = path[i];
    if (typeof part === 'number') text += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$]*$/.test(part))
      text += text === '' ? cut(part) : `.${cut(part)}`;
    else if (typeof part === 'string') text += `[${JSON.stringify(cut(part))}]`;
    else text += `[${cut(describePart(part))}]`;
  }
  return text;
}

/** A path part that is not a key or an index, as text: `Symbol(x)`, `12n`, `undefined`. */
function describePart(part: unknown): string {
  if (typeof part === 'bigint') return `${part}n`;
  if (typeof part === 'symbol') return part.toString();
  if (typeof part === 'object' && part !== null) return 'object';
  return String(part);
}

/** Cuts a key from the input to 100 characters: a path must stay short enough to print. */
function cut(text: string): string {
  return text.length > 100 ? `${text.slice(0, 100)}…` : text;
}

/**
 * Renders issues for a human, one per line: `code at path: message`.
 * Control characters, bidirectional overrides and line separators in codes, paths and messages are escaped, so
 * the text is safe to print in a terminal.
 *
 * @category Errors
 * @param issues - the issues of a {@link TimelineError}
 * @returns one line per issue
 * @throws {@link TimelineError} `invalid-argument` when `issues` is not a list of issues
 *
 * @example
 * ```ts
 * import { formatIssues, safeUpdateDispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const result = safeUpdateDispute(blackberryPakistan2015, (draft) => {
 *   draft.events[0]!.date = '2015-02-30';
 * });
 * if (!result.success) console.log(formatIssues(result.error.issues));
 * //=> 'impossible-date at events[0].date: 2015-02-30 does not exist: month 2 of 2015 has 28 days'
 * formatIssues([{ code: 'missing-field', path: ['title'], message: 'title is required' }]);
 * //=> 'missing-field at title: title is required'
 * ```
 */
export function formatIssues(issues: readonly TimelineIssue[]): string {
  if (!Array.isArray(issues)) throw argumentError(['issues'], 'expected a list of issues');
  const lines: string[] = [];
  // A plain loop by position, so that a hole in a sparse list is reported rather than printed as an empty line.
  for (let i = 0; i < issues.length; i++) {
    const { code, path, message } = (i in issues ? (issues[i] ?? {}) : {}) as Partial<TimelineIssue>;
    if (typeof code !== 'string' || !Array.isArray(path) || typeof message !== 'string')
      throw argumentError(['issues', i], 'expected an issue with a code, a path and a message');
    lines.push(
      `${escapeControl(cut(code))} at ${escapeControl(formatPath(path))}: ${escapeControl(message)}`,
    );
  }
  return lines.join('\n');
}

/** The error for a bad argument to the functions of this module, which cannot use `_lib/issues` (it imports this). */
function argumentError(path: IssuePath, message: string): TimelineError {
  return new TimelineError([{ code: 'invalid-argument', path, message }]);
}

function escapeControl(text: string): string {
  return text.replace(
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The stable codes of {@link TimelineIssue}. Each one names one kind of problem:
 *
 * | code | meaning |
 * |---|---|
 * | `json-syntax` | the text is not JSON (truncated, a stray comma, nesting too deep) |
 * | `csv-syntax` | a CSV text that cannot be read as rows (a quote never closed, text after a closing quote, a row with more or fewer cells than its header) |
 * | `missing-field` | a required field is absent |
 * | `wrong-type` | a value has the wrong type (a number where a date belongs) |
 * | `unknown-field` | a field the model does not know (a typo, `__proto__`, `constructor`) |
 * | `invalid-value` | a value outside its vocabulary (an unknown actor kind or stance) |
 * | `invalid-id` | an id that is not 1–128 letters, digits, `.`, `_`, `-` or `:` |
 * | `too-small` | an empty text or list where one is required |
 * | `too-large` | a text or list over its size limit |
 * | `missing-source` | an event or claim that cites no source |
 * | `invalid-date` | a date that is not an EDTF date this library reads |
 * | `impossible-date` | a well-formed date that does not exist (`2015-02-30`, month 13) |
 * | `invalid-time-zone` | a time zone that is not a known IANA name |
 * | `invalid-url` | a URL that is not an absolute `http:` or `https:` URL |
 * | `invalid-country` | a country that is not an ISO 3166-1 alpha-2 code |
 * | `duplicate-id` | two records of one dispute share an id |
 * | `unknown-reference` | a reference to an id the dispute does not have, or to a record of the wrong kind |
 * | `extension-cycle` | a chain of deadline extensions that loops |
 * | `extension-branch` | two deadlines that both extend the same deadline |
 * | `membership-cycle` | an actor that is, through its memberships, a member of itself |
 * | `response-before-demand` | a response dated certainly before the demand it answers |
 * | `ending-before-set` | a deadline's ending dated certainly before the deadline was set |
 * | `ending-before-due` | a deadline missed or enforced certainly before it fell due |
 * | `ending-conflict` | a deadline another extends that ended otherwise, or on a day its extension was not set |
 * | `unsupported-format-version` | a `formatVersion` of the JSON form this library does not read |
 * | `deadline-before-demand` | a deadline due certainly before the demand it is for was made |
 * | `deadline-set-after-due` | a deadline set (`setOn`) certainly after it fell due |
 * | `inverted-range` | a figure whose low value is above its high value |
 * | `sequence-conflict` | a response given the same date as its demand, with a `sequence` that does not put it after |
 * | `invalid-argument` | a function of the library was called with an argument it cannot use |
 * | `missing-dependency` | a PNG or PDF asked for without the optional package that draws it |
 * | `extension-not-later` | an extension due before the deadline it extends, or on the same date |
 * | `met-after-due` | a deadline `met` on a date certainly after it fell due (that is `missed`, or needs an extension) |
 * | `ending-event-conflict` | a deadline's ending of a kind its event cannot record (`met` by a rescission) |
 *
 * The last five are **warnings**: data that is valid but suspicious. Validation succeeds and returns them beside
 * the dispute (see `disputeWarnings`); the CLI's `validate` prints them, and fails on them with `--strict`.
 *
 * | code | warns of |
 * |---|---|
 * | `restated-response` | an event that only restates a response on the same day (the happening counted twice) |
 * | `late-source` | a source published more than a year after the record that cites it |
 * | `unsourced-deadline` | a deadline with no `setOn` and no sources |
 * | `undated-ending` | a deadline's ending with no date, no event and no note |
 * | `shared-claim-source` | two claims on one topic that cite the same source |
 *
 * Three more are warnings of a spreadsheet import (`importSpreadsheet`): a cell of the sheet that is not in the
 * dispute, or that was read by a guess, so that nothing is lost without a word.
 *
 * | code | warns of |
 * |---|---|
 * | `unmapped-column` | a column of the sheet that the mapping does not name: its cells are not imported |
 * | `ambiguous-list` | a list cell split at `,` or ` and ` into names no actor has; a quote or source cell given to the first of several sources |
 * | `ignored-cell` | a cell that disagrees with a record that already exists (another kind for a known actor) |
 *
 * The errors guide (`docs/errors.md`) shows an input that triggers each one.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ISSUE_CODES, safeParseDispute } from 'dispute-timeline';
 * import { uaeBlackberry2010 } from 'dispute-timeline/datasets';
 * ISSUE_CODES.includes('csv-syntax');
 * //=> true
 * // "Gulf Standard Time" is a name people use, not an IANA zone:
 * const result = safeParseDispute({ ...uaeBlackberry2010, timeZone: 'Gulf Standard Time' });
 * result.success ? [] : result.error.issues.map((issue) => issue.code);
 * //=> ['invalid-time-zone']
 * ISSUE_CODES.includes('invalid-time-zone');
 * //=> true
 * ```
 */
export const ISSUE_CODES = Object.freeze([
  'json-syntax',
  'csv-syntax',
  'missing-field',
  'wrong-type',
  'unknown-field',
  'invalid-value',
  'invalid-id',
  'too-small',
  'too-large',
  'missing-source',
  'invalid-date',
  'impossible-date',
  'invalid-time-zone',
  'invalid-url',
  'invalid-country',
  'duplicate-id',
  'unknown-reference',
  'extension-cycle',
  'extension-branch',
  'membership-cycle',
  'response-before-demand',
  'ending-before-set',
  'ending-before-due',
  'ending-conflict',
  'unsupported-format-version',
  'deadline-before-demand',
  'deadline-set-after-due',
  'inverted-range',
  'sequence-conflict',
  'invalid-argument',
  'missing-dependency',
  'extension-not-later',
  'met-after-due',
  'ending-event-conflict',
  'restated-response',
  'late-source',
  'unsourced-deadline',
  'undated-ending',
  'shared-claim-source',
  'unmapped-column',
  'ambiguous-list',
  'ignored-cell',
] as const);

/**
 * One of the {@link ISSUE_CODES}.
 *
 * @category Errors
 * @example
 * ```ts
 * import { safeUpdateDispute, type IssueCode } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * const result = safeUpdateDispute(blackberryPakistan2015, (draft) => {
 *   draft.timeZone = 'Asia/Lahore';
 * });
 * const codes: IssueCode[] = result.success ? [] : result.error.issues.map((issue) => issue.code);
 * codes;
 * //=> ['invalid-time-zone']
 * ```
 */
export type IssueCode = (typeof ISSUE_CODES)[number];

import type { IssueCode } from './codes.js';

/**
 * What to do about each kind of problem, in a sentence, by issue code: the hint of an issue is
 * `ISSUE_HINTS[issue.code]`. The message says what is wrong with this input; the hint, what usually fixes a
 * problem of its kind. The CLI prints the hints of a failed command after its problems, as `hint:` lines. A table
 * of its own, not a field of every issue: a script that never shows hints does not carry their text.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ISSUE_HINTS, safeUpdateDispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * ISSUE_HINTS['invalid-time-zone'];
 * //=> 'Use an IANA name such as Asia/Karachi; abbreviations (PKT, EST) name several zones.'
 * const result = safeUpdateDispute(blackberryPakistan2015, (draft) => {
 *   draft.timeZone = 'PKT';
 * });
 * const [issue] = result.success ? [] : result.error.issues;
 * issue === undefined ? undefined : ISSUE_HINTS[issue.code] === ISSUE_HINTS['invalid-time-zone'];
 * //=> true
 * ```
 */
export const ISSUE_HINTS: { readonly [code in IssueCode]: string } = /* @__PURE__ */ Object.freeze({
  'json-syntax': 'Look where the message points: a missing comma or bracket, or a file cut short.',
  'csv-syntax':
    'Quote a cell holding the separator, a quote or a line break, and double its quotes: "say ""no""".',
  'missing-field': "Add the field (the record's reference page lists those it requires).",
  'wrong-type': 'Dates and ids are strings; a list is a list even of one item.',
  'unknown-field': 'Check the spelling; what has no field of its own goes in `note` or `tags`.',
  'invalid-value': 'Use a value the message lists, or "other" with a note where the list has it.',
  'invalid-id': 'Use letters, digits, ".", "_", "-" or ":", no spaces: "pta-order-2015".',
  'too-small': 'Give at least one character or item, or leave an optional field out.',
  'too-large': 'Shorten it to the limit the message gives; cite a long passage by URL.',
  'missing-source': "Add a source to the dispute and name its id in the record's `sources`.",
  'invalid-date':
    'Write EDTF, as precise as the source: 2015-12-30, 2015-12, 2015-12-30T14:00, 2015-12-30~, [2015-12-16,2015-12-17].',
  'impossible-date':
    'Check the calendar; if the source is unsure, give the month or the days it may be ([2015-02-27,2015-02-28]).',
  'invalid-time-zone': 'Use an IANA name such as Asia/Karachi; abbreviations (PKT, EST) name several zones.',
  'invalid-url': 'Give the whole address, starting with https:// or http://.',
  'invalid-country': 'Use the ISO 3166-1 alpha-2 code in capitals: PK, IN, BR.',
  'duplicate-id': 'Give each record its own id, or merge the two if they are one.',
  'unknown-reference': 'Add the record the id names, or correct the id (the message may suggest one).',
  'extension-cycle': "Break the loop of `extends` links: a chain's first deadline extends none.",
  'extension-branch': 'Extend the last extension, not the first deadline: one extension each.',
  'membership-cycle': 'Remove the `memberOf` link that leads back to the actor.',
  'response-before-demand': 'Check both dates, or point `responds` at the earlier demand it answered.',
  'ending-before-set': "Check the ending's date and `setOn`: the ending may belong to another deadline.",
  'ending-before-due': 'Ended before it fell due, it was met, rescinded or superseded: fix the kind or date.',
  'ending-conflict': 'An extended deadline ends as "extended", the day its extension was set.',
  'unsupported-format-version': 'Read it with the version that wrote it, or upgrade dispute-timeline.',
  'deadline-before-demand': 'Check `due` and the date of the demand in `demands`.',
  'deadline-set-after-due': 'Check `setOn` and `due`: a deadline is set before it falls due.',
  'inverted-range': 'Swap the low and the high value.',
  'sequence-conflict': 'Give the response a larger `sequence` than its demand, or neither one.',
  'invalid-argument': "Check the call against the function's reference page.",
  'missing-dependency': 'Install the package named: @resvg/resvg-js for PNG, pdfkit for PDF.',
  'extension-not-later': 'An extension falls due after the deadline it extends: check its `due`.',
  'met-after-due': 'Met late is "missed", unless an extension moved the deadline: record it.',
  'ending-event-conflict': 'Give the ending the kind its event records, or point `event` at another.',
  'restated-response': 'Keep one record of it: drop the event, or let it add what the response lacks.',
  'late-source': 'Cite a source from the time as well, where there is one.',
  'unsourced-deadline': 'Give the deadline its `setOn` or a source that reports it.',
  'undated-ending': 'Give the ending its `on` date, its `event`, or a `note` on why none is known.',
  'shared-claim-source': 'Merge the two claims, or cite the source of the other side.',
  'unmapped-column': 'Name the column in the mapping to import it, or leave it out.',
  'ambiguous-list': 'Declare the actors and sources first, or separate the names with ";".',
  'ignored-cell': 'Make the cell agree with the record it names, or give them different ids.',
});

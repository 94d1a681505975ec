import type { IssueCode } from './codes.js';

/**
 * What to do about each kind of problem, in a sentence, by issue code: the hint of an issue is
 * `ISSUE_HINTS[issue.code]`. The message says what is wrong with this input; the hint, what usually fixes a
 * problem of its kind. The CLI prints the hints of a failed command after its problems, as `hint:` lines. A table
 * of its own, not a field of every issue: a script that never shows hints does not carry their text (5 kB).
 *
 * @category Errors
 * @example
 * ```ts
 * import { ISSUE_HINTS, safeUpdateDispute } from 'dispute-timeline';
 * import { blackberryPakistan2015 } from 'dispute-timeline/datasets';
 * ISSUE_HINTS['invalid-time-zone'];
 * //=> 'Use an IANA zone name such as "Asia/Karachi" or "America/Sao_Paulo": abbreviations such as "PKT" or "EST" name several zones and are refused.'
 * const result = safeUpdateDispute(blackberryPakistan2015, (draft) => {
 *   draft.timeZone = 'PKT';
 * });
 * const [issue] = result.success ? [] : result.error.issues;
 * issue === undefined ? undefined : ISSUE_HINTS[issue.code] === ISSUE_HINTS['invalid-time-zone'];
 * //=> true
 * ```
 */
export const ISSUE_HINTS: { readonly [code in IssueCode]: string } = /* @__PURE__ */ Object.freeze({
  'json-syntax':
    'Look where the message points: a missing comma or bracket, a comma before a closing bracket, or a file cut short.',
  'csv-syntax':
    'Put a cell that holds a comma, a quote or a line break in double quotes, and double each quote inside it ("say ""no""").',
  'missing-field':
    'Add the field: the reference page of the record (or disputeJsonSchema()) lists those it requires.',
  'wrong-type':
    'Give the field the type it takes: dates and ids are strings, and a list is a list even of one item.',
  'unknown-field':
    "Check the field's spelling against the record's fields; what has no field of its own belongs in `note` or `tags`.",
  'invalid-value':
    'Use one of the values the message lists; where the vocabulary has "other", use it and say what in a note.',
  'invalid-id':
    'Use 1–128 letters, digits, ".", "_", "-" or ":", without spaces: "pta-order-2015", not "PTA order 2015".',
  'too-small': 'Give at least one character or item, or leave the field out where it is optional.',
  'too-large':
    'Shorten the text or the list to the limit the message gives; a long passage stays in its source, cited by URL.',
  'missing-source':
    'Cite at least one source: add it to the dispute and name its id in the `sources` of the record.',
  'invalid-date':
    'Write the date in EDTF, as precise as the source: "2015-12-30", "2015-12", "2015-12-30T14:00", "2015-12-30~" (about), "[2015-12-16,2015-12-17]" (one of); the dates guide lists every form.',
  'impossible-date':
    'Check the day against the calendar; if the source is unsure of it, give the month ("2015-02") or the days it may be ("[2015-02-27,2015-02-28]").',
  'invalid-time-zone':
    'Use an IANA zone name such as "Asia/Karachi" or "America/Sao_Paulo": abbreviations such as "PKT" or "EST" name several zones and are refused.',
  'invalid-url': 'Give the whole address of the page, starting with https:// or http://.',
  'invalid-country': 'Use the ISO 3166-1 alpha-2 code of the country, in capitals: "PK", "IN", "BR".',
  'duplicate-id': 'Give each record an id of its own, or merge the two records if they are one.',
  'unknown-reference':
    'Add the record the id names, or correct the id to one of the records of the right kind (the message may suggest one).',
  'extension-cycle': "Break the loop of `extends` links: a chain's first deadline extends none.",
  'extension-branch':
    'Let each deadline be extended once: a later extension extends the last extension, not the first deadline.',
  'membership-cycle': 'Remove the `memberOf` link that leads back to the actor itself.',
  'response-before-demand':
    'Check both dates; a response that answered an earlier demand names that demand in `responds`.',
  'ending-before-set':
    "Check the ending's date and the deadline's `setOn`: an ending before the deadline was set belongs to another deadline.",
  'ending-before-due':
    'A deadline that ended before it fell due was met, rescinded or superseded, not missed or enforced: change the kind or the date.',
  'ending-conflict':
    'A deadline another extends ends as "extended", on the day its extension was set: correct the ending or the extension.',
  'unsupported-format-version':
    'Read the file with the version of dispute-timeline that wrote it, or upgrade this one to a version that reads it.',
  'deadline-before-demand':
    "Check the deadline's `due` and the date of the demand in its `demands`: a deadline enforces a demand already made.",
  'deadline-set-after-due': "Check the deadline's `setOn` and `due`: a deadline is set before it falls due.",
  'inverted-range': 'Swap the low and the high value.',
  'sequence-conflict': 'Give the response a larger `sequence` than its demand, or leave both out.',
  'invalid-argument': "Check the call against the function's reference page: the message names the argument.",
  'missing-dependency':
    'Install the optional package the message names: @resvg/resvg-js for PNG, pdfkit for PDF (npm install it beside dispute-timeline).',
  'extension-not-later':
    'An extension falls due after the deadline it extends: check its `due`, or record a new deadline that extends none.',
  'met-after-due':
    'A deadline met after it fell due was missed: record it as "missed", or add the extension that moved it later.',
  'ending-event-conflict':
    'Give the ending the kind its event records, or point `event` at the event that records it (the message says which kinds go together).',
  'restated-response':
    'Keep one record of what happened: drop the event, or let it say what the response does not.',
  'late-source':
    'Cite a source from the time as well, where one exists; a later one may stay beside it for the background.',
  'unsourced-deadline':
    'Give the deadline its `setOn` date or a source that reports it, so that its state before then is known.',
  'undated-ending': 'Give the ending its `on` date, its `event`, or a `note` that says why no date is known.',
  'shared-claim-source':
    'Two claims on one topic from one source may be one claim: merge them, or cite the source of the other side.',
  'unmapped-column':
    'Name the column in the mapping to import its cells, or leave it if it holds nothing to keep.',
  'ambiguous-list':
    'Declare the actors and sources first (an actors sheet, or the mapping), or separate the names in the cell with ";".',
  'ignored-cell': 'Make the cell agree with the record it names, or give the two records different ids.',
});

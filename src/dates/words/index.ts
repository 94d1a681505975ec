/**
 * Dates in words: everything that turns a date into text for people, and reads such text back, in one place
 * (as luxon keeps all its human-readable output in one formatter), so that every format says a date the same
 * way. A format calls {@link dateInWords} for a sentence, {@link textInZone} for a cell or label that shows the
 * EDTF text itself, and never words a qualifier, a set, a season or a zone of its own. The wording of a
 * deadline, which needs the model's types, is in `model/deadline-words.ts`, built on these.
 */
export { dateInWords } from './date-words.js';
export { edtfOfWords } from './read-words.js';
export { seasonsInWords, seasonsOutOfWords } from './season-words.js';
export { cityOf, inZoneWords, textInZone, zoneOfWords } from './zone-words.js';
